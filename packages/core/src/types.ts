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
  readonly filename: string;
  readonly fileType: string | null;
  readonly fileExtension: string | null;
  readonly numBytes: number | null;
  readonly metadata: Readonly<Record<string, unknown>> | null;
}

/** A tracked input of a batch job. */
export interface Input {
  readonly id: string;
  readonly jobId: string;
  readonly portName: string;
  readonly fileId: string | null;
  readonly data: InputData;
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
  readonly percentComplete?: number | null;
  readonly itemsProcessed?: number | null;
  readonly itemsTotal?: number | null;
  readonly [key: string]: unknown;
}

/** The newest progress row an input reported. */
export interface LatestProgress {
  readonly id: number | string;
  readonly kind: ProgressKind;
  /** The container's own step counter inside one input. */
  readonly step: number | null;
  readonly metrics: ProgressMetrics;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly inputId: string;
  readonly index: number | null;
  readonly message: string | null;
  /** ISO 8601 timestamp. */
  readonly createdAt: string;
}

/** One entry of `GET /batch/jobs/{id}/inputs/progress`'s `items`. */
export interface InputProgressItem {
  readonly input: Input;
  /** Null until the input reports its first progress row. */
  readonly latestProgress: LatestProgress | null;
  /** 1-based completion rank across the job; null while pending or processing. */
  readonly step: number | null;
}

/** A page of `GET /batch/jobs/{id}/inputs/progress`. */
export interface InputsProgressPage {
  readonly jobId: string;
  /** Every input matching the filter, not just this page. */
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly items: readonly InputProgressItem[];
}

/** Per-status counts of tracked inputs. */
export interface StatusCounts {
  readonly pending: number;
  readonly processing: number;
  readonly completed: number;
  readonly failed: number;
}

/** `GET /batch/jobs/{id}/inputs/progress/counts`. */
export interface InputsProgressCounts extends StatusCounts {
  readonly jobId: string;
}

/** `GET /batch/jobs/{id}`: the fields this product uses. */
export interface Job {
  readonly id: string;
  readonly name: string | null;
  readonly status: JobStatus;
  readonly inputProgress: StatusCounts | null;
  readonly createdAt: string | null;
  readonly startedAt: string | null;
  readonly completedAt: string | null;
  readonly failedAt: string | null;
  readonly cancelledAt: string | null;
  readonly error: unknown;
}

/** Query of `listInputsProgress`; everything optional. */
export interface InputsProgressQuery {
  readonly portName?: string | null;
  /** Sent as repeated `status` parameters, in this order (it sets the bucket order). */
  readonly statuses?: readonly InputStatus[];
  readonly order?: Order;
  readonly offset?: number;
  readonly limit?: number;
}
