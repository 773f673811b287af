/**
 * The API's resources, in camelCase. Unknown extra fields from the server are ignored;
 * unknown `status` and `kind` values are passed through as strings, never rejected.
 */

/** A tracked input's status. Known values are listed; any other string passes through. */
export type InputStatus = 'pending' | 'processing' | 'completed' | 'failed' | (string & {});

/** The statuses the progress endpoints know, in the API's default bucket order. */
export const INPUT_STATUSES = ['processing', 'pending', 'failed', 'completed'] as const;

/** One of the four statuses the API filters by. */
export type KnownInputStatus = (typeof INPUT_STATUSES)[number];

/** The kind of a progress row: an open set (`inference` today, others such as `training`). */
export type ProgressKind = 'inference' | 'training' | (string & {});

/** A batch job's own status. */
export type JobStatus =
  | 'PENDING'
  | 'ADMITTED'
  | 'RUNNING'
  | 'COMPLETED'
  | 'FAILED'
  | 'PREEMPTED'
  | 'CANCELLED'
  | (string & {});

/** Direction inside each status bucket: `asc` oldest activity first, `desc` newest first. */
export type Order = 'asc' | 'desc';

/** The file behind an input. Only `ref` and `filename` are guaranteed. */
export interface InputData {
  /** Storage URL of the file. Untrusted: only `http:`/`https:` may ever become a link. */
  readonly ref: string;
  /** The file's name, e.g. `tep_inference.csv`. Untrusted text: escape it when rendering. */
  readonly filename: string;
  /** The MIME type, e.g. `text/csv`, or `null` when the server did not send one. */
  readonly fileType: string | null;
  /** The extension with its dot, e.g. `.csv`, or `null`. */
  readonly fileExtension: string | null;
  /** The file's size in bytes, or `null` when unknown. */
  readonly numBytes: number | null;
  /** Free-form metadata as the server sent it (untrusted), or `null`. */
  readonly metadata: Readonly<Record<string, unknown>> | null;
}

/** A tracked input of a batch job. */
export interface Input {
  /** The input's id, e.g. `inp_abc123def456`; stable, so UIs key rows by it. */
  readonly id: string;
  /** The job the input belongs to. */
  readonly jobId: string;
  /** The job port the input was submitted to, e.g. `worker.inference`. */
  readonly portName: string;
  /** The id of the stored file behind the input, or `null`. */
  readonly fileId: string | null;
  /** The file behind the input. */
  readonly data: InputData;
  /** Where the input is: `pending`, `processing`, `completed`, `failed`, or an unknown string. */
  readonly status: InputStatus;
  /** Why the input failed; null otherwise. */
  readonly errorMessage: string | null;
  /** ISO 8601 timestamp. */
  readonly createdAt: string;
  /** ISO 8601 timestamp; null until the input finishes. */
  readonly completedAt: string | null;
}

/** Free-form metrics; the known keys are camelCased, any may be missing. */
export interface ProgressMetrics {
  /** 0–100 as the container reports it; `null` when it sent something that is not a finite number. */
  readonly percentComplete?: number | null;
  /** Items of the input done so far; `null` when not a finite number. */
  readonly itemsProcessed?: number | null;
  /** Items the input has in all; `null` when not a finite number. */
  readonly itemsTotal?: number | null;
  /** Any other metric the container reports, under its camelCased key, as sent (untrusted). */
  readonly [key: string]: unknown;
}

/** The newest progress row an input reported. */
export interface LatestProgress {
  /** The progress row's id (a number today; a string id passes through too). */
  readonly id: number | string;
  /** What kind of work reported it, e.g. `inference`; an open set. */
  readonly kind: ProgressKind;
  /** The container's own step counter inside one input. */
  readonly step: number | null;
  /** The numbers the container reported; see {@link ProgressMetrics}. */
  readonly metrics: ProgressMetrics;
  /** Free-form data of the row as sent (untrusted); `{}` when absent. */
  readonly payload: Readonly<Record<string, unknown>>;
  /** The input this row belongs to. */
  readonly inputId: string;
  /** The row's index as the server sends it; may be `null`. */
  readonly index: number | null;
  /** A human-readable status line, e.g. `Processing input 5 of 10` (untrusted text), or `null`. */
  readonly message: string | null;
  /** ISO 8601 timestamp. */
  readonly createdAt: string;
}

/** One entry of `GET /batch/jobs/{id}/inputs/progress`'s `items`. */
export interface InputProgressItem {
  /** The tracked input. */
  readonly input: Input;
  /** Null until the input reports its first progress row. */
  readonly latestProgress: LatestProgress | null;
  /** 1-based completion rank across the job; null while pending or processing. */
  readonly step: number | null;
}

