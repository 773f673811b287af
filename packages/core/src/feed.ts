import type { InputProgressClient } from './client.js';
import { createEnvironment, type FeedEnvironment } from './environment.js';
import { ApiError, InputProgressError } from './errors.js';
import { createEtaTracker } from './eta.js';
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
import { Subscribable } from './listeners.js';
import { replaceEqualDeep, shareRows } from './structural-share.js';
import type { InputProgressItem, InputsProgressCounts, InputsProgressPage } from './types.js';

/** One row of the feed: the API's item plus what the feed derives from it. */
export interface FeedItem extends InputProgressItem {
  /** Percent complete, 0–100, or `null` when the metrics cannot tell (never NaN). */
  readonly percent: number | null;
  /** Estimated ms remaining as of the latest progress row; `null` until two samples show progress, and once finished. */
  readonly eta: number | null;
}

/** `idle` before the first load, `loading` while there is no data yet, then `success` or `error`. */
export type FeedStatus = 'idle' | 'loading' | 'success' | 'error';

/** Everything a UI renders, as one immutable object. */
export interface FeedSnapshot {
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
  readonly jobId: string;
  /** The first query; invalid fields fall back to defaults. */
  readonly query?: Partial<PaginationInit>;
  /** Ms between polls while inputs are pending or processing (default 5 000); `0` turns polling off. */
  readonly pollInterval?: number;
  /** The longest wait after failures (default 60 000 ms). */
  readonly maxBackoffMs?: number;
  /** Replaces the clock, timers, visibility or online sources (tests, Node, embedded views). */
  readonly environment?: Partial<FeedEnvironment>;
}

interface Load {
  readonly controller: AbortController;
  readonly query: Pagination;
  promise: Promise<void>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const isActive = (status: string) => status === 'pending' || status === 'processing';
/** Failures a retry cannot fix (every 4xx but 408 and 429): stop until something changes. */
const isFatal = (error: InputProgressError) =>
  error instanceof ApiError && error.status < 500 && error.status !== 408 && error.status !== 429;
const filterKey = (q: Pagination) => `${q.portName} ${q.statuses}`;

/**
 * The live store of one job's inputs: loads a page and the counts, keeps them live, and
 * hands out immutable snapshots. Work starts with the first subscriber and stops with the
 * last. `subscribe` and `getSnapshot` are bound, so they can be passed around as functions
 * (e.g. to React's `useSyncExternalStore`).
 *
 * Failures are retried by the feed's own backoff (visible as `live: 'backing-off'` with
 * `nextPollAt`), not by the client: the feed calls the client with `retry: { attempts: 0 }`
 * so the two never stack.
 */
export class InputProgressFeed extends Subscribable<FeedListener> {
  readonly #client: InputProgressClient;
  readonly #jobId: string;
  readonly #pollInterval: number;
  readonly #maxBackoffMs: number;
  readonly #env: FeedEnvironment;
  readonly #eta = createEtaTracker();
  #snapshot: FeedSnapshot;
  #load: Load | null = null;
  #timer: unknown;
  #unlisten: Array<() => void> = [];
  /** The query the shown items belong to; `null` before the first success. */
  #dataQuery: Pagination | null = null;
  #fatal = false;
  #retryAfterMs: number | null = null;
  #random = 0.5;
  #settledAt = 0;
  #destroyed = false;

  constructor(options: FeedOptions) {
    super();
    this.#client = options.client;
    this.#jobId = options.jobId;
    this.#pollInterval = options.pollInterval ?? 5000;
    this.#maxBackoffMs = options.maxBackoffMs ?? 60_000;
    this.#env = createEnvironment(options.environment);
    const query = createPagination(options.query);
    this.#snapshot = {
      status: 'idle',
      items: [],
      total: null,
      page: pageOf(query),
      pageCount: 0,
      query,
      counts: null,
      error: null,
      isFetching: false,
      isPlaceholder: false,
      lastUpdatedAt: null,
      live: 'stopped',
      nextPollAt: null,
      failureCount: 0,
    };
    this.subscribe = this.subscribe.bind(this);
    this.getSnapshot = this.getSnapshot.bind(this);
  }

  /** The current snapshot: the same object until something in it really changed. */
  getSnapshot(): FeedSnapshot {
    return this.#snapshot;
  }

