/**
 * Public option and configuration types of the simulator. The wire format (snake_case JSON)
 * is produced by the handler; these are the TypeScript-side knobs.
 */
import type { Clock } from '@input-progress/core';

/** How a job's clock moves: `manual` only on `advance(ms)`, `real` with wall time × speed. */
export type ClockMode = 'manual' | 'real';

/** Which progress metrics an input reports. */
export type MetricsMode = 'full' | 'percent-only' | 'none';

/** The fault kinds the simulator can inject. */
export type FaultKind =
  /** `429` with the `errors[]` envelope and a `Retry-After` header. */
  | 'rate-limit'
  /** A 5xx (`500` by default; set `status` for `502`/`503`/`504`) with the `errors[]` envelope. */
  | 'server-error'
  /** A gateway's HTML error page (`502` by default) instead of JSON. */
  | 'html-gateway'
  /** `200` with `Content-Type: application/json` and a truncated, unparsable body. */
  | 'not-json'
  /** `200` with valid JSON of the wrong shape. */
  | 'wrong-shape'
  /** An empty body (`502` by default). */
  | 'empty-body'
  /** The connection is closed without any response (adapters destroy the socket). */
  | 'drop-connection';

/** One fault rule. It fires on the listed request numbers and/or at a probability. */
export interface FaultRule {
  readonly kind: FaultKind;
  /**
   * Share of requests (0–1) this rule answers. The probabilities of the rules in one scope
   * are disjoint slices of a single random draw per request, so they add up: rules of 0.1
   * and 0.05 fault 15% of requests.
   */
  readonly probability?: number;
  /** 1-based request number(s) in the rule's scope on which the fault always fires. */
  readonly nth?: number | readonly number[];
  /** HTTP status to send instead of the kind's default. */
  readonly status?: number;
  /**
   * `Retry-After` value for `rate-limit` (default `1`) and `server-error` (default: none):
   * a number of seconds, a string sent verbatim (e.g. an HTTP date), or `null` for no header.
   */
  readonly retryAfter?: number | string | null;
  /** Only requests to these endpoints are faulted (default: all of them). */
  readonly endpoints?: readonly ApiEndpoint[];
}

/** Added latency before a response: `ms` plus a uniform random share of `spreadMs`. */
export interface LatencyConfig {
  readonly ms?: number;
  readonly spreadMs?: number;
}

/** Fault injection for one scope (a job, or the whole simulator). */
export interface FaultConfig {
  /** Seeds the fault draws (default: the job's or simulator's seed). */
  readonly seed?: number;
  readonly latency?: LatencyConfig;
  readonly rules?: readonly FaultRule[];
}

/** The API endpoints the simulator serves. */
export type ApiEndpoint = 'progress' | 'counts' | 'traces' | 'job';

/** Per-input overrides, applied by input index. */
export interface InputOverride {
  readonly filename?: string;
  readonly ref?: string;
  readonly portName?: string;
  readonly metadata?: Record<string, unknown> | null;
  readonly fileType?: string | null;
  readonly fileExtension?: string | null;
  readonly numBytes?: number | null;
  /** Force this input to fail (`true`) or succeed (`false`). */
  readonly fails?: boolean;
  readonly errorMessage?: string;
  readonly metrics?: MetricsMode;
  /** The `kind` of the input's progress rows. */
  readonly kind?: string;
  /** Message template of progress rows; `{k}` and `{n}` are replaced. */
  readonly message?: string;
  /** Items this input processes. */
  readonly items?: number;
}

/** Configuration of one simulated job. Every field is optional. */
export interface JobConfig {
  /** Job id (default: derived from the seed, `job_…`). */
  readonly id?: string;
  /** Human-readable job name. */
  readonly name?: string;
  /** Number of tracked inputs (default 10, at most 100,000). */
  readonly inputs?: number;
  /** How many inputs process at once (default 4). */
  readonly concurrency?: number;
  /** Items per input (default 10), or a `[min, max]` range drawn per input. */
  readonly itemsPerInput?: number | readonly [number, number];
  /** Mean time per item in ms (default 1000). */
  readonly msPerItem?: number;
  /** Relative spread of the per-input item time, 0–1 (default 0.3: ±30%). */
  readonly spread?: number;
  /** Probability that an input fails, 0–1 (default 0.1). */
  readonly failureRate?: number;
  /** Seed of everything random in this job (default: the simulator's seed). */
  readonly seed?: number;
  /** Clock mode (default: the simulator's `clock`; `manual` for jobs made over the control API). */
  readonly clock?: ClockMode;
  /** Real-clock speed factor (default: the simulator's `speed`). */
  readonly speed?: number;
  /** Wait before the first input starts, in ms (default 0). The job is `PENDING` until then. */
  readonly startDelayMs?: number;
  /** Start the clock this far into the run; `'finished'` starts it after the last input ended. */
  readonly elapsedMs?: number | 'finished';
  /** Fault injection for this job's requests. */
  readonly faults?: FaultConfig;
  /** Port of the tracked inputs (default `worker.inference`). */
  readonly portName?: string;
  /** Number of reference inputs (status `reference`, never listed; default 0). */
  readonly referenceInputs?: number;
  /** Port of the reference inputs (default `worker.n_shots`). */
  readonly referencePortName?: string;
  /** Metrics of inputs without an override: one mode for all, or `mixed` (default). */
  readonly metrics?: MetricsMode | 'mixed';
  /** Per-input overrides, by input index. */
  readonly inputOverrides?: ReadonlyArray<InputOverride | null | undefined>;
}

/** Options of {@link createSimulator}. */
export interface SimulatorOptions {
  /** Seed of jobs without their own (default 1). */
  readonly seed?: number;
  /** Real-clock speed factor of jobs without their own (default 1). */
  readonly speed?: number;
  /**
   * The simulator's time. A {@link Clock} (core's: `systemClock`, or `createFakeClock()` from
   * `@input-progress/core/testing` in tests) is what added latency waits on, what `real` jobs
   * and recorded requests read, and makes `real` the default mode of `createJob()` jobs and the
   * presets. A {@link ClockMode} keeps the system clock and sets that default mode instead
   * (`manual` jobs move only when advanced). Default: the system clock, mode `real`.
   */
  readonly clock?: Clock | ClockMode;
  /** When set, API requests (under `basePath`) need `Authorization: Bearer <one of these>`. */
  readonly apiKeys?: readonly string[];
  /** CORS: `false` sends no CORS headers; default allows any origin. */
  readonly cors?: false | { readonly origin?: string };
  /** Create the `job_demo_*` presets (default true). */
  readonly presets?: boolean;
  /** Faults applied to every API request (after the job's own). */
  readonly faults?: FaultConfig;
  /** Serve the `/__simulator` control API (default true). */
  readonly control?: boolean;
  /** Path prefix of the API (default `'/api'`, where a page's `base-url` points in development and production alike; `'/v0.5'` mirrors the real API's own paths). */
  readonly basePath?: string;
  /** Largest accepted `limit` (default 1000). */
  readonly maxLimit?: number;
}

/** One API request the simulator received. */
export interface RecordedRequest {
  readonly method: string;
  /** The URL path, e.g. `/api/batch/jobs/job_demo_small/inputs/progress`. */
  readonly path: string;
  /** The raw query string including `?`, or `''`. */
  readonly search: string;
  /** When the request arrived on the simulator's clock (ISO 8601). */
  readonly at: string;
}
