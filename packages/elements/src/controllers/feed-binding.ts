/**
 * Owns the life of the feed an element shows, configured once in the style of `@lit/task`:
 * the element says where the feed comes from (`source`) and how often it polls
 * (`pollInterval`) as functions of itself, and the binding notices their changes before each
 * update. It builds the feed or adopts one handed in, subscribes while the element is
 * connected, destroys only what it built, and hands the element the latest snapshot.
 *
 * The query has one owner, the feed: {@link FeedBinding.query} reads it and
 * {@link FeedBinding.setQuery} writes it (kept here only until a feed exists). The element's
 * query properties are views of it, never copies.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import {
  createClient,
  createFeed,
  createPagination,
  type Clock,
  type FeedSnapshot,
  type InputProgressClient,
  type InputProgressFeed,
  type Pagination,
  type PaginationInit,
} from '@input-progress/core';

/** Ms between polls of a built feed when the element's `poll-interval` is not a valid number. */
export const DEFAULT_POLL_INTERVAL = 5000;

/** `ms` when it is a valid polling interval (a number ≥ 0), else the default. */
export const validPollInterval = (ms: number): number =>
  Number.isFinite(ms) && ms >= 0 ? ms : DEFAULT_POLL_INTERVAL;

/** Where a feed comes from: one handed in, or one built for a job. */
export interface FeedSource {
  /** A feed to show as it is (adopted: never destroyed, its polling interval stays its owner's; the element's query controls still move it). */
  readonly feed: InputProgressFeed | null;
  /** The job to build a feed for when no `feed` is given. */
  readonly jobId: string | null;
  /** The API root for a built client (core's default when null). */
  readonly baseUrl: string | null;
  /** The key for a built client; only ever sent as a header by core. */
  readonly apiKey: string | null;
  /** A client to build the feed on instead of one made from `baseUrl` and `apiKey`. */
  readonly client: InputProgressClient | null;
  /** The clock of a built client and feed. */
  readonly clock: Clock;
}

/** An element whose properties name its feed's source (both elements are). */
export type FeedSourceHost = FeedSource & { readonly pollInterval: number };

/** The source an element's properties describe. */
export const sourceOf = ({ feed, jobId, baseUrl, apiKey, client, clock }: FeedSourceHost) => ({
  feed,
  jobId,
  baseUrl,
  apiKey,
  client,
  clock,
});

/** Options of {@link FeedBinding}: functions of the host, read before each update. */
export interface FeedBindingOptions {
  /** Where the feed comes from; a change of any field means another feed. */
  readonly source: () => FeedSource;
  /** Ms between polls of a built feed (`0`: none); an adopted feed keeps its owner's. */
  readonly pollInterval: () => number;
  /** The first query of a feed built before any {@link FeedBinding.setQuery} (default: core's). */
  readonly query?: () => Partial<PaginationInit>;
  /**
   * Host properties that show the feed's query, each with how it reads the query. When the
   * query moves (the element's controls, clamping, another element sharing the feed), the host
   * is told which of them changed, so Lit reflects them and `changedProperties` names them.
   */
  readonly queryProperties?: Readonly<Record<string, (query: Pagination) => unknown>>;
}

const SOURCE_FIELDS = ['feed', 'jobId', 'baseUrl', 'apiKey', 'client', 'clock'] as const;
const sameSource = (a: FeedSource | null, b: FeedSource) =>
  !!a && SOURCE_FIELDS.every((field) => a[field] === b[field]);

