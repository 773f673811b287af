// The feed's public types: its snapshot, options, listener and methods.
import type { InputProgressClient } from './client-options.js';
import type { Clock } from './clock.js';
import type { FeedEnvironment } from './environment.js';
import type { InputProgressError } from './errors.js';
import type { FeedItem } from './page-rows.js';
import type { Pagination, PaginationInit } from './pagination.js';
import type { LiveState } from './poll-schedule.js';
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
  /**
   * Items the answer behind `items` held beyond the page size asked for (`query.limit`): the
   * feed keeps at most `limit` rows and ignores the rest, so a server (or a proxy) sending
   * thousands of items renders no more rows than the page has room for. 0 normally; more
   * means the server does not honour `limit` (a UI may warn once; the elements fire
   * `input-progress-warning`).
   */
  readonly ignoredItems: number;
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
  /** The clock the feed runs on: `nextPollAt`, `lastUpdatedAt` and every time in a snapshot are its times. */
  readonly clock: Clock;
  /**
   * Adds a listener, called with each new snapshot; returns the unsubscribe function. The
   * first subscriber starts loading and polling; the last one leaving stops everything (a
   * load in flight at the end of that task, so a subscriber coming back within it, as React
   * StrictMode's second effect does, takes up that load instead of sending another).
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
  /**
   * Stops everything for good: no timer, listener or request is left behind (a load in
   * flight is aborted at the end of the task, unless another feed of a shared key takes it up).
   */
  destroy(): void;
}
