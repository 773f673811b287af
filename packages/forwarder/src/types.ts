/** The public option and event types of the forwarder. */
import type { Clock } from '@input-progress/core';
import type { CacheStore } from './cache-store.js';
import type { Endpoint } from './routes.js';

export type { Endpoint } from './routes.js';

/** A standard Fetch-API request handler. */
export type ForwarderHandler = (request: Request) => Promise<Response>;

/** What a viewer asks to see: passed to {@link ForwarderOptions.authorize}. */
export interface ForwarderTarget {
  /** The job the request names (already checked against `JOB_ID_PATTERN`). */
  readonly jobId: string;
  /** Which endpoint: the job, its progress list, its counts or its traces. */
  readonly endpoint: Endpoint;
}

/**
 * Decides whether the viewer who sent `request` may see `target`. Read your session cookie
 * or token from `request` and check the job against what the viewer may watch. `false` (or a
 * throw) answers `403` / `500` without contacting the API.
 */
export type Authorize = (request: Request, target: ForwarderTarget) => boolean | Promise<boolean>;

/**
 * How a viewer's answer was obtained (also sent as the `X-Input-Progress-Cache` header):
 * - `hit`: from the shared cache, still fresh;
 * - `miss`: this request fetched it from the API;
 * - `coalesced`: it joined an identical request to the API already in flight;
 * - `stale`: the last good answer, because the API asked to wait (`429`/`503` + `Retry-After`);
 * - `held`: no good answer to fall back on while the API asked to wait: the wait is passed on.
 */
export type CacheOutcome = 'hit' | 'miss' | 'coalesced' | 'stale' | 'held';

/** One viewer request, as {@link ForwarderOptions.onRequest} sees it. Never holds the key. */
export interface ForwarderRequestEvent {
  readonly method: string;
  /** The path and query the viewer asked for (any occurrence of the key is redacted). */
  readonly path: string;
  /** The endpoint, or null when the request was not forwarded. */
  readonly endpoint: Endpoint | null;
  readonly jobId: string | null;
  /** The status the viewer got. */
  readonly status: number;
  /** Null when the request never got as far as the cache (refused, denied). */
  readonly cache: CacheOutcome | null;
  /**
   * Why it was refused: `not_forwarded` (path, method or parameters outside the allow-list),
   * `invalid_query` (a value the API does not document, a `limit` above `maxLimit`, a query
   * too long), `forbidden` (authorize said no), `authorize_failed` (authorize threw).
   */
  readonly refused: 'not_forwarded' | 'invalid_query' | 'forbidden' | 'authorize_failed' | null;
  readonly durationMs: number;
}

/** One request to the API, as {@link ForwarderOptions.onUpstream} sees it. Never holds the key. */
export interface ForwarderUpstreamEvent {
  /** The upstream URL (the key travels in a header, never in it). */
  readonly url: string;
  readonly endpoint: Endpoint;
  readonly jobId: string;
  /** The API's status, or null when it could not be reached or did not answer in time. */
  readonly status: number | null;
  /** Why no usable answer came: `too_large` when the body passed `maxBodyBytes`. */
  readonly error: 'unreachable' | 'timeout' | 'too_large' | null;
  readonly durationMs: number;
}

/**
 * The circuit around the shared store: `closed` (the store is asked, each call with a
 * deadline), `open` (after repeated failures: the instance answers from its own memory and
 * leaves the store alone for `storeRetryMs`), `half-open` (one call probes the store).
 */
export type StoreCircuitState = 'closed' | 'open' | 'half-open';

/** A change of the store circuit, as {@link ForwarderOptions.onStore} sees it. */
export interface ForwarderStoreEvent {
  readonly state: StoreCircuitState;
  readonly previous: StoreCircuitState;
  /** What moved it: a call that timed out or failed, a probe starting, or a call that worked. */
  readonly cause: 'timeout' | 'error' | 'probe' | 'success';
  /** Failed calls in a row when it happened (0 after a success). */
  readonly consecutiveFailures: number;
}

