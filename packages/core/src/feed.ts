import type { InputProgressClient } from './client.js';
import { createEnvironment, type FeedEnvironment } from './environment.js';
import { ApiError, InputProgressError, isRetryable } from './errors.js';
import { trackEta, type EtaTrack } from './eta.js';
import {
  clampToTotal,
  createPagination,
  goToPage,
  nextPage,
  pageCountOf,
  pageOf,
  previousPage,
  updatePagination,
  type Pagination,
  type PaginationInit,
} from './pagination.js';
import { derivePercent } from './percent.js';
import { decidePoll, type LiveState } from './poll-schedule.js';
import { sameOr, shareRows } from './structural-share.js';
import type { InputProgressItem, InputsProgressCounts, InputsProgressPage } from './types.js';

/** One row of the feed: the API's item plus what the feed derives from it. */
export interface FeedItem extends InputProgressItem {
  /** Percent complete, 0–100, or `null` when the metrics cannot tell (never NaN). */
  readonly percent: number | null;
  /**
   * Estimated ms remaining as of the latest progress row (`latestProgress.createdAt`);
   * `null` until two samples show progress, and once the input finished.
   */
  readonly eta: number | null;
}

/** `idle` before the first load, `loading` while there is no data yet, then `success` or `error`. */
export type FeedStatus = 'idle' | 'loading' | 'success' | 'error';

/** Everything a UI renders, as one immutable object. */
export interface FeedSnapshot {
  /** `idle` before the first load, `loading` while there is no data yet, then `success` or `error`. */
  readonly status: FeedStatus;
  /** The rows on screen: the current page, or the previous one while `isPlaceholder`. */
  readonly items: readonly FeedItem[];
  /** Inputs matching the query; `null` while unknown (before the first load, or while a new filter loads). */
  readonly total: number | null;
  /** The 1-based page of `query`. */
  readonly page: number;
  /** Pages for `total` (at least 1), or 0 while `total` is unknown. */
  readonly pageCount: number;
  /** The requested page and filters (they change before the data does). */
  readonly query: Pagination;
  /** Per-status counts of the job (of `query.portName`), or `null` while unknown. */
  readonly counts: InputsProgressCounts | null;
  /**
   * Why the latest counts request failed while its page loaded (`counts` then keeps its
   * previous value); `null` after counts loaded. A counts failure alone is not a failure of
   * the feed: `status`, `error`, `failureCount` and the schedule follow the page, and the
   * counts are asked for again with the next load.
   */
  readonly countsError: InputProgressError | null;
  /** The latest failure, shown beside the last good page; `null` after a success. */
  readonly error: InputProgressError | null;
  /** Whether a load is in flight. */
  readonly isFetching: boolean;
  /** Whether `items` belong to an earlier query (kept on screen while the new one loads). */
  readonly isPlaceholder: boolean;
  /** When the data was last loaded successfully (ms since the epoch). */
  readonly lastUpdatedAt: number | null;
  /** Whether the page is kept live, and if not, why. */
  readonly live: LiveState;
  /** When the next load is due (ms since the epoch), or `null` when none is scheduled. */
  readonly nextPollAt: number | null;
  /** Failures in a row since the last success. */
  readonly failureCount: number;
}

/** Called with the new snapshot whenever something in it changed. */
export type FeedListener = (snapshot: FeedSnapshot) => void;

/** Options of {@link createFeed}. */
export interface FeedOptions {
  /** The client to load through (see `createClient`). */
  readonly client: InputProgressClient;
  /** The job whose inputs the feed shows; fixed for the feed's life (create another for another job). */
  readonly jobId: string;
  /** The first query; invalid fields fall back to defaults. */
  readonly query?: Partial<PaginationInit>;
  /**
   * Ms between polls while inputs are pending or processing (default 5 000), and the base of
   * the backoff after failures; `0` (or any value that is not a positive number) turns polling
   * off. Change it later with {@link InputProgressFeed.setPollInterval}.
   */
  readonly pollInterval?: number;
  /** The longest wait after failures (default 60 000 ms). */
  readonly maxBackoffMs?: number;
  /** Replaces the clock, timers, visibility or online sources (tests, Node, embedded views). */
  readonly environment?: Partial<FeedEnvironment>;
}

