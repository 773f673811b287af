import { clientIdentity } from './client-identity.js';
import type { InputProgressClient } from './client.js';
import type { Clock } from './clock.js';
import { createEnvironment, type FeedEnvironment } from './environment.js';
import type { InputProgressError } from './errors.js';
import { schedule, batch } from './notify-queue.js';
import { isActive, type FeedItem, type PageRows } from './page-rows.js';
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
import { decidePoll, type LiveState } from './poll-schedule.js';
import {
  createLoadRegistry,
  NOTHING_LOADED,
  sharedLoadRegistry,
  type LoadOutcome,
  type SharedLoad,
} from './shared-load.js';
import { sameOr } from './structural-share.js';
import type { InputsProgressCounts } from './types.js';

export type { FeedItem } from './page-rows.js';

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

/**
 * Called with the current snapshot whenever something in it changed. A change the listener
 * makes (e.g. `goToPage`) is announced to every listener after the current round.
 */
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
  /**
   * How many times a failed load is retried while polling is off (default 3; `false` or 0:
   * never). The retries wait 1 s, 2 s, 4 s, … (±20%, at most `maxBackoffMs`, never sooner
   * than `Retry-After`), shown as `live: 'backing-off'` with `nextPollAt`; after the last one
   * the feed stays in the error state (`live: 'stopped'`): `refresh()` tries once more, a
   * query change starts afresh. While polling, the poll's own back-off retries instead,
   * without a limit. A 4xx that retrying cannot fix (401, 403, 404, …) is never retried.
   */
  readonly retry?: number | false;
  /**
   * Share loads with every other feed created with `share: true` for the same client
   * configuration, job and query (default `false`). Clients that `createClient` made from
   * the same `baseUrl` and `apiKey` (and no `fetch` or `headers`) count as one
   * configuration, so separately built clients share too; any other client shares only with
   * itself. Such feeds make one request where each would make its own, all see each result,
   * and poll in step; a feed that subscribes or changes its query shows a shared result
   * younger than its `pollInterval` without a request. A load in flight is aborted only
   * when no feed waits for it, and the last feed of a key leaving forgets it.
   */
  readonly share?: boolean;
  /**
   * The clock of polls, back-off, its jitter and every time in a snapshot (default: the real
   * one). Give the same clock to the client, so one clock drives everything the feed does.
   */
  readonly clock?: Clock;
  /** Replaces single sources of the environment (visibility, online) in tests and embedded views. */
  readonly environment?: Partial<FeedEnvironment>;
}

/**
 * The live store of one job's inputs; create one with {@link createFeed}. Every method is
 * bound, so `feed.subscribe` and `feed.getSnapshot` can be passed around as plain functions
 * (e.g. to React's `useSyncExternalStore`).
 */