/** Options of `createForwarder`. */
export interface ForwarderOptions {
  /**
   * Base URL of the API, including its version path: e.g. `https://api.u1.archetypeai.app/v0.5`.
   */
  readonly upstream: string;
  /** The API key. Sent upstream only; never written to a response, URL, log hook or error. */
  readonly apiKey: string;
  /**
   * Who may see which job: called for every request that passed the allow-list, before the
   * cache. Required. `'allow-all'` lets anyone who can reach the forwarder read every job the
   * key can read — only for local development or a deployment where every viewer may see
   * every job of the organisation.
   */
  readonly authorize: Authorize | 'allow-all';
  /**
   * The path the forwarder is mounted at in incoming URLs; stripped before matching.
   * Default `/api`: `/api/batch/jobs/job_abc` is forwarded as `<upstream>/batch/jobs/job_abc`.
   */
  readonly prefix?: string;
  /** How long an answer is served from the shared cache before the API is asked again. Default 1,000 ms. */
  readonly cacheTtlMs?: number;
  /**
   * How long the last good answer of a query is kept to serve while the API asks to wait.
   * Default 10 minutes.
   */
  readonly keepLastGoodMs?: number;
  /** Where answers are shared. Default: {@link memoryStore} (this process only). */
  readonly store?: CacheStore;
  /**
   * `Cache-Control` of forwarded answers. `'private'` (default): `private, no-cache` — the
   * browser revalidates with `If-None-Match` and gets a `304` when nothing changed, and no
   * shared cache (CDN) keeps it. `'public'`: `public, max-age=0, s-maxage=<cacheTtlMs>`, so a
   * CDN in front may answer viewers itself — only when every viewer may see every job, since
   * a CDN hit skips `authorize`.
   */
  readonly cacheControl?: 'private' | 'public';
  /** The fetch used to reach the API. Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /**
   * Largest upstream body read, in bytes: a longer (or endless) body is cut off and answered
   * `502` (`upstream_too_large`); nothing larger is ever held in memory. Default 4 MiB.
   */
  readonly maxBodyBytes?: number;
  /** Largest `limit` a viewer may ask for; above it the forwarder answers `400`. Default 100. */
  /**
   * Most requests to the API per second for one job, across all its queries. Counted in the
   * shared `store` when it can count (`increment`), so the instances sharing it share the
   * budget; per instance otherwise. Beyond it a viewer gets the last good answer of its
   * query, or `429` with `Retry-After`. Default 10.
   */
  readonly jobBudgetPerSecond?: number;
  readonly maxLimit?: number;
  /** How long an upstream request may take before the forwarder answers `504`. Default 30,000 ms. */
  readonly timeoutMs?: number;
  /**
   * The clock that decides freshness, `Retry-After` waits and upstream timeouts (core's
   * `Clock`). Default `systemClock`; tests pass `createFakeClock()` from
   * `@input-progress/core/testing`.
   */
  readonly clock?: Clock;
  /**
   * How long one call to `store` may take before the forwarder answers from the instance's own
   * memory instead. Default 50 ms. Only used with a `store` you pass.
   */
  readonly storeTimeoutMs?: number;
  /**
   * After 3 failed or late store calls in a row, the store is left alone this long; then one
   * call probes it, and a success makes the instances share again. Default 1,000 ms.
   */
  readonly storeRetryMs?: number;
  /** Called on every change of the store circuit (see {@link StoreCircuitState}). */
  readonly onStore?: (event: ForwarderStoreEvent) => void;
  /** Called once per viewer request with its outcome. Errors it throws are ignored. */
  readonly onRequest?: (event: ForwarderRequestEvent) => void;
  /** Called once per request to the API. Errors it throws are ignored. */
  readonly onUpstream?: (event: ForwarderUpstreamEvent) => void;
}