  /** Changes filters, order, port or page size (back to the first page) or the offset. */
  setQuery(patch: Partial<PaginationInit>): void {
    this.#setQuery(updatePagination(this.#snapshot.query, patch));
  }

  /** Goes to page `page` (1-based), clamped to the known page count. */
  goToPage(page: number): void {
    this.#setQuery(goToPage(this.#snapshot.query, page, this.#snapshot.total));
  }

  /** Goes to the next page, if there is one. */
  nextPage(): void {
    this.#setQuery(nextPage(this.#snapshot.query, this.#snapshot.total));
  }

  /** Goes to the previous page, if there is one. */
  previousPage(): void {
    this.#setQuery(previousPage(this.#snapshot.query));
  }

  /**
   * Loads now (joining a load of the same query already in flight) and resolves when that
   * load settled; never rejects: failures land in the snapshot. Works without subscribers
   * too (a one-off load, nothing scheduled), e.g. in a script.
   */
  refresh(): Promise<void> {
    return this.#fetch(this.#snapshot.query);
  }

  /** Stops everything for good: no timer, listener or request is left behind. */
  destroy(): void {
    this.listeners.clear();
    this.#stop();
    this.#destroyed = true;
  }

  protected override onSubscribe(): void {
    if (this.#destroyed) return;
    const env = this.#env;
    this.#unlisten = [env.onVisibilityChange(() => this.#onVisibility()), env.onOnlineChange(() => this.#onOnline())];
    void this.#fetch(this.#snapshot.query);
  }

  protected override onUnsubscribe(): void {
    this.#stop();
  }

  #stop() {
    for (const unlisten of this.#unlisten) unlisten();
    this.#unlisten = [];
    this.#abort();
    this.#commit({});
  }

  #abort() {
    this.#load?.controller.abort();
    this.#load = null;
  }

  #onVisibility() {
    // Back in view: refresh at once if polling was only paused for being hidden.
    if (this.#env.isVisible() && this.#snapshot.live === 'paused-hidden') void this.#fetch(this.#snapshot.query);
    else this.#commit({});
  }

  #onOnline() {
    if (!this.#env.isOnline()) this.#abort();
    if (this.#env.isOnline() && this.#snapshot.live === 'offline' && !this.#fatal) void this.#fetch(this.#snapshot.query);
    else this.#commit({});
  }

  #setQuery(query: Pagination) {
    if (query === this.#snapshot.query) return;
    this.#fatal = false;
    if (this.listeners.size) void this.#fetch(query);
    else this.#commit(this.#queryPatch(query));
  }

  /** The snapshot fields that change with the query: placeholder state and what stays valid. */
  #queryPatch(query: Pagination): Partial<FeedSnapshot> {
    const data = this.#dataQuery;
    const { total, counts } = this.#snapshot;
    const placeholder = !!data && data !== query;
    return {
      query,
      isPlaceholder: placeholder,
      // A placeholder's totals describe another filter; never show them as this one's.
      total: placeholder && filterKey(data) !== filterKey(query) ? null : total,
      counts: placeholder && data.portName !== query.portName ? null : counts,
    };
  }