export interface InputProgressFeed {
  /** The job the feed shows. */
  readonly jobId: string;
  /** The client the feed loads through (e.g. for the job record or the traces of the same job). */
  readonly client: InputProgressClient;
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
   * Loads now (joining a load of the same query already in flight, also another shared
   * feed's) and resolves when that load settled; never rejects: failures land in the
   * snapshot. Works without subscribers too (a one-off load, nothing scheduled), e.g. in a
   * script.
   */
  refresh(): Promise<void>;
  /** Stops everything for good: no timer, listener or request is left behind. */
  destroy(): void;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One subscriber: its listener and the last snapshot it was handed. */
interface Subscription {
  readonly listener: FeedListener;
  seen: FeedSnapshot;
}

const filterKey = (query: Pagination) => `${query.portName} ${query.statuses}`;

/**
 * Creates the live store of one job's inputs: it loads a page and the per-status counts,
 * keeps them live on the schedule of {@link decidePoll}, and hands out immutable snapshots.
 *
 * Failures are retried by the feed's own backoff (visible as `live: 'backing-off'` with
 * `nextPollAt`), not by the client: the feed calls the client with `retry: { attempts: 0 }`,
 * so the two backoffs never stack and the user sees a failure as soon as it happens.
 *
 * Listeners are called through one queue shared by all feeds: a change made inside a
 * listener (or by a load that updates several feeds) is announced after the current round,
 * and every call hands the listener the feed's current snapshot, so none ends on an old one.
 *
 * @example
 * const feed = createFeed({ client: createClient({ baseUrl: '/api' }), jobId: 'job_123' });
 * const stop = feed.subscribe((s) => render(s.items, s.page, s.pageCount, s.live));
 */
export function createFeed(options: FeedOptions): InputProgressFeed {
  const { client, jobId } = options;
  const maxBackoffMs = options.maxBackoffMs ?? 60_000;
  const retryLimit = options.retry === false ? 0 : (options.retry ?? 3);
  let pollInterval = options.pollInterval ?? 5000;
  const env = createEnvironment(options.environment, options.clock);
  const registry = options.share ? sharedLoadRegistry() : createLoadRegistry();
  const clientKey = clientIdentity(client);
  const subscriptions = new Set<Subscription>();
  /** The shared load of the query on screen, while subscribed or during a one-off load. */
  let load: SharedLoad | null = null;
  /** The outcome of `load` the snapshot shows. */
  let shown: LoadOutcome | null = null;
  /** The rows of the last page shown, to share structure with (and ETA tracks). */
  let lastRows: PageRows | null = null;
  /** The query the shown items belong to; `null` before the first success. */
  let dataQuery: Pagination | null = null;
  /** The load of the last page, started when the list shrank below the current one. */
  let shrinkLoad: Promise<void> = Promise.resolve();
  let timer: unknown;
  let unlisten: Array<() => void> = [];
  let destroyed = false;
  const query = createPagination(options.query);
  let snapshot: FeedSnapshot = {
    status: 'idle',
    items: [],
    total: null,
    page: pageOf(query),
    pageCount: 0,
    query,
    counts: null,
    countsError: null,
    error: null,
    isFetching: false,
    isPlaceholder: false,
    lastUpdatedAt: null,
    live: 'stopped',
    nextPollAt: null,
    failureCount: 0,
  };

  // Every Pagination comes from createPagination, whose fields are always in one order.
  const loadKey = (query: Pagination) => JSON.stringify([clientKey, jobId, query]);

  /**
   * Queues a call of every listener. Each call finds out when it runs whether its listener
   * still needs one, and hands it the snapshot that is current then, never an older one.
   */
  function announce() {
    // Queue the whole round before any call runs: changes a listener makes come after it.
    batch(() => {
      for (const subscription of subscriptions) {
        schedule(() => {
          if (!subscriptions.has(subscription) || subscription.seen === snapshot) return;
          subscription.seen = snapshot;
          subscription.listener(snapshot);
        });
      }
    });
  }

  /**
   * Applies `patch`, re-decides the schedule (re-arming the one timer), and publishes a new
   * snapshot only when a field really changed.
   */
  function commit(patch: Partial<FeedSnapshot>) {
    if (destroyed) return;
    const next: Mutable<FeedSnapshot> = { ...snapshot, ...patch };
    const { counts } = next;
    const state = load?.state ?? NOTHING_LOADED;
    const { isFetching } = state;
    const decision = decidePoll({
      // Failures, retries and when the last load settled: shared by every feed of the query.
      ...state,
      subscribed: subscriptions.size > 0,
      pollInterval,
      active:
        !dataQuery ||
        next.items.some((row) => isActive(row.input.status)) ||
        // Unknown counts (e.g. their request failed) may hide active inputs on other pages.
        !counts ||
        counts.pending + counts.processing > 0,
      visible: env.isVisible(),
      online: env.isOnline(),
      retryLimit,
      maxBackoffMs,
    });
    env.clearTimeout(timer);
    timer = undefined;
    next.isFetching = isFetching;
    if (isFetching && !dataQuery) next.status = 'loading';
    next.live = decision.live;
    next.nextPollAt = isFetching ? null : decision.nextPollAt;
    if (next.nextPollAt !== null) {
      timer = env.setTimeout(() => loadPage(snapshot.query), next.nextPollAt - env.now());
    }
    next.page = pageOf(next.query);
    next.pageCount = next.total === null ? 0 : pageCountOf(next.query, next.total);
    const keys = Object.keys(next) as Array<keyof FeedSnapshot>;
    if (keys.some((key) => next[key] !== snapshot[key])) {
      snapshot = next;
      announce();
    }
  }

  /** The snapshot fields that change with the query: placeholder state and what stays valid. */
  function queryPatch(query: Pagination): Partial<FeedSnapshot> {
    const placeholder = !!dataQuery && dataQuery !== query;
    const otherFilter = placeholder && filterKey(dataQuery!) !== filterKey(query);
    const otherPort = placeholder && dataQuery!.portName !== query.portName;
    return {
      query,
      isPlaceholder: placeholder,
      // A placeholder's totals describe another filter; never show them as this one's.
      total: otherFilter ? null : snapshot.total,
      counts: otherPort ? null : snapshot.counts,
    };
  }

  /** Shows what the load of the feed's query knows: a new outcome, whether it is fetching. */
  function sync() {
    const outcome = load?.state.outcome ?? null;
    if (!outcome || outcome === shown) {
      commit({});
      return;
    }
    shown = outcome;
    if (!outcome.ok) {
      commit({ status: 'error', error: outcome.error, failureCount: load!.state.failureCount });
      return;
    }
    const query = snapshot.query;
    const clamped = clampToTotal(query, outcome.total);
    if (clamped !== query) {
      // The list shrank below this page: show its last page instead.
      commit({ total: outcome.total });
      shrinkLoad = loadPage(clamped);
      return;
    }
    dataQuery = query;
    lastRows = outcome;
    const { countsError } = outcome;
    commit({
      status: 'success',
      items: outcome.rows,
      total: outcome.total,
      // The counts of the previous load still describe this port (queryPatch drops others).
      counts: countsError ? snapshot.counts : sameOr(snapshot.counts, outcome.counts),
      countsError,
      error: null,
      isPlaceholder: false,
      failureCount: 0,
      lastUpdatedAt: outcome.at,
    });
  }

  /** Leaves the shared load; the last feed leaving it aborts its load in flight. */
  function leave() {
    load?.detach(sync);
    load = null;
    shown = null;
  }

  /**
   * Makes `query` the feed's query: attaches to its shared load (leaving the previous one)
   * and shows what that load already knows.
   */
  function follow(query: Pagination) {
    const key = loadKey(query);
    if (load?.key !== key) {
      leave();
      load = registry.get(key);
      load.attach(sync);
    }
    commit(queryPatch(query));
    sync();
  }

  /** Lets go of the shared load when nobody subscribes and no one-off load of ours runs. */
  function leaveIfUnwatched() {
    if (!subscriptions.size && !load?.state.isFetching) leave();
  }

  /**
   * Loads `query` (joining a load of it in flight) and resolves when that load settled. With
   * `reuseFresh`, a shared result younger than the poll interval is shown instead.
   */
  function loadPage(query: Pagination, reuseFresh = false): Promise<void> {
    if (destroyed) return Promise.resolve();
    // Listeners hear of the new query and of the load starting once, not of each step.
    return batch(() => {
      follow(query);
      const { outcome } = load!.state;
      const fresh = outcome?.ok && env.now() - outcome.at < pollInterval;
      const loading =
        !env.isOnline() || (reuseFresh && fresh)
          ? Promise.resolve()
          : load!.load({ client, jobId, query, clock: env, previous: lastRows });
      return loading.then(leaveIfUnwatched);
    });
  }

  function start() {
    if (destroyed) return;
    unlisten = [
      env.onVisibilityChange(() => {
        // Back in view: refresh at once if polling was only paused for being hidden. After
        // failures the backoff (and Retry-After) decides instead, via commit: an overdue
        // retry runs now, an early one waits.
        if (env.isVisible() && snapshot.live === 'paused-hidden' && !snapshot.failureCount) {
          loadPage(snapshot.query);
        } else commit({});
      }),
      env.onOnlineChange(() => {
        const online = env.isOnline();
        if (!online) load?.cancel();
        if (online && snapshot.live === 'offline' && !load?.state.fatal) loadPage(snapshot.query);
        else commit({});
      }),
    ];
    loadPage(snapshot.query, true);
  }

  function stop() {
    for (const off of unlisten) off();
    unlisten = [];
    leave();
    commit({});
  }

  function setQuery(query: Pagination) {
    if (query === snapshot.query) return;
    if (subscriptions.size) loadPage(query, true);
    else {
      // No subscriber: nothing reloads, but a refresh() of the old query must not land.
      leave();
      commit(queryPatch(query));
    }
  }

  commit({});
  return {
    jobId,
    client,
    subscribe(listener) {
      const subscription: Subscription = { listener, seen: snapshot };
      subscriptions.add(subscription);
      if (subscriptions.size === 1) start();
      return () => {
        if (subscriptions.delete(subscription) && !subscriptions.size) stop();
      };
    },
    getSnapshot: () => snapshot,
    setQuery: (patch) => setQuery(updatePagination(snapshot.query, patch)),
    goToPage: (page) => setQuery(goToPage(snapshot.query, page, snapshot.total)),
    nextPage: () => setQuery(nextPage(snapshot.query, snapshot.total)),
    previousPage: () => setQuery(previousPage(snapshot.query)),
    // Also waits for the load of the last page when the list shrank below the current one.
    refresh: () => loadPage(snapshot.query).then(() => shrinkLoad),
    setPollInterval(ms) {
      pollInterval = ms;
      commit({});
    },
    destroy() {
      subscriptions.clear();
      stop();
      destroyed = true;
    },
  };
}
