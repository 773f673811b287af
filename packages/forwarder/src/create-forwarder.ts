/**
 * The forwarder: a standard `(request: Request) => Promise<Response>` handler that serves the
 * read-only progress endpoints of the batch API to viewers, adding the API key on the server
 * side. Every request passes the allow-list, then the app's `authorize`, then a shared cache;
 * identical requests in flight at once become one upstream request, and when the API asks to
 * wait (`429` / `503` with `Retry-After`) viewers get the last good answer instead of a
 * stampede. It runs in any server that speaks the Fetch API (Node through `./node`, Deno, Bun,
 * Cloudflare Workers, Hono, Next.js route handlers).
 */
import { createAnswerCache } from './answer-cache.js';
import { errorResponse } from './error-response.js';
import { Flights } from './flights.js';
import { resolveOptions } from './forwarder-config.js';
import { createHooks } from './hooks.js';
import { createKeyFilter } from './key-filter.js';
import { ownError, respond, type Outcome } from './outcome.js';
import { refresh, type RefreshContext } from './refresh.js';
import { matchRoute, MAX_QUERY_LENGTH, type RouteMatch } from './routes.js';
import { createStoreGuard } from './store-guard.js';
import { createWaitBook } from './upstream-wait.js';
import type { ForwarderHandler, ForwarderOptions, ForwarderRequestEvent } from './types.js';

export { CACHE_HEADER } from './outcome.js';

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
  const config = resolveOptions(options);
  const { authorize, clock, prefix } = config;
  const hooks = createHooks(options, config.apiKey);
  const shared = config.sharedStore && {
    store: config.sharedStore,
    guard: createStoreGuard({
      clock,
      timeoutMs: config.storeTimeoutMs,
      failuresToOpen: 3,
      retryMs: config.storeRetryMs,
      onChange: hooks.store,
    }),
  };
  const cache = createAnswerCache(
    { local: config.localStore, shared },
    config.upstreamBase,
    config.apiKey,
  );
  const context: RefreshContext = {
    config,
    hooks,
    cache,
    waits: createWaitBook(cache),
    keys: createKeyFilter(config.apiKey),
  };

  const flights = new Flights();

  return async (request: Request): Promise<Response> => {
    const started = clock.now();
    // A URL far longer than any allowed query is refused before it is parsed.
    const overLong = request.url.length > 4 * MAX_QUERY_LENGTH;
    let url: URL | null;
    try {
      url = overLong ? null : new URL(request.url);
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
      hooks.request({
        ...base,
        endpoint: target?.endpoint ?? null,
        jobId: target?.jobId ?? null,
        status,
        refused,
        durationMs: clock.now() - started,
      });
      return errorResponse(status, refused, message);
    };
    const notForwarded = () =>
      refuse(404, 'not_forwarded', 'This path is not forwarded to the API.');

    const tooLong = (): Response =>
      refuse(400, 'invalid_query', `The query is longer than ${MAX_QUERY_LENGTH} characters.`);
    if (request.method === 'GET' && overLong) return tooLong();
    if (request.method !== 'GET' || url === null) return notForwarded();
    if (prefix !== '' && !url.pathname.startsWith(`${prefix}/`)) return notForwarded();
    if (url.search.length > MAX_QUERY_LENGTH + 1) return tooLong();
    const target = matchRoute(url.pathname.slice(prefix.length), url.searchParams, config.maxLimit);
    if (target === null) return notForwarded();
    if ('invalid' in target) return refuse(400, 'invalid_query', target.invalid);

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
    const response = respond(
      outcome,
      request.headers.get('if-none-match'),
      clock.now(),
      config.cacheControl,
    );
    hooks.request({
      ...base,
      endpoint: target.endpoint,
      jobId: target.jobId,
      status: response.status,
      cache: outcome.cache,
      refused: null,
      durationMs: clock.now() - started,
    });
    return response;
  };

  /** The answer for `target`: from the cache, an upstream request in flight, or a new one. */
  async function obtain(target: RouteMatch, signal: AbortSignal): Promise<Outcome> {
    const key = await context.cache.keyOf(target.target);
    const inFlight = flights.joinExisting(key, signal);
    if (inFlight) return inFlight;
    const cached = await context.cache.answer(key);
    const age = cached ? clock.now() - cached.storedAt : Infinity;
    if (cached && age >= 0 && age < config.cacheTtlMs) {
      return { answer: cached, cache: 'hit', retryAfter: null };
    }
    // Another viewer may have started the request while the store answered.
    return (
      flights.joinExisting(key, signal) ??
      flights.start(
        key,
        signal,
        () => refresh(context, key, target, cached),
        () => ownError(502, 'upstream_unreachable', 'The API could not be reached.'),
      )
    );
  }
}
