// The client's public types: its options, the fetch it sends through, and its methods.
import type { Clock } from './clock.js';
import type {
  InputsProgressCounts,
  InputsProgressPage,
  InputsProgressQuery,
  InputsProgressTraces,
  InputsProgressTracesQuery,
  Job,
} from './types.js';

/** When and how the client retries a failed GET. */
export interface RetryOptions {
  /** Retries after the first attempt (default 3; 0 turns retrying off). */
  readonly attempts: number;
  /** The first wait, doubled for every further retry (default 1 000 ms). */
  readonly baseDelayMs: number;
  /** The longest wait (default 30 000 ms). A longer `Retry-After` is not retried but reported. */
  readonly maxDelayMs: number;
  /** Random spread of each wait, as a fraction (default 0.2 = ±20%). */
  readonly jitter: number;
}

/**
 * Request headers as {@link ClientOptions.headers} takes them: a plain object, or any iterable
 * of name/value pairs (a `Headers` object, an array of pairs). Spelled out rather than the
 * DOM's `HeadersInit` so that the core's types need no DOM library.
 */
export type ClientHeaders =
  Readonly<Record<string, string>> | Iterable<readonly [name: string, value: string]>;

/** What the client passes to {@link FetchLike} besides the URL. */
export interface FetchInit {
  /** Every request header, names in lower case (`accept`, `authorization` and your own). */
  readonly headers: Readonly<Record<string, string>>;
  /** Aborts the attempt: when it times out, or when the caller's own signal aborts. */
  readonly signal: AbortSignal;
}

/** The part of a `fetch` response the client reads. */
export interface FetchResponse {
  /** Whether the status is 2xx. */
  readonly ok: boolean;
  /** The HTTP status. */
  readonly status: number;
  /** The response headers (the client reads `Retry-After`). */
  readonly headers: { get(name: string): string | null };
  /** The whole body as text. */
  text(): Promise<string>;
}

/**
 * The `fetch` the client sends its GETs through. The global `fetch` fits, and so does a
 * wrapper of it that adds credentials or logs. Spelled out rather than `typeof fetch` so that
 * the core's types need no DOM library.
 */
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** The API root (default `https://api.u1.archetypeai.app/v0.5`); may be a same-origin path such as `/api`. */
  readonly baseUrl?: string;
  /**
   * Sent only as `Authorization: Bearer <apiKey>`; never part of a URL, message or error.
   * Do not use it in public pages: point `baseUrl` at your own backend instead.
   */
  readonly apiKey?: string;
  /** Extra request headers (an `Authorization` value here is treated as a secret too). */
  readonly headers?: ClientHeaders;
  /** The `fetch` to use (default: the global one), e.g. one that adds credentials. */
  readonly fetch?: FetchLike;
  /** Per attempt, including reading the body (default 15 000 ms). */
  readonly timeoutMs?: number;
  /** Retry policy for network errors, timeouts, 408, 429 and 5xx; never other 4xx. */
  readonly retry?: Partial<RetryOptions>;
  /** The clock of timeouts, retry waits, their jitter and `Retry-After` dates (default: the real one). */
  readonly clock?: Clock;
}

/** Per-call options. */
export interface RequestOptions {
  /** Aborting rejects the call with the signal's reason (not an InputProgressError). */
  readonly signal?: AbortSignal;
  /** Overrides the client's retry policy for this call, e.g. `{ attempts: 0 }`. */
  readonly retry?: Partial<RetryOptions>;
}

/**
 * A typed client of the batch progress API. Create one with {@link createClient}. Every
 * method rejects with a plain {@link InputProgressError}, before any request, when the job id
 * is empty, `.` or `..` (ids are percent-encoded, but these would still leave their path segment).
 */
export interface InputProgressClient {
  /** One page of a job's tracked inputs with their latest progress. */
  listInputsProgress(
    jobId: string,
    query?: InputsProgressQuery,
    init?: RequestOptions,
  ): Promise<InputsProgressPage>;
  /** Per-status counts of a job's tracked inputs, optionally of one port. */
  getInputsProgressCounts(
    jobId: string,
    params?: { readonly portName?: string | null },
    init?: RequestOptions,
  ): Promise<InputsProgressCounts>;
  /** The job itself. */
  getJob(jobId: string, init?: RequestOptions): Promise<Job>;
  /**
   * Cumulative completion of a job's tracked inputs over time. Conditional: the client keeps
   * the latest answer of each URL with its `ETag` and sends `If-None-Match`; a `304 Not
   * Modified` resolves with that kept answer (the same object), so polling it costs no body.
   */
  getInputsProgressTraces(
    jobId: string,
    query?: InputsProgressTracesQuery,
    init?: RequestOptions,
  ): Promise<InputsProgressTraces>;
}
