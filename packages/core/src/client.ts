import { backoffDelay } from './backoff.js';
import { rememberConfiguration } from './client-identity.js';
import { sleep, systemClock, type Clock } from './clock.js';
import { ApiError, InputProgressError, isRetryable, NetworkError, TimeoutError } from './errors.js';
import {
  parseInputsProgressCounts,
  parseInputsProgressPage,
  parseInputsProgressTraces,
  parseJob,
} from './parse-response.js';
import { parseRetryAfter } from './retry-after.js';
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

/** How many conditional answers a client keeps (one per URL; the oldest goes first). */
const KEPT_ANSWERS = 20;

/** The public API root. */
export const DEFAULT_BASE_URL = 'https://api.u1.archetypeai.app/v0.5';

/**
 * The JSON of a response body, or `undefined` when it is not JSON. A number too large for a
 * double (`1e999`) reads as ±Infinity here; the response parsers read it as null, so no
 * non-finite number ever reaches a result, not even inside free-form `metrics`, `payload` or
 * `metadata`. No reviver: one turns V8's fast path off and calls back for every value.
 */
export const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * Creates a client of the batch progress API. Requests are plain GETs through `fetch`; a
 * failure rejects with an {@link InputProgressError} subclass, an abort with the signal's
 * reason. Responses are validated and normalised to camelCase.
 *
 * @example
 * const client = createClient({ baseUrl: '/api' });
 * const page = await client.listInputsProgress('job_123', { statuses: ['failed'], limit: 20 });
 */
