import { clientIdentity } from './client-identity.js';
import { createEnvironment } from './environment.js';
import { createListeners } from './feed-listeners.js';
import { initialSnapshot, queryPatch, successPatch } from './feed-snapshot.js';
import type { FeedOptions, FeedSnapshot, InputProgressFeed } from './feed-types.js';
import { batch } from './notify-queue.js';
import { isActive, type PageRows } from './page-rows.js';
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
} from './pagination.js';
import { decidePoll } from './poll-schedule.js';
import { createLoadRegistry, sharedLoadRegistry } from './load-registry.js';
import { NOTHING_LOADED, type LoadOutcome, type SharedLoad } from './shared-load.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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
  const listeners = createListeners<FeedSnapshot>();
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
  /** The one timer of the feed: the next poll or retry. */
  let pollTimer: unknown;
  /** Stops listening to visibility and network changes (while subscribed). */
  let unlisten: Array<() => void> = [];
  let destroyed = false;
  let snapshot = initialSnapshot(createPagination(options.query));

  // Every Pagination comes from createPagination, whose fields are always in one order.
  const loadKey = (query: Pagination) => JSON.stringify([clientKey, jobId, query]);

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
      subscribed: listeners.size > 0,
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
    env.clearTimeout(pollTimer);
    pollTimer = undefined;
    next.isFetching = isFetching;
    if (isFetching && !dataQuery) next.status = 'loading';
    next.live = decision.live;
    next.nextPollAt = isFetching ? null : decision.nextPollAt;
    if (next.nextPollAt !== null) {
      pollTimer = env.setTimeout(() => loadPage(snapshot.query), next.nextPollAt - env.now());
    }
    next.page = pageOf(next.query);
    next.pageCount = next.total === null ? 0 : pageCountOf(next.query, next.total);
    const keys = Object.keys(next) as Array<keyof FeedSnapshot>;
    if (keys.some((key) => next[key] !== snapshot[key])) {
      snapshot = next;
      listeners.announce(() => snapshot);
    }
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
    commit(successPatch(snapshot, outcome));
  }

  /**
   * Leaves the shared load; the last feed leaving it aborts its load in flight, at once or
   * (a feed that stops, and may be subscribed again in this task) at the end of the task.
   */
  function leave(when: 'now' | 'end-of-task' = 'now') {
    load?.detach(sync, when);
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
    commit(queryPatch(snapshot, dataQuery, query));
    sync();
  }

  /** Lets go of the shared load when nobody subscribes and no one-off load of ours runs. */
  function leaveIfUnwatched() {
    if (!listeners.size && !load?.state.isFetching) leave();
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

  /** Whether the last failure's `Retry-After` (as far as it is honoured) is not over yet. */
  function serverAskedToWait() {
    const { retryAfterMs, settledAt } = load?.state ?? NOTHING_LOADED;
    return retryAfterMs !== null && env.now() < settledAt + Math.min(retryAfterMs, maxBackoffMs);
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
        // Back online: load at once, whatever our own backoff had planned (the failures were
        // most likely the network). A Retry-After the server sent still holds: commit waits.
        if (online && snapshot.live === 'offline' && !load?.state.fatal && !serverAskedToWait())
          loadPage(snapshot.query);
        else commit({});
      }),
    ];
    loadPage(snapshot.query, true);
  }

  function stop() {
    for (const off of unlisten) off();
    unlisten = [];
    leave('end-of-task');
    commit({});
  }

  function setQuery(query: Pagination) {
    if (query === snapshot.query) return;
    if (listeners.size) loadPage(query, true);
    else {
      // No subscriber: nothing reloads, but a refresh() of the old query must not land.
      leave();
      commit(queryPatch(snapshot, dataQuery, query));
    }
  }

  commit({});
  return {
    jobId,
    client,
    clock: env,
    subscribe(listener) {
      const subscription = listeners.add(listener, snapshot);
      if (subscription.first) start();
      return () => {
        if (subscription.remove() && !listeners.size) stop();
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
      listeners.clear();
      stop();
      destroyed = true;
    },
  };
}
