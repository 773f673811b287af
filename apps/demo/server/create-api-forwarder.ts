/**
 * A key-safe forwarder from a browser-facing route (e.g. `/api/…`) to the Archetype AI batch
 * API. The browser never sees the key: this handler adds `Authorization: Bearer <key>` on the
 * server side, and only for the read-only endpoints the progress UI needs.
 *
 * It is a standard `(request: Request) => Promise<Response>` handler, so it runs unchanged in
 * any server that speaks the Fetch API (Node via an adapter such as `./to-node-middleware.ts`, Deno,
 * Bun, Cloudflare Workers, Hono, Next.js route handlers, …).
 */

/** Options of {@link createApiForwarder}. */
export interface ApiForwarderOptions {
  /**
   * Base URL of the upstream API, including its version path, without a trailing slash
   * requirement: e.g. `https://api.u1.archetypeai.app/v0.5`.
   */
  readonly upstream: string;
  /** The API key. Sent upstream only; never written to a response, URL or log. */
  readonly apiKey: string;
  /**
   * The path the forwarder is mounted at in the incoming URLs; it is stripped before matching.
   * Default `/api`, so `/api/batch/jobs/job_abc` is forwarded as `<upstream>/batch/jobs/job_abc`.
   */
  readonly prefix?: string;
  /** The fetch used to reach the upstream. Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** How long an upstream request may take before the forwarder answers 504. Default 30 000 ms. */
  readonly timeoutMs?: number;
}

/** A standard Fetch-API request handler. */
export type RequestHandler = (request: Request) => Promise<Response>;

/**
 * The form a job id must have before it is put into an upstream URL: `job_` followed by 1–100
 * ASCII letters, digits or underscores. Real ids look like `job_2abc3def4ghi5jkl6mno7pqr`; the
 * underscore is allowed so the simulator's presets (`job_demo_small`) pass too. Anything
 * else — percent-escapes, dots, slashes — cannot form another path, so it is refused outright.
 */
export const JOB_ID_PATTERN = /^job_[A-Za-z0-9_]{1,100}$/;

/**
 * {@link JOB_ID_PATTERN} without its anchors, for building other patterns (routes, the job id
 * field's `pattern` attribute), so the form of an id is written down once.
 */
export const JOB_ID_FORM = JOB_ID_PATTERN.source.slice(1, -1);

interface Route {
  /** Matches the path after the prefix; group 1 is the job id. */
  readonly pattern: RegExp;
  /** Query parameter names the endpoint knows. */
  readonly params: ReadonlySet<string>;
  /** Names that may appear more than once (`status=a&status=b`). */
  readonly repeatable: ReadonlySet<string>;
}

const JOB = `(${JOB_ID_FORM})`;

/** The GET endpoints of API.md, nothing else. */
const ROUTES: readonly Route[] = [
  { pattern: new RegExp(`^/batch/jobs/${JOB}$`), params: new Set(), repeatable: new Set() },
  {
    pattern: new RegExp(`^/batch/jobs/${JOB}/inputs/progress$`),
    params: new Set(['port_name', 'status', 'order', 'offset', 'limit']),
    repeatable: new Set(['status']),
  },
  {
    pattern: new RegExp(`^/batch/jobs/${JOB}/inputs/progress/counts$`),
    params: new Set(['port_name']),
    repeatable: new Set(),
  },
  {
    pattern: new RegExp(`^/batch/jobs/${JOB}/inputs/progress/traces$`),
    params: new Set(['buckets']),
    repeatable: new Set(),
  },
];

/** Request headers worth passing on; everything else (cookies, authorization, …) is dropped. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'accept-language', 'if-none-match'] as const;

/** Response headers worth passing back; `set-cookie` and the rest stay behind. */
const FORWARDED_RESPONSE_HEADERS = [
  'content-type',
  'etag',
  'retry-after',
  'cache-control',
  'last-modified',
  'vary',
] as const;

/** Longest query value accepted; real values are short, so longer ones are abuse. */
const MAX_PARAM_LENGTH = 256;

/**
 * Creates a request handler that forwards the read-only progress endpoints of the batch API
 * and adds the API key on the server side.
 *
 * Rules, each of which answers `404` with an `errors[]` body when broken (nothing reaches the
 * upstream then):
 * - method `GET` only;
 * - path (after `prefix`) is one of `/batch/jobs/{id}`, `/batch/jobs/{id}/inputs/progress`,
 *   `…/inputs/progress/counts`, `…/inputs/progress/traces`;
 * - the job id matches {@link JOB_ID_PATTERN};
 * - every query parameter is one the endpoint knows (`port_name`, `status`, `order`,
 *   `offset`, `limit`; `port_name` for counts; `buckets` for traces), only `status` repeats,
 *   and no value is longer than 256 characters.
 *
 * The incoming request's cookies, `Authorization` and every other header outside a short
 * allow-list (`Accept`, `Accept-Language`, `If-None-Match`) are dropped. The upstream's answer
 * is passed back with its status, body and a few safe headers; a body that would contain the
 * key is replaced by a `502`. An unreachable upstream gives `502`, a slow one `504`.
 *
 * @example
 * ```ts
 * const forward = createApiForwarder({
 *   upstream: 'https://api.u1.archetypeai.app/v0.5',
 *   apiKey: process.env.ATAI_API_KEY!,
 * });
 * // In any Fetch-API server: route `/api/*` to it.
 * export default { fetch: (request: Request) => forward(request) };
 * ```
 */