export function createClient(options: ClientOptions = {}): InputProgressClient {
  const { apiKey } = options;
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;
  const clock = options.clock ?? systemClock;
  // `Headers` merges names case-insensitively; `fetch` gets a plain object of the result.
  const merged = new Headers(options.headers as HeadersInit | undefined);
  if (!merged.has('accept')) merged.set('accept', 'application/json');
  if (apiKey) merged.set('authorization', `Bearer ${apiKey}`);
  const headers: Readonly<Record<string, string>> = Object.fromEntries(merged);
  const authorization = headers.authorization ?? '';
  // Every string the client reports passes through here: the key never leaves the header.
  const secrets = [authorization, authorization.replace(/^\s*\S+\s+/, ''), apiKey];
  const redact = (text: string) =>
    secrets.reduce<string>(
      (out, secret) => (secret ? out.replaceAll(secret, '[redacted]') : out),
      text,
    );
  const safe = (value: unknown) => (typeof value === 'string' ? redact(value) : null);

  /**
   * One attempt: the response and its whole body, within the timeout. An own controller
   * rather than `AbortSignal.any`/`AbortSignal.timeout` (missing before Safari 17.4 and
   * Firefox 124), and a timer cleared once the attempt settled, so none outlives a stop.
   */
  async function attempt(
    url: string,
    signal: AbortSignal | undefined,
    requestHeaders: Readonly<Record<string, string>> = headers,
  ): Promise<[FetchResponse, string]> {
    signal?.throwIfAborted();
    const controller = new AbortController();
    const forward = () => controller.abort(signal!.reason);
    const timer = clock.setTimeout(() => controller.abort(), timeoutMs);
    signal?.addEventListener('abort', forward);
    try {
      const send: FetchLike = options.fetch ?? fetch;
      const response = await send(url, { headers: requestHeaders, signal: controller.signal });
      return [response, await response.text()];
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      const failure = error as Error | null;
      const shown = `${failure?.message}${failure?.stack}${(failure?.cause as Error | null)?.message}`;
      throw controller.signal.aborted
        ? new TimeoutError(`No response within ${timeoutMs} ms`, { url: redact(url) })
        : new NetworkError(redact(`${failure?.message ?? failure}`), {
            url: redact(url),
            // Keep the original cause for debugging only when no secret shows in it.
            cause: redact(shown) === shown ? error : undefined,
          });
    } finally {
      clock.clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    }
  }

  /** Answers of conditional GETs by URL: the `ETag` they came with and the parsed body. */
  const kept = new Map<string, { etag: string; value: unknown }>();

  /**
   * GETs job `jobId`'s `path` with `params`, retrying as configured, and returns the parsed
   * body. A `conditional` GET revalidates the answer kept for its URL (see `kept`).
   */
  async function get<T>(
    jobId: string,
    path: string,
    params: Record<string, unknown>,
    parse: (body: unknown) => T,
    init: RequestOptions = {},
    conditional = false,
  ) {
    // `encodeURIComponent` keeps dots: '', '.' and '..' would leave the job's path segment
    // (`…/jobs/../` is `…/batch/`), so they never reach the network.
    if (/^\.{0,2}$/.test(jobId)) throw new InputProgressError(`Invalid job id "${jobId}"`);
    const {
      attempts = 3,
      baseDelayMs = 1000,
      maxDelayMs = 30_000,
      jitter = 0.2,
    } = { ...options.retry, ...init.retry };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      for (const item of [value].flat()) if (item != null) search.append(key, item as string);
    }
    const query = `${search}`;
    const url = `${baseUrl}/batch/jobs/${encodeURIComponent(jobId)}${path}${query && `?${query}`}`;
    for (let failures = 0; ; failures++) {
      try {
        const known = conditional ? kept.get(url) : undefined;
        const requestHeaders = known ? { ...headers, 'if-none-match': known.etag } : headers;
        const [response, text] = await attempt(url, init.signal, requestHeaders);
        // Not modified: the body is the one that came with the tag.
        if (response.status === 304 && known) return known.value as T;
        if (response.ok) {
          // An empty or non-JSON 2xx body (e.g. a gateway's HTML page) is a shape error of the whole body.
          const value = parse(parseJson(text));
          const etag = response.headers.get('etag');
          if (conditional && etag) {
            kept.delete(url);
            kept.set(url, { etag, value });
            if (kept.size > KEPT_ANSWERS) kept.delete(kept.keys().next().value!);
          }
          return value;
        }
        // A non-2xx response, read in whichever of the API's error forms it comes.
        const json = (parseJson(text) ?? {}) as Record<string, unknown>;
        const errors = Array.isArray(json.errors)
          ? json.errors.map((entry: Record<string, unknown> | null) => ({
              code: safe(entry?.code) ?? 'unknown',
              message: safe(entry?.message) ?? '',
              suggestion: safe(entry?.suggestion),
              errorUid: safe(entry?.error_uid),
            }))
          : [];
        const detail = safe(json.detail);
        throw new ApiError({
          status: response.status,
          errors,
          detail,
          bodyExcerpt:
            errors.length || detail !== null
              ? null
              : redact(text.replace(/\s+/g, ' ').trim()).slice(0, 200) || null,
          retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), clock.now()),
          url: redact(url),
        });
      } catch (error) {
        const asked = (error as ApiError).retryAfterMs ?? 0;
        // Retrying earlier than the server asked is pointless: report instead of waiting that long.
        if (failures >= attempts || !isRetryable(error) || asked > maxDelayMs) throw error;
        await sleep(
          clock,
          Math.max(backoffDelay(failures, baseDelayMs, maxDelayMs, jitter, clock.random()), asked),
          init.signal,
        );
      }
    }
  }

  const progress = '/inputs/progress';

  const client: InputProgressClient = {
    listInputsProgress: (jobId, query = {}, init) =>
      get(
        jobId,
        progress,
        {
          port_name: query.portName,
          status: query.statuses,
          order: query.order,
          offset: query.offset,
          limit: query.limit,
        },
        (body) => parseInputsProgressPage(body, jobId),
        init,
      ),
    getInputsProgressCounts: (jobId, query = {}, init) =>
      get(
        jobId,
        `${progress}/counts`,
        { port_name: query.portName },
        (body) => parseInputsProgressCounts(body, jobId),
        init,
      ),
    getJob: (jobId, init) => get(jobId, '', {}, parseJob, init),
    getInputsProgressTraces: (jobId, query = {}, init) =>
      get(
        jobId,
        `${progress}/traces`,
        { port_name: query.portName, buckets: query.buckets },
        (body) => parseInputsProgressTraces(body, jobId),
        init,
        true,
      ),
  };
  // Feeds created with `share: true` share loads between clients of equal plain options.
  if (!options.fetch && !options.headers) rememberConfiguration(client, baseUrl, apiKey);
  return client;
}