  #fetch(query: Pagination): Promise<void> {
    if (this.#destroyed) return Promise.resolve();
    if (!this.#env.isOnline()) {
      this.#commit(this.#queryPatch(query));
      return Promise.resolve();
    }
    if (this.#load?.query === query) return this.#load.promise;
    this.#abort();
    const controller = new AbortController();
    const init = { signal: controller.signal, retry: { attempts: 0 } };
    const load: Load = { controller, query, promise: Promise.resolve() };
    this.#load = load;
    load.promise = new Promise<[InputsProgressPage, InputsProgressCounts]>((resolve) =>
      resolve(
        Promise.all([
          this.#client.listInputsProgress(this.#jobId, query, init),
          this.#client.getInputsProgressCounts(this.#jobId, { portName: query.portName }, init),
        ]),
      ),
    ).then(
      ([page, counts]) => (this.#load === load ? this.#succeed(query, page, counts) : undefined),
      (error: unknown) => {
        // An aborted load is obsolete, never a failure; a late answer of an old query is dropped.
        if (this.#load !== load || controller.signal.aborted) return;
        this.#abort();
        this.#fail(error);
      },
    );
    this.#commit({
      ...this.#queryPatch(query),
      status: this.#dataQuery ? this.#snapshot.status : 'loading',
    });
    return load.promise;
  }

  #succeed(query: Pagination, page: InputsProgressPage, counts: InputsProgressCounts): Promise<void> | void {
    this.#load = null;
    const clamped = clampToTotal(query, page.total);
    if (clamped !== query) {
      // The list shrank below this page: show its last page instead.
      this.#commit({ total: page.total });
      return this.#fetch(clamped);
    }
    const eta = this.#eta;
    const items = shareRows<FeedItem>(
      this.#snapshot.items,
      page.items.map((item) => {
        const { input, latestProgress } = item;
        const percent = derivePercent(input.status, latestProgress?.metrics);
        const finished = input.status === 'completed' || input.status === 'failed';
        return { ...item, percent, eta: eta.update(input.id, percent, latestProgress?.createdAt, finished) };
      }),
      (row) => row.input.id,
    );
    eta.retain(new Set(items.map((row) => row.input.id)));
    this.#dataQuery = query;
    this.#fatal = false;
    this.#retryAfterMs = null;
    this.#settledAt = this.#env.now();
    this.#commit({
      status: 'success',
      items,
      total: page.total,
      counts: replaceEqualDeep(this.#snapshot.counts, counts),
      error: null,
      isPlaceholder: false,
      failureCount: 0,
      lastUpdatedAt: this.#settledAt,
    });
  }

  #fail(cause: unknown) {
    const error =
      cause instanceof InputProgressError
        ? cause
        : new InputProgressError(String((cause as Error)?.message ?? cause), { cause });
    this.#fatal = isFatal(error);
    this.#retryAfterMs = (error as ApiError).retryAfterMs ?? null;
    this.#random = Math.random();
    this.#settledAt = this.#env.now();
    this.#commit({ status: 'error', error, failureCount: this.#snapshot.failureCount + 1 });
  }

  /**
   * Applies `patch`, re-decides the schedule (re-arming the one timer), and publishes a new
   * snapshot only when a field really changed.
   */
  #commit(patch: Partial<FeedSnapshot>) {
    if (this.#destroyed) return;
    const env = this.#env;
    const previous = this.#snapshot;
    const next: Mutable<FeedSnapshot> = { ...previous, ...patch };
    const counts = next.counts;
    const decision = decidePoll({
      pollInterval: this.#pollInterval,
      subscribed: this.listeners.size > 0,
      active:
        !this.#dataQuery ||
        next.items.some((row) => isActive(row.input.status)) ||
        (!!counts && counts.pending + counts.processing > 0),
      visible: env.isVisible(),
      online: env.isOnline(),
      fatal: this.#fatal,
      failureCount: next.failureCount,
      retryAfterMs: this.#retryAfterMs,
      settledAt: this.#settledAt,
      maxBackoffMs: this.#maxBackoffMs,
      random: this.#random,
    });
    if (this.#timer !== undefined) env.clearTimeout(this.#timer);
    this.#timer = undefined;
    next.isFetching = !!this.#load;
    next.live = decision.live;
    next.nextPollAt = this.#load ? null : decision.nextPollAt;
    if (next.nextPollAt !== null) {
      this.#timer = env.setTimeout(
        () => {
          this.#timer = undefined;
          void this.#fetch(this.#snapshot.query);
        },
        Math.max(0, next.nextPollAt - env.now()),
      );
    }
    next.page = pageOf(next.query);
    next.pageCount = next.total === null ? 0 : pageCountOf(next.query, next.total);
    if (!(Object.keys(next) as Array<keyof FeedSnapshot>).some((key) => next[key] !== previous[key])) return;
    const snapshot = Object.freeze(next);
    this.#snapshot = snapshot;
    for (const listener of this.listeners) {
      try {
        listener(snapshot);
      } catch (error) {
        // One broken listener must not break the feed or the other listeners.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}

/** Creates a live feed of one job's inputs; see {@link InputProgressFeed}. */
export const createFeed = (options: FeedOptions): InputProgressFeed => new InputProgressFeed(options);