/**
 * The live store of one job's inputs; create one with {@link createFeed}. Every method is
 * bound, so `feed.subscribe` and `feed.getSnapshot` can be passed around as plain functions
 * (e.g. to React's `useSyncExternalStore`).
 */
export interface InputProgressFeed {
  /**
   * Adds a listener, called with each new snapshot; returns the unsubscribe function. The
   * first subscriber starts loading and polling; the last one leaving stops everything.
   */
  subscribe(listener: FeedListener): () => void;
  /** The current snapshot: the same object until something in it really changed. */
  getSnapshot(): FeedSnapshot;
  /** Changes filters, order, port or page size (back to the first page), or the offset. */
  setQuery(patch: Partial<PaginationInit>): void;
  /**
   * Changes the ms between polls (same meaning as `FeedOptions.pollInterval`; `0`, or any
   * value that is not a positive number, turns polling off) without losing the data or the
   * query. The schedule is re-decided at once: a poll that is already overdue under the new
   * interval starts now, and turning polling back on resumes it.
   */
  setPollInterval(ms: number): void;
  /** Goes to page `page` (1-based), clamped to the known page count. */
  goToPage(page: number): void;
  /** Goes to the next page, if there is one. */
  nextPage(): void;
  /** Goes to the previous page, if there is one. */
  previousPage(): void;
  /**
   * Loads now (joining a load of the same query already in flight) and resolves when that
   * load settled; never rejects: failures land in the snapshot. Works without subscribers
   * too (a one-off load, nothing scheduled), e.g. in a script.
   */
  refresh(): Promise<void>;
  /** Stops everything for good: no timer, listener or request is left behind. */
  destroy(): void;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Any failure as an InputProgressError (a custom client may throw anything). */
const toError = (cause: unknown) =>
  cause instanceof InputProgressError
    ? cause
    : new InputProgressError(String((cause as Error)?.message ?? cause), { cause });

const isActive = (status: string) => status === 'pending' || status === 'processing';
const filterKey = (query: Pagination) => `${query.portName} ${query.statuses}`;

/**
 * Creates the live store of one job's inputs: it loads a page and the per-status counts,
 * keeps them live on the schedule of {@link decidePoll}, and hands out immutable snapshots.
 *
 * Failures are retried by the feed's own backoff (visible as `live: 'backing-off'` with
 * `nextPollAt`), not by the client: the feed calls the client with `retry: { attempts: 0 }`,
 * so the two backoffs never stack and the user sees a failure as soon as it happens.
 *
 * @example
 * const feed = createFeed({ client: createClient({ baseUrl: '/api/v0.5' }), jobId: 'job_123' });
 * const stop = feed.subscribe((s) => render(s.items, s.page, s.pageCount, s.live));
 */
export function createFeed(options: FeedOptions): InputProgressFeed {
  const { client, jobId, maxBackoffMs } = options;
  let { pollInterval = 5000 } = options;
  const env = createEnvironment(options.environment);
  /** ETA tracks of the inputs on the current page (rebuilt each load, so departed inputs are forgotten). */
  let tracks = new Map<string, EtaTrack>();
  const listeners = new Set<FeedListener>();
  // The load in flight (its controller is its identity), its query and its promise.
  let controller: AbortController | undefined;
  let loadQuery: Pagination;
  let loading: Promise<void>;
  let timer: unknown;
  let unlisten: Array<() => void> = [];
  /** The query the shown items belong to; `null` before the first success. */
  let dataQuery: Pagination | null = null;
  /** An ApiError retrying cannot fix (every 4xx but 408 and 429) stops polling until the query changes. */
  let fatal = false;
  let retryAfterMs: number | null = null;
  let random = 0.5;
  let settledAt = 0;
  let destroyed = false;
  let snapshot = {
    status: 'idle',
    items: [],
    total: null,
    query: createPagination(options.query),
    counts: null,
    countsError: null,
    error: null,
    isPlaceholder: false,
    lastUpdatedAt: null,
    failureCount: 0,
  } as unknown as FeedSnapshot;

  /**
   * Applies `patch`, re-decides the schedule (re-arming the one timer), and publishes a new
   * snapshot only when a field really changed.
   */
  function commit(patch: Partial<FeedSnapshot>) {
    if (destroyed) return;
    const next: Mutable<FeedSnapshot> = { ...snapshot, ...patch };
    const { counts, total, query } = next;
    const decision = decidePoll(
      listeners.size && !fatal ? pollInterval : 0,
      !dataQuery ||
        next.items.some((row) => isActive(row.input.status)) ||
        // Unknown counts (e.g. their request failed) may hide active inputs on other pages.
        !counts ||
        counts.pending + counts.processing > 0,
      env.isVisible(),
      env.isOnline(),
      next.failureCount,
      retryAfterMs,
      settledAt,
      random,
      maxBackoffMs,
    );
    env.clearTimeout(timer);
    next.isFetching = !!controller;
    next.live = decision.live;
    const at = (next.nextPollAt = controller ? null : decision.nextPollAt);
    if (at !== null) timer = env.setTimeout(() => fetchPage(snapshot.query), at - env.now());
    next.page = pageOf(query);
    next.pageCount = total === null ? 0 : pageCountOf(query, total);
    if (Object.keys(next).some((key) => next[key as 'live'] !== snapshot[key as 'live'])) {
      snapshot = next;
      for (const listener of listeners) {
        try {
          listener(next);
        } catch (error) {
          // One broken listener must not break the feed or the other listeners.
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    }
  }

  /** The snapshot fields that change with the query: placeholder state and what stays valid. */
  function queryPatch(query: Pagination): Partial<FeedSnapshot> {
    const placeholder = !!dataQuery && dataQuery !== query;
    return {
      query,
      isPlaceholder: placeholder,
      // A placeholder's totals describe another filter; never show them as this one's.
      total: placeholder && filterKey(dataQuery!) !== filterKey(query) ? null : snapshot.total,
      counts: placeholder && dataQuery!.portName !== query.portName ? null : snapshot.counts,
    };
  }

  function abort() {
    controller?.abort();
    controller = undefined;
  }

  async function fetchPage(query: Pagination): Promise<void> {
    if (destroyed || !env.isOnline()) return commit(queryPatch(query));
    if (controller && loadQuery === query) return loading;
    abort();
    const current = (controller = new AbortController());
    const init = { signal: current.signal, retry: { attempts: 0 } };
    loadQuery = query;
    loading = (async () => {
      try {
        const [page, counts] = await Promise.all([
          client.listInputsProgress(jobId, query, init),
          // The page is what the user came for: a counts failure must not blank it.
          client.getInputsProgressCounts(jobId, { portName: query.portName }, init).catch(toError),
        ]);
        // Only a newer query or a stop aborts: such an answer is obsolete and dropped.
        if (current.signal.aborted) return;
        controller = undefined;
        // Every query change aborts, so this holds; the check keeps an answer of another
        // query off screen should a path ever forget to (it would show under the wrong query).
        await (query === snapshot.query ? succeed(query, page, counts) : commit({}));
      } catch (error) {
        // An aborted load is obsolete, never a failure. A custom client's nonsense answer
        // (succeed throwing) is a failure like any other.
        if (current.signal.aborted) return;
        abort();
        fail(error);
      }
    })();
    commit({ ...queryPatch(query), status: dataQuery ? snapshot.status : 'loading' });
    return loading;
  }

  function succeed(
    query: Pagination,
    page: InputsProgressPage,
    counts: InputsProgressCounts | InputProgressError,
  ): Promise<void> | void {
    const clamped = clampToTotal(query, page.total);
    if (clamped !== query) {
      // The list shrank below this page: show its last page instead.
      commit({ total: page.total });
      return fetchPage(clamped);
    }
    const nextTracks = new Map<string, EtaTrack>();
    const items = shareRows<FeedItem>(
      snapshot.items,
      page.items.map((item) => {
        const { input, latestProgress } = item;
        const percent = derivePercent(input.status, latestProgress?.metrics);
        const track = trackEta(
          tracks.get(input.id),
          percent,
          latestProgress?.createdAt,
          !isActive(input.status),
        );
        if (track) nextTracks.set(input.id, track);
        return { ...item, percent, eta: track?.eta ?? null };
      }),
      (row) => row.input.id,
    );
    tracks = nextTracks;
    dataQuery = query;
    fatal = false;
    retryAfterMs = null;
    const countsError = counts instanceof InputProgressError ? counts : null;
    commit({
      status: 'success',
      items,
      total: page.total,
      // The counts of the previous load still describe this port (queryPatch drops others).
      counts: countsError ? snapshot.counts : sameOr(snapshot.counts, counts as InputsProgressCounts),
      countsError,
      error: null,
      isPlaceholder: false,
      failureCount: 0,
      lastUpdatedAt: (settledAt = env.now()),
    });
  }

  function fail(cause: unknown) {
    const error = toError(cause);
    fatal = error instanceof ApiError && !isRetryable(error);
    retryAfterMs = (error as ApiError).retryAfterMs ?? null;
    random = Math.random();
    settledAt = env.now();
    commit({ status: 'error', error, failureCount: snapshot.failureCount + 1 });
  }

  function start() {
    if (destroyed) return;
    unlisten = [
      env.onVisibilityChange(() => {
        // Back in view: refresh at once if polling was only paused for being hidden. After
        // failures the backoff (and Retry-After) decides instead, via commit: an overdue
        // retry runs now, an early one waits.
        if (env.isVisible() && snapshot.live === 'paused-hidden' && !snapshot.failureCount)
          fetchPage(snapshot.query);
        else commit({});
      }),
      env.onOnlineChange(() => {
        const online = env.isOnline();
        if (!online) abort();
        if (online && snapshot.live === 'offline' && !fatal) fetchPage(snapshot.query);
        else commit({});
      }),
    ];
    fetchPage(snapshot.query);
  }

  function stop() {
    for (const off of unlisten) off();
    unlisten = [];
    abort();
    commit({});
  }

  function setQuery(query: Pagination) {
    if (query === snapshot.query) return;
    fatal = false;
    if (listeners.size) fetchPage(query);
    else {
      // No subscriber: nothing reloads, but a refresh() of the old query must not land.
      abort();
      commit(queryPatch(query));
    }
  }

  commit({});
  return {
    subscribe(listener) {
      const own: FeedListener = (s) => listener(s);
      listeners.add(own);
      if (listeners.size === 1) start();
      return () => {
        if (listeners.delete(own) && !listeners.size) stop();
      };
    },
    getSnapshot: () => snapshot,
    setQuery: (patch) => setQuery(updatePagination(snapshot.query, patch)),
    goToPage: (page) => setQuery(goToPage(snapshot.query, page, snapshot.total)),
    nextPage: () => setQuery(nextPage(snapshot.query, snapshot.total)),
    previousPage: () => setQuery(previousPage(snapshot.query)),
    refresh: () => fetchPage(snapshot.query),
    setPollInterval(ms) {
      pollInterval = ms;
      commit({});
    },
    destroy() {
      listeners.clear();
      stop();
      destroyed = true;
    },
  };
}