export function createApiForwarder(options: ApiForwarderOptions): RequestHandler {
  const { apiKey } = options;
  // The key is deliberately absent from these messages.
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new TypeError('createApiForwarder: apiKey must be a non-empty string');
  }
  if (/[\s]/.test(apiKey)) {
    throw new TypeError('createApiForwarder: apiKey must not contain whitespace');
  }
  let upstream: URL;
  try {
    upstream = new URL(options.upstream);
  } catch {
    throw new TypeError('createApiForwarder: upstream must be an absolute URL');
  }
  if (upstream.protocol !== 'https:' && upstream.protocol !== 'http:') {
    throw new TypeError('createApiForwarder: upstream must be an http(s) URL');
  }
  const upstreamBase = upstream.href.replace(/\/+$/, '');
  const prefix = (options.prefix ?? '/api').replace(/\/+$/, '');
  const fetchUpstream = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 30_000;

  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET') return notFound();
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (prefix !== '' && !url.pathname.startsWith(`${prefix}/`)) return notFound();
    const path = url.pathname.slice(prefix.length);
    const route = ROUTES.find((r) => r.pattern.test(path));
    if (route === undefined) return notFound();
    const query = sanitizeQuery(url.searchParams, route);
    if (query === null) return notFound();

    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    headers.set('authorization', `Bearer ${apiKey}`);

    const timeout = AbortSignal.timeout(timeoutMs);
    // A client that went away should not keep an upstream request running.
    const signal = AbortSignal.any([request.signal, timeout]);
    let upstreamResponse: Response;
    try {
      upstreamResponse = await fetchUpstream(`${upstreamBase}${path}${query}`, {
        method: 'GET',
        headers,
        signal,
        redirect: 'manual',
      });
    } catch {
      // The cause may name internal hosts; the browser only needs to know what kind of failure.
      return timeout.aborted
        ? errorResponse(504, 'upstream_timeout', 'The API did not answer in time.')
        : errorResponse(502, 'upstream_unreachable', 'The API could not be reached.');
    }

    const responseHeaders = new Headers({ 'x-content-type-options': 'nosniff' });
    for (const name of FORWARDED_RESPONSE_HEADERS) {
      const value = upstreamResponse.headers.get(name);
      if (value !== null && !value.includes(apiKey)) responseHeaders.set(name, value);
    }
    // A redirect would send the browser elsewhere with our request; the UI never needs one.
    if (
      upstreamResponse.status >= 300 &&
      upstreamResponse.status < 400 &&
      upstreamResponse.status !== 304
    ) {
      await upstreamResponse.body?.cancel();
      return errorResponse(
        502,
        'upstream_redirect',
        'The API answered with a redirect, which is not forwarded.',
      );
    }
    if (upstreamResponse.status === 304) {
      await upstreamResponse.body?.cancel();
      return new Response(null, { status: upstreamResponse.status, headers: responseHeaders });
    }
    // Buffered so that a body echoing the key (a misbehaving gateway, a debug page) is caught.
    const body = await upstreamResponse.arrayBuffer();
    if (containsKey(body, apiKey)) {
      return errorResponse(
        502,
        'upstream_leak',
        'The API response was withheld because it contained a secret.',
      );
    }
    return new Response(body, { status: upstreamResponse.status, headers: responseHeaders });
  };
}

/**
 * Rebuilds the query string from the known parameters only, or returns null when any
 * parameter is unknown, repeated where it may not be, or too long.
 */
function sanitizeQuery(params: URLSearchParams, route: Route): string | null {
  const out = new URLSearchParams();
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (!route.params.has(name)) return null;
    if (seen.has(name) && !route.repeatable.has(name)) return null;
    if (value.length > MAX_PARAM_LENGTH) return null;
    seen.add(name);
    out.append(name, value);
  }
  const text = out.toString();
  return text === '' ? '' : `?${text}`;
}

function containsKey(body: ArrayBuffer, apiKey: string): boolean {
  // Decoding as latin1 keeps every byte, so an ASCII key is found wherever it sits.
  return new TextDecoder('latin1').decode(body).includes(apiKey);
}

function notFound(): Response {
  return errorResponse(404, 'not_forwarded', 'This path is not forwarded to the API.');
}

function errorResponse(status: number, code: string, message: string): Response {
  return Response.json(
    { errors: [{ code, message }] },
    { status, headers: { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } },
  );
}
