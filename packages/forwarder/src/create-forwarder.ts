/**
 * The forwarder: a standard `(request: Request) => Promise<Response>` handler that serves the
 * read-only progress endpoints of the batch API to viewers, adding the API key on the server
 * side. Every request passes the allow-list, then the app's `authorize`, then a shared cache;
 * identical requests in flight at once become one upstream request, and when the API asks to
 * wait (`429` / `503` with `Retry-After`) viewers get the last good answer instead of a
 * stampede. It runs in any server that speaks the Fetch API (Node through `./node`, Deno, Bun,
 * Cloudflare Workers, Hono, Next.js route handlers).
 */
import { LRUCache } from 'lru-cache';
import type { CacheStore } from './cache-store.js';
import { parseAnswer, parseWait, type CachedAnswer, type UpstreamWait } from './cached-answer.js';
import { errorResponse } from './error-response.js';
import { bodyEtag, etagMatches } from './etag.js';
import { memoryStore } from './memory-store.js';
import { retryAfterSeconds } from './retry-after.js';
import { matchRoute, type RouteMatch } from './routes.js';
import type {
  CacheOutcome,
  ForwarderHandler,
  ForwarderOptions,
  ForwarderRequestEvent,
  ForwarderUpstreamEvent,
} from './types.js';

/** The response header that says how an answer was obtained (see {@link CacheOutcome}). */
export const CACHE_HEADER = 'x-input-progress-cache';

/** The wait assumed when a `429` / `503` carries no readable `Retry-After`. */
const DEFAULT_WAIT_SECONDS = 1;

/** An answer on its way to a viewer: cached ones carry `etag` and `storedAt`. */
interface Answer {
  readonly status: number;
  readonly contentType: string | null;
  readonly body: string | Uint8Array<ArrayBuffer>;
  readonly etag?: string;
  readonly storedAt?: number;
  /** The body, already encoded. */
  readonly bytes?: Uint8Array<ArrayBuffer>;
}

interface Outcome {
  readonly answer: Answer;
  readonly cache: CacheOutcome;
  /** Seconds for the viewer's `Retry-After`, when the API asked to wait. */
  readonly retryAfter: number | null;
}

/** An upstream request in flight, shared by every viewer asking the same thing meanwhile. */
interface Flight {
  readonly promise: Promise<Outcome>;
  readonly controller: AbortController;
  waiters: number;
}

/**
 * Creates the forwarder.
 *
 * Rules (a request that breaks one gets `404` with `{"errors":[{"code":"not_forwarded",…}]}`
 * and never reaches the API):
 * - method `GET` only;
 * - path (after `prefix`) is one of `/batch/jobs/{id}`, `/batch/jobs/{id}/inputs/progress`,
 *   `…/inputs/progress/counts`, `…/inputs/progress/traces`;
 * - the job id matches `JOB_ID_PATTERN`;
 * - every query parameter is one the endpoint knows (`port_name`, `status`, `order`, `offset`,
 *   `limit`; `port_name` for counts; `buckets` for traces), only `status` repeats, and no value
 *   is longer than 256 characters.
 *
 * Then `authorize(request, { jobId, endpoint })` decides (`403` when it does not return `true`,
 * `500` when it throws; the API is not contacted either way). The viewer's headers never
 * reach the API — not its cookies, not its `Authorization`; the forwarder sends its own key.
 *
 * Answers (`200`, and `4xx` other than `408`/`429`) are shared through `store` for
 * `cacheTtlMs`, keyed by endpoint, job and normalised query — never by anything about the
 * viewer — and carry an `ETag`: a matching `If-None-Match` gets `304`. When the API answers
 * `429` / `503`, no request goes upstream until its `Retry-After` has passed (then one probe,
 * across every instance sharing the store); meanwhile viewers get the last good answer, marked
 * `X-Input-Progress-Cache: stale`, with the remaining `Retry-After`. A redirect, or an answer
 * that contains the key, becomes `502`; an unreachable API `502`, a slow one `504`.
 *
 * @example
 * ```ts
 * const forward = createForwarder({
 *   upstream: 'https://api.u1.archetypeai.app/v0.5',
 *   apiKey: process.env.ATAI_API_KEY!,
 *   authorize: async (request, { jobId }) => (await sessionOf(request))?.jobs.includes(jobId) ?? false,
 * });
 * export default { fetch: forward }; // Deno, Bun, Workers; or route `/api/*` to it
 * ```
 */