/** Connects one element to one feed at a time. */
export class FeedBinding implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: FeedBindingOptions;
  #source: FeedSource | null = null;
  #pollInterval: number | null = null;
  #feed: InputProgressFeed | null = null;
  /** Whether `#feed` was built here (and so is destroyed here). */
  #owned = false;
  #snapshot: FeedSnapshot | null = null;
  /** The query set while there is no feed: the first query of the next one built. */
  #pending: Partial<PaginationInit> | null = null;
  /** The query last shown, for telling the host which query properties changed. */
  #query: Pagination;
  #unsubscribe: (() => void) | null = null;
  #connected = false;

  constructor(host: ReactiveElement, options: FeedBindingOptions) {
    this.#host = host;
    this.#options = options;
    this.#query = createPagination(options.query?.());
    host.addController(this);
  }

  /** The feed shown, or null when the source names neither a feed nor a job. */
  get feed(): InputProgressFeed | null {
    this.#sync();
    return this.#feed;
  }

  /** The feed's latest snapshot (null without a feed); a new object only when something changed. */
  get snapshot(): FeedSnapshot | null {
    this.#sync();
    return this.#snapshot;
  }

  /** The query: the feed's, or the one the next feed will start with. */
  get query(): Pagination {
    this.#sync();
    // The feed's own even while disconnected (when its snapshots are not followed).
    return this.#feed?.getSnapshot().query ?? this.#query;
  }

  /** Changes the query: filters, order, port and page size, or the offset. */
  setQuery(patch: Partial<PaginationInit>): void {
    this.#sync();
    if (this.#feed) return this.#feed.setQuery(patch);
    // Raw until a feed validates it: `offset="40" status="failed"` must not reset the offset
    // just because the attributes arrived in that order.
    this.#pending = { ...this.#pending, ...patch };
    this.#show(createPagination({ ...this.#options.query?.(), ...this.#pending }));
  }

  /** Loads the current page now; resolves when that load settled (never rejects). */
  async refresh(): Promise<void> {
    await this.feed?.refresh();
  }

  hostConnected(): void {
    this.#connected = true;
    // Put back after a removal: resume at once (a first connection has no feed yet).
    this.#subscribe();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostUpdated(): void {
    // After the update completed: subscribing starts the feed, whose first snapshot asks
    // for the next update (asking from inside this one would make Lit update twice in a row).
    if (this.#feed && this.#connected && !this.#unsubscribe)
      void this.#host.updateComplete.then(() => this.#subscribe());
  }

  hostDisconnected(): void {
    // The last subscriber leaving stops the feed's requests, timers and listeners; the feed
    // and its data stay, so putting the element back shows the rows at once and resumes.
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    // The feed's snapshot as it stands now that it stopped (no longer backing off or live).
    if (this.#feed) this.#snapshot = this.#feed.getSnapshot();
  }

  /**
   * Follows the host's configuration: another source binds another feed, another interval
   * goes to the feed built here. Called before each update and by every reader, so a server
   * render (which runs no `hostUpdate`) sees the same feed as the browser's first render.
   */
  #sync(): void {
    const source = this.#options.source();
    if (!sameSource(this.#source, source)) this.#bind(source);
    const pollInterval = this.#options.pollInterval();
    if (pollInterval !== this.#pollInterval) {
      this.#pollInterval = pollInterval;
      if (this.#owned) this.#feed?.setPollInterval(pollInterval);
    }
  }

  /**
   * Switches to the feed `source` describes: the one handed in, else a new one for its job
   * (null when there is neither), starting at the current query. The feed built before is
   * destroyed, aborting its request.
   */
  #bind(source: FeedSource): void {
    const previous = this.#source;
    this.#source = source;
    const { feed, jobId } = source;
    // The same adopted feed again (only base-url, the key or the clock changed): nothing to
    // rebuild, and resubscribing would abort its load in flight.
    if (feed && feed === previous?.feed) return;
    this.#pollInterval = this.#options.pollInterval();
    // The query as it stands: the feed's own, which may have moved since it was last shown
    // (a page size set before it was subscribed, then the clock: the order React sets them).
    const query = this.#feed?.getSnapshot().query ?? this.#query;
    const next =
      feed ??
      (jobId
        ? createFeed({
            client:
              source.client ??
              createClient({
                baseUrl: source.baseUrl || undefined,
                apiKey: source.apiKey || undefined,
                clock: source.clock,
              }),
            jobId,
            query,
            pollInterval: this.#pollInterval,
            clock: source.clock,
            // Elements on one page showing the same job and query (a list and its header, two
            // dashboards) share one load per interval instead of polling twice.
            share: true,
          })
        : null);
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    if (this.#owned) this.#feed?.destroy();
    this.#feed = next;
    this.#owned = !feed && !!next;
    if (next) this.#pending = null;
    this.#snapshot = next?.getSnapshot() ?? null;
    if (this.#snapshot) this.#show(this.#snapshot.query);
    // Subscribed in hostUpdated, after this update rendered the feed as it was: a hydrating
    // element's first render then matches the server's (which never subscribes).
    this.#host.requestUpdate();
  }

  #subscribe(): void {
    const feed = this.#feed;
    if (!feed || !this.#connected || this.#unsubscribe) return;
    // The feed's current snapshot rather than the one passed: a listener that changes the feed
    // from inside its callback could otherwise leave this element on an older one.
    this.#unsubscribe = feed.subscribe(() => this.#take(feed.getSnapshot()));
    // The feed may have moved on while nobody listened.
    this.#take(feed.getSnapshot());
  }

  #take(snapshot: FeedSnapshot): void {
    if (snapshot === this.#snapshot) return;
    this.#snapshot = snapshot;
    this.#show(snapshot.query);
    // Lit folds the requests of one task into a single update.
    this.#host.requestUpdate();
  }

  /** Makes `query` the one shown, telling the host which of its query properties moved. */
  #show(query: Pagination): void {
    const shown = this.#query;
    if (query === shown) return;
    this.#query = query;
    for (const [name, read] of Object.entries(this.#options.queryProperties ?? {})) {
      const before = read(shown);
      if (before !== read(query)) this.#host.requestUpdate(name, before);
    }
  }
}