/** A page of `GET /batch/jobs/{id}/inputs/progress`. */
export interface InputsProgressPage {
  /** The job (the requested id when the server omits it). */
  readonly jobId: string;
  /** Every input matching the filter, not just this page. */
  readonly total: number;
  /** Items skipped before this page, as the server answered. */
  readonly offset: number;
  /** The page size, as the server answered. */
  readonly limit: number;
  /** This page's inputs, in the API's bucket order. */
  readonly items: readonly InputProgressItem[];
}

/** Per-status counts of tracked inputs. */
export interface StatusCounts {
  /** Inputs not started yet. */
  readonly pending: number;
  /** Inputs being worked on. */
  readonly processing: number;
  /** Inputs that finished successfully. */
  readonly completed: number;
  /** Inputs that finished with an error. */
  readonly failed: number;
}

/** `GET /batch/jobs/{id}/inputs/progress/counts`. */
export interface InputsProgressCounts extends StatusCounts {
  /** The job (the requested id when the server omits it). */
  readonly jobId: string;
}

/** `GET /batch/jobs/{id}`: the fields this product uses. */
export interface Job {
  /** The job's id, e.g. `job_2abc3def4ghi5jkl6mno7pqr`. */
  readonly id: string;
  /** The job's display name (untrusted text), or `null`. */
  readonly name: string | null;
  /** The job's own status; a `COMPLETED` job can still contain failed inputs. */
  readonly status: JobStatus;
  /** The same four counts as the counts endpoint, or `null` when the server sent none. */
  readonly inputProgress: StatusCounts | null;
  /** ISO 8601 timestamp, or `null`. */
  readonly createdAt: string | null;
  /** ISO 8601 timestamp; `null` until the job started. */
  readonly startedAt: string | null;
  /** ISO 8601 timestamp; `null` unless the job completed. */
  readonly completedAt: string | null;
  /** ISO 8601 timestamp; `null` unless the job failed. */
  readonly failedAt: string | null;
  /** ISO 8601 timestamp; `null` unless the job was cancelled. */
  readonly cancelledAt: string | null;
  /** The job's error as the server sent it (free-form, untrusted), or `null`. */
  readonly error: unknown;
}

/** Inputs finished by a moment of the traces: how many completed and how many failed. */
export interface TraceFiles {
  readonly completed: number;
  readonly failed: number;
}

/** Items of one progress kind finished by a moment of the traces. */
export interface TraceItems {
  readonly success: number;
  readonly failed: number;
}

/** One point of the traces: the job's cumulative completion at the end of a bucket. */
export interface TracePoint {
  /** ISO 8601 timestamp: the end of the bucket (the latest event for the last point). */
  readonly t: string;
  /** The completion rank reached: inputs finished so far, completed or failed. */
  readonly step: number;
  /** Inputs finished so far, by outcome. */
  readonly files: TraceFiles;
  /** Items finished so far per progress kind, keyed by the kind as sent (e.g. `inference`). */
  readonly items: Readonly<Record<string, TraceItems>>;
}

/** `GET /batch/jobs/{id}/inputs/progress/traces`: cumulative completion over time. */
export interface InputsProgressTraces {
  /** The job (the requested id when the server omits it). */
  readonly jobId: string;
  /** The length of one bucket, in seconds. */
  readonly bucketSeconds: number;
  /** ISO 8601 timestamp of the latest completion, or `null` before anything finished. */
  readonly latestEventAt: string | null;
  /** Oldest first; the first bucket starts when the job's first input started. Empty before anything finished. */
  readonly points: readonly TracePoint[];
}

/** Query of `getInputsProgressTraces`; everything optional. */
export interface InputsProgressTracesQuery {
  /** Only inputs of this port; `null` or absent = every tracked port. */
  readonly portName?: string | null;
  /** How many buckets the time is cut into (the server clamps it to 10–1000; its default is 100). */
  readonly buckets?: number;
}

/** Query of `listInputsProgress`; everything optional. */
export interface InputsProgressQuery {
  /** Only inputs of this port; `null` or absent = every tracked port. */
  readonly portName?: string | null;
  /** Sent as repeated `status` parameters, in this order (it sets the bucket order). */
  readonly statuses?: readonly InputStatus[];
  /** Direction inside each status bucket (the server's default is `asc`). */
  readonly order?: Order;
  /** Items to skip (the server's default is 0). */
  readonly offset?: number;
  /** Page size; send it, the server's default and maximum are not documented. */
  readonly limit?: number;
}