export function createForwarder(options: ForwarderOptions): ForwarderHandler {
  const { apiKey, authorize } = options;
  // The key is deliberately absent from every message here.
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new TypeError('createForwarder: apiKey must be a non-empty string');
  }
  if (/\s/.test(apiKey)) throw new TypeError('createForwarder: apiKey must not contain whitespace');
  if (typeof authorize !== 'function' && authorize !== 'allow-all') {
    throw new TypeError(
      "createForwarder: authorize is required: a function deciding who may see which job, or 'allow-all' on purpose",
    );
  }
  let upstream: URL;
  try {
    upstream = new URL(options.upstream);
  } catch {
    throw new TypeError('createForwarder: upstream must be an absolute URL');
  }
  if (upstream.protocol !== 'https:' && upstream.protocol !== 'http:') {
    throw new TypeError('createForwarder: upstream must be an http(s) URL');
  }
  const cacheTtlMs = nonNegative(options.cacheTtlMs, 1000, 'cacheTtlMs');
  const keepLastGoodMs = Math.max(
    cacheTtlMs,
    nonNegative(options.keepLastGoodMs, 600_000, 'keepLastGoodMs'),
  );
  const timeoutMs = nonNegative(options.timeoutMs, 30_000, 'timeoutMs');
  const upstreamBase = upstream.href.replace(/\/+$/, '');
  const prefix = (options.prefix ?? '/api').replace(/\/+$/, '');
  const store: CacheStore = options.store ?? memoryStore();
  const fetchUpstream = options.fetch ?? globalThis.fetch.bind(globalThis);
  const now = options.now ?? Date.now;
  const cacheControl =
    options.cacheControl === 'public'
      ? `public, max-age=0, s-maxage=${Math.ceil(cacheTtlMs / 1000)}`
      : 'private, no-cache';
  const flights = new Map<string, Flight>();
  // The last answer read for each key, decoded: a hit whose stored text is unchanged skips
  // parsing and encoding again (most requests are hits of a few hot queries).
  const decoded = new LRUCache<string, { text: string; answer: CachedAnswer }>({ max: 1000 });
  let namespace: Promise<string> | undefined;

  const redact = (text: string): string => text.split(apiKey).join('[redacted]');
  const hasKey = (bytes: Uint8Array): boolean =>
    // latin1 keeps every byte, so an ASCII key is found wherever it sits.
    new TextDecoder('latin1').decode(bytes).includes(apiKey);
  const safeHeader = (value: string | null): string | null =>
    value === null || value.includes(apiKey) ? null : value;

  const emitRequest = (event: ForwarderRequestEvent): void =>
    callHook(options.onRequest, { ...event, path: redact(event.path) });
  const emitUpstream = (event: ForwarderUpstreamEvent): void =>
    callHook(options.onUpstream, { ...event, url: redact(event.url) });

  // A store that fails makes the forwarder answer without the cache, never fail.
  const storeGet = (key: string) => store.get(key).catch(() => undefined);
  const storeSet = (key: string, value: CachedAnswer | UpstreamWait, ttlMs: number) =>
    store
      // The encoded body stays in this process.
      .set(
        key,
        JSON.stringify(value, (name, v: unknown) => (name === 'bytes' ? undefined : v)),
        ttlMs,
      )
      .catch(() => undefined);
  const storeDelete = (key: string) => store.delete(key).catch(() => undefined);
  const storeClaim = (key: string, ttlMs: number) => store.claim(key, ttlMs).catch(() => true);

  return async (request: Request): Promise<Response> => {
    const started = now();
    let url: URL | null;
    try {
      url = new URL(request.url);
    } catch {
      url = null;
    }
    const base = {
      method: request.method,
      path: url ? url.pathname + url.search : '',
      endpoint: null,
      jobId: null,
      cache: null,
    };
    const refuse = (
      status: number,
      refused: ForwarderRequestEvent['refused'] & string,
      message: string,
      target?: RouteMatch,
    ): Response => {
      emitRequest({
        ...base,
        endpoint: target?.endpoint ?? null,
        jobId: target?.jobId ?? null,
        status,
        refused,
        durationMs: now() - started,
      });
      return errorResponse(status, refused, message);
    };
    const notForwarded = () =>
      refuse(404, 'not_forwarded', 'This path is not forwarded to the API.');

    if (request.method !== 'GET' || url === null) return notForwarded();
    if (prefix !== '' && !url.pathname.startsWith(`${prefix}/`)) return notForwarded();
    const target = matchRoute(url.pathname.slice(prefix.length), url.searchParams);
    if (target === null) return notForwarded();

    if (authorize !== 'allow-all') {
      let allowed: boolean;
      try {
        allowed =
          (await authorize(request, { jobId: target.jobId, endpoint: target.endpoint })) === true;
      } catch {
        return refuse(500, 'authorize_failed', 'The request could not be authorized.', target);
      }
      if (!allowed) return refuse(403, 'forbidden', 'You may not see this job.', target);
    }

    const outcome = await obtain(target, request.signal);
    const response = respond(outcome, request.headers.get('if-none-match'), now());
    emitRequest({
      ...base,
      endpoint: target.endpoint,
      jobId: target.jobId,
      status: response.status,
      cache: outcome.cache,
      refused: null,
      durationMs: now() - started,
    });
    return response;
  };

  /** The answer for `target`: from the cache, an upstream request in flight, or a new one. */
  async function obtain(target: RouteMatch, signal: AbortSignal): Promise<Outcome> {
    const ns = await (namespace ??= cacheNamespace(upstreamBase, apiKey));
    const key = ns + target.target;
    const inFlight = flights.get(key);
    if (inFlight) return join(inFlight, signal, true);
    const cached = decode(key, await storeGet(key));
    const age = cached ? now() - cached.storedAt : Infinity;
    if (cached && age >= 0 && age < cacheTtlMs) {
      return { answer: cached, cache: 'hit', retryAfter: null };
    }
    // Another viewer may have started the request while the store answered.
    const started = flights.get(key);
    if (started) return join(started, signal, true);
    const controller = new AbortController();
    const flight: Flight = {
      controller,
      waiters: 0,
      promise: refresh(ns, key, target, cached, controller.signal)
        .catch(() => ownError(502, 'upstream_unreachable', 'The API could not be reached.'))
        .finally(() => {
          if (flights.get(key) === flight) flights.delete(key);
        }),
    };
    flights.set(key, flight);
    return join(flight, signal, false);
  }

  /** The stored answer under `key`, decoded once per distinct stored text. */
  function decode(key: string, text: string | undefined): CachedAnswer | undefined {
    if (text === undefined) return undefined;
    const last = decoded.get(key);
    if (last !== undefined && last.text === text) return last.answer;
    const answer = parseAnswer(text);
    if (answer === undefined) return undefined;
    // The body encoded once, shared by every response built from this answer.
    const withBytes: CachedAnswer = { ...answer, bytes: new TextEncoder().encode(answer.body) };
    decoded.set(key, { text, answer: withBytes });
    return withBytes;
  }

  /**
   * Waits for a flight on behalf of one viewer. A viewer who disconnects stops waiting; when
   * the last one has gone, the upstream request is cancelled.
   */
  function join(flight: Flight, signal: AbortSignal, coalesced: boolean): Promise<Outcome> {
    flight.waiters++;
    return new Promise<Outcome>((resolve, reject) => {
      let settled = false;
      const leave = (): void => {
        settled = true;
        flight.waiters--;
        signal.removeEventListener('abort', onAbort);
      };
      const onAbort = (): void => {
        if (settled) return;
        leave();
        if (flight.waiters === 0) {
          flight.controller.abort();
          for (const [key, value] of flights) if (value === flight) flights.delete(key);
        }
        reject(signal.reason ?? new DOMException('The viewer went away.', 'AbortError'));
      };
      if (signal.aborted) {
        onAbort();
        return;
      }
      signal.addEventListener('abort', onAbort, { once: true });
      void flight.promise.then((outcome) => {
        if (settled) return;
        leave();
        resolve(
          coalesced && outcome.cache === 'miss' ? { ...outcome, cache: 'coalesced' } : outcome,
        );
      });
    });
  }

  /** Asks the API for `target` (unless it asked to wait), and shares the answer. */
  async function refresh(
    ns: string,
    key: string,
    target: RouteMatch,
    previous: CachedAnswer | undefined,
    signal: AbortSignal,
  ): Promise<Outcome> {
    const waitKey = `${ns}wait`;
    const wait = parseWait(await storeGet(waitKey));
    if (wait) {
      const t = now();
      if (wait.until > t) return holdOff(previous, wait, t);
      // The wait is over: one request, across every instance sharing the store, tries again.
      if (!(await storeClaim(`${ns}probe:${wait.until}`, wait.seconds * 1000))) {
        return holdOff(previous, { ...wait, until: t + 1000 }, t);
      }
    }

    const url = upstreamBase + target.target;
    const headers = new Headers({ authorization: `Bearer ${apiKey}`, accept: 'application/json' });
    if (previous?.status === 200 && previous.upstreamEtag !== null) {
      headers.set('if-none-match', previous.upstreamEtag);
    }
    const timeout = AbortSignal.timeout(timeoutMs);
    const sent = now();
    const report = (status: number | null, error: ForwarderUpstreamEvent['error']): void =>
      emitUpstream({
        url,
        endpoint: target.endpoint,
        jobId: target.jobId,
        status,
        error,
        durationMs: now() - sent,
      });
    let response: Response;
    let body: Uint8Array<ArrayBuffer>;
    try {
      response = await fetchUpstream(url, {
        method: 'GET',
        headers,
        signal: AbortSignal.any([signal, timeout]),
        redirect: 'manual',
      });
      body = new Uint8Array(await response.arrayBuffer());
    } catch {
      // The cause may name internal hosts; the viewer only learns what kind of failure it was.
      if (timeout.aborted) {
        report(null, 'timeout');
        return ownError(504, 'upstream_timeout', 'The API did not answer in time.');
      }
      report(null, signal.aborted ? 'aborted' : 'unreachable');
      return ownError(502, 'upstream_unreachable', 'The API could not be reached.');
    }
    report(response.status, null);
    const t = now();
    const status = response.status;

    if (status === 304 && previous?.status === 200) {
      const renewed: CachedAnswer = { ...previous, storedAt: t };
      if (wait) await storeDelete(waitKey);
      await storeSet(key, renewed, keepLastGoodMs);
      return { answer: renewed, cache: 'miss', retryAfter: null };
    }
    // A redirect would send the browser elsewhere with our request; the UI never needs one.
    if (status >= 300 && status < 400) {
      return ownError(
        502,
        'upstream_redirect',
        'The API answered with a redirect, which is not forwarded.',
      );
    }
    if (hasKey(body)) {
      return ownError(
        502,
        'upstream_leak',
        'The API response was withheld because it contained a secret.',
      );
    }
    const contentType = safeHeader(response.headers.get('content-type'));

    if (status === 429 || status === 503) {
      const seconds =
        retryAfterSeconds(response.headers.get('retry-after'), t) ?? DEFAULT_WAIT_SECONDS;
      const next: UpstreamWait = { until: t + seconds * 1000, seconds, status };
      // Kept past `until`, so that afterwards instances still agree on a single probe.
      await storeSet(waitKey, next, seconds * 1000 + 60_000);
      if (previous?.status === 200)
        return { answer: previous, cache: 'stale', retryAfter: seconds };
      return { answer: { status, contentType, body }, cache: 'miss', retryAfter: seconds };
    }
    if (wait) await storeDelete(waitKey);
    if (status === 200 || (status >= 400 && status < 500 && status !== 408)) {
      const text = new TextDecoder().decode(body);
      const upstreamEtag = safeHeader(response.headers.get('etag'));
      const answer: CachedAnswer = {
        status,
        contentType,
        etag: upstreamEtag ?? (await bodyEtag(text)),
        upstreamEtag,
        body: text,
        storedAt: t,
      };
      await storeSet(key, answer, keepLastGoodMs);
      return { answer, cache: 'miss', retryAfter: null };
    }
    return { answer: { status, contentType, body }, cache: 'miss', retryAfter: null };
  }

  /** While the API asks to wait: the last good answer, or the wait passed on. */
  function holdOff(previous: CachedAnswer | undefined, wait: UpstreamWait, t: number): Outcome {
    const retryAfter = Math.max(1, Math.ceil((wait.until - t) / 1000));
    if (previous?.status === 200) return { answer: previous, cache: 'stale', retryAfter };
    const { answer } =
      wait.status === 429
        ? ownError(429, 'rate_limited', 'The API asked to wait before it is asked again.')
        : ownError(503, 'unavailable', 'The API is unavailable for a while.');
    return { answer, cache: 'held', retryAfter };
  }

  /** The viewer's response for an outcome; `304` when its `If-None-Match` names the answer. */
  function respond(outcome: Outcome, ifNoneMatch: string | null, t: number): Response {
    const { answer, cache, retryAfter } = outcome;
    const headers = new Headers({ 'x-content-type-options': 'nosniff', [CACHE_HEADER]: cache });
    if (answer.contentType !== null) headers.set('content-type', answer.contentType);
    if (retryAfter !== null) headers.set('retry-after', String(retryAfter));
    if (answer.storedAt !== undefined) {
      headers.set('age', String(Math.max(0, Math.floor((t - answer.storedAt) / 1000))));
    }
    const good = answer.status === 200 && answer.etag !== undefined;
    headers.set('cache-control', good && cache !== 'stale' ? cacheControl : 'no-store');
    const body = answer.bytes ?? answer.body;
    if (!good) return new Response(body, { status: answer.status, headers });
    headers.set('etag', answer.etag!);
    if (etagMatches(ifNoneMatch, answer.etag!)) {
      headers.delete('content-type');
      return new Response(null, { status: 304, headers });
    }
    return new Response(body, { status: answer.status, headers });
  }
}

/** One of the forwarder's own error answers, as an outcome (never cached). */
function ownError(status: number, code: string, message: string): Outcome {
  return {
    answer: {
      status,
      contentType: 'application/json',
      body: JSON.stringify({ errors: [{ code, message }] }),
    },
    cache: 'miss',
    retryAfter: null,
  };
}

/**
 * The part of every cache key that tells forwarders apart: a digest of the upstream and the
 * key, so forwarders with different keys (organisations) sharing one store never share
 * answers. A 64-bit prefix of SHA-256 cannot be turned back into the key.
 */
async function cacheNamespace(upstream: string, apiKey: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(`${upstream}\n${apiKey}`),
  );
  const hex = [...new Uint8Array(digest).subarray(0, 8)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
  return `${hex}:`;
}

function callHook<T>(hook: ((event: T) => void) | undefined, event: T): void {
  if (hook === undefined) return;
  try {
    const result = hook(event) as unknown;
    // An async hook's rejection must not become an unhandled rejection.
    if (result instanceof Promise) result.catch(() => undefined);
  } catch {
    // A failing logger must not fail the request.
  }
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new TypeError(`createForwarder: ${name} must be a number ≥ 0`);
  }
  return value;
}
