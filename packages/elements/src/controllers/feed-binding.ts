/**
 * Owns the life of the feed an element shows: builds it from the element's configuration or
 * adopts one handed in, subscribes while the element is connected, destroys only what it built,
 * and hands the element the latest snapshot. The element renders that snapshot and nothing else.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  createClient,
  createFeed,
  type FeedSnapshot,
  type InputProgressClient,
  type InputProgressFeed,
  type PaginationInit,
} from '@input-progress/core';
import { clock } from '../clock.js';

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
  /** The first query of a built feed. */
  readonly query: Partial<PaginationInit>;
  /** Ms between polls of a built feed (`0`: none). */
  readonly pollInterval: number;
}

/** The feeds the elements build tell time by the elements' clock (tests advance it). */
const environment = {
  now: clock.now,
  setTimeout: clock.setTimeout,
  clearTimeout: clock.clearTimeout,
};

/** Connects one element to one feed at a time. */
export class FeedBinding implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #feed: InputProgressFeed | null = null;
  /** Whether `#feed` was built here (and so is destroyed here). */
  #owned = false;
  #snapshot: FeedSnapshot | null = null;
  #unsubscribe: (() => void) | null = null;
  #connected = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The feed shown, or null when the source names neither a feed nor a job. */
  get feed(): InputProgressFeed | null {
    return this.#feed;
  }

  /** The feed's latest snapshot (null without a feed); a new object only when something changed. */
  get snapshot(): FeedSnapshot | null {
    return this.#snapshot;
  }

  /**
   * Switches to the feed `source` describes: the one handed in, else a new one for its job
   * (null when there is neither). The feed built before is destroyed, aborting its request.
   */
  bind(source: FeedSource): void {
    const { feed, jobId } = source;
    // The same adopted feed again (only base-url or the key changed): nothing to rebuild, and
    // resubscribing would abort its load in flight.
    if (feed && feed === this.#feed) return;
    const next =
      feed ??
      (jobId
        ? createFeed({
            client:
              source.client ??
              createClient({
                baseUrl: source.baseUrl || undefined,
                apiKey: source.apiKey || undefined,
              }),
            jobId,
            query: source.query,
            pollInterval: source.pollInterval,
            environment,
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
    this.#snapshot = next?.getSnapshot() ?? null;
    // Subscribed in hostUpdated, after this update rendered the feed as it was: a hydrating
    // element's first render then matches the server's (which never subscribes).
    this.#host.requestUpdate();
  }

  /** Changes the feed's query: filters, order, port and page size, or the offset. */
  setQuery(patch: Partial<PaginationInit>): void {
    this.#feed?.setQuery(patch);
  }

  /** Changes the polling interval of a feed built here; an adopted feed keeps its owner's. */
  setPollInterval(ms: number): void {
    if (this.#owned) this.#feed?.setPollInterval(ms);
  }

  /** Loads the current page now; resolves when that load settled (never rejects). */
  async refresh(): Promise<void> {
    await this.#feed?.refresh();
  }

  hostConnected(): void {
    this.#connected = true;
    // Put back after a removal: resume at once (a first connection has no feed yet).
    this.#subscribe();
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
    // Lit folds the requests of one task into a single update.
    this.#host.requestUpdate();
  }
}
