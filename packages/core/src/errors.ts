/**
 * The failures the client and the feed report. Every one extends {@link InputProgressError},
 * so `instanceof` tells them apart. None of them ever carries the API key: the client scrubs
 * every string it puts into them (see `client.ts`).
 */

/** Options shared by every error of this package. */
export interface InputProgressErrorOptions {
  /** The underlying failure, when there is one (already scrubbed of secrets). */
  readonly cause?: unknown;
  /** The request URL, when the error is about one request. */
  readonly url?: string | null;
}

/** The base class of every failure this package reports. */
export class InputProgressError extends Error {
  override name = 'InputProgressError';
  /** The URL of the failed request, or `null` when the error is not about one request. */
  readonly url: string | null;

  constructor(message: string, options: InputProgressErrorOptions = {}) {
    // Error reads only `cause` from its options, and only when the key is present.
    super(message, options);
    this.url = options.url ?? null;
  }
}

/** One entry of the API's `errors[]` envelope. */
export interface ApiErrorEntry {
  /** A snake_case code such as `job_not_found`; `'unknown'` when the server sent none. */
  readonly code: string;
  /** A human-readable message from the server (may be empty). */
  readonly message: string;
  /** What to do about it, when the server says. */
  readonly suggestion: string | null;
  /** The server's id of this error occurrence, for support requests. */
  readonly errorUid: string | null;
}

/** What the client read from an unsuccessful HTTP response. */
export interface ApiErrorInit extends InputProgressErrorOptions {
  /** The HTTP status. */
  readonly status: number;
  /** The entries of an `errors[]` body (default none). */
  readonly errors?: readonly ApiErrorEntry[];
  /** The message of a legacy `{"detail": "…"}` body (default `null`). */
  readonly detail?: string | null;
  /** A short excerpt of a body of any other shape (default `null`). */
  readonly bodyExcerpt?: string | null;
  /** The wait the server asked for with `Retry-After`, in ms (default `null`). */
  readonly retryAfterMs?: number | null;
}

/**
 * The server answered with a non-2xx status. The body is read in its current form
 * (`errors[]`, every entry kept), its legacy form (`detail`), or, for anything else (an HTML
 * gateway page, an empty body, invalid JSON), as a short excerpt of the raw text.
 */
export class ApiError extends InputProgressError {
  override name = 'ApiError';
  /** The HTTP status, e.g. 404. */
  declare readonly status: number;
  /** Every entry of the `errors[]` envelope, in order; empty for other body forms. */
  declare readonly errors: readonly ApiErrorEntry[];
  /** The legacy `{"detail": "…"}` message, or `null`. */
  declare readonly detail: string | null;
  /** A short, whitespace-collapsed excerpt of a body of unknown shape, or `null`. */
  declare readonly bodyExcerpt: string | null;
  /** How long the server asked to wait (`Retry-After`), in ms, or `null`. */
  declare readonly retryAfterMs: number | null;

  constructor(init: ApiErrorInit) {
    const { status, errors = [], detail = null, bodyExcerpt = null, retryAfterMs = null } = init;
    super(
      `HTTP ${status}: ${errors[0]?.message || detail || bodyExcerpt || 'request failed'}`,
      init,
    );
    Object.assign(this, { status, errors, detail, bodyExcerpt, retryAfterMs });
  }
}

/** The request never got an HTTP response (DNS, refused or dropped connection, CORS, …). */
export class NetworkError extends InputProgressError {
  override name = 'NetworkError';
}

/** No complete response arrived within the client's `timeoutMs`. */
export class TimeoutError extends InputProgressError {
  override name = 'TimeoutError';
}

/**
 * A successful response whose body is not what the API documents. `path` names the first
 * wrong value, e.g. `items[3].input.status`; it is `''` when the body itself is wrong
 * (empty, not JSON, not an object).
 */
export class ResponseShapeError extends InputProgressError {
  override name = 'ResponseShapeError';
  /** The JSON path of the first wrong value; `''` for the whole body. */
  declare readonly path: string;

  constructor(path: string, expected: string) {
    super(`Bad response: ${path || 'body'} should be ${expected}`);
    Object.assign(this, { path });
  }
}

/**
 * Whether retrying can help: network errors, timeouts, 408, 429 and 5xx. Other 4xx (bad
 * parameters, 401, 403, 404, …) and malformed bodies fail the same way every time.
 */
export const isRetryable = (error: unknown): boolean =>
  error instanceof ApiError
    ? error.status === 408 || error.status === 429 || error.status >= 500
    : error instanceof NetworkError || error instanceof TimeoutError;

/**
 * Whether `error` is an abort (the reason of an aborted `AbortSignal` by default). Aborts
 * are never failures: the client rejects with the signal's reason and the feed ignores them.
 */
export const isAbortError = (error: unknown): boolean =>
  (error as { name?: unknown } | null)?.name === 'AbortError';

/**
 * Any failure as an InputProgressError: itself when it is one, else a plain one carrying it
 * as `cause`, with its message when it is an `Error` or a string (a custom client may throw
 * anything, even an object that cannot become a string).
 */
export const toInputProgressError = (cause: unknown): InputProgressError =>
  cause instanceof InputProgressError
    ? cause
    : new InputProgressError(
        cause instanceof Error
          ? cause.message
          : typeof cause === 'string'
            ? cause
            : 'The client failed',
        { cause },
      );
