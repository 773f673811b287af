/**
 * Turns the snapshots an element renders into its events: `input-progress-update` for new data,
 * `input-progress-error` for a new failure (or a missing job), `input-progress-settle` for each
 * input that finished, `input-progress-warning` once per feed for trouble worked around (more
 * items than asked for); and hands each change to `onChange` (what the list announces). Runs
 * after each update, so events describe what is on screen.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { InputProgressError } from '@input-progress/core';
import { type FeedSnapshot, type InputProgressFeed } from '@input-progress/core';
import {
  InputProgressErrorEvent,
  InputProgressSettleEvent,
  InputProgressUpdateEvent,
  InputProgressWarningEvent,
} from '../events.js';
import { settledSince, type Settled } from '../settled-items.js';

/** Options of {@link SnapshotEvents}. */
export interface SnapshotEventsOptions {
  /** The feed shown and its snapshot, as the host rendered them. */
  readonly source: () => {
    readonly feed: InputProgressFeed | null;
    readonly snapshot: FeedSnapshot | null;
  };
  /** The error reported when there is no feed (neither a job id nor a feed). */
  readonly missing: () => InputProgressError;
  /** Receives each new snapshot rendered, with the one before it and what finished in between. */
  readonly onChange?: (change: SnapshotChange) => void;
}

/** One snapshot rendered after another. */
export interface SnapshotChange {
  /** The snapshot rendered before, of the same feed; null for a feed's first one. */
  readonly previous: FeedSnapshot | null;
  readonly snapshot: FeedSnapshot;
  /** What finished between the two. */
  readonly settled: Settled;
}

/** Dispatches the events that follow from one snapshot to the next. */
export class SnapshotEvents implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: SnapshotEventsOptions;
  /** What the last update showed; `undefined` before the first one. */
  #feed: InputProgressFeed | null | undefined = undefined;
  #snapshot: FeedSnapshot | null = null;
  /** The feed, items, counts and total of the last update event. */
  #emitted: readonly unknown[] = [];
  /** Feeds this element already warned about: a server ignoring `limit` does so on every poll. */
  readonly #warned = new WeakSet<InputProgressFeed>();

  constructor(host: ReactiveElement, options: SnapshotEventsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    const { feed, snapshot } = this.#options.source();
    const sameFeed = feed === this.#feed;
    if (sameFeed && snapshot === this.#snapshot) return;
    const previous = sameFeed ? this.#snapshot : null;
    this.#feed = feed;
    this.#snapshot = snapshot;
    if (!feed) {
      if (!sameFeed)
        this.#dispatch(
          new InputProgressErrorEvent({ error: this.#options.missing(), stale: false }),
        );
      return;
    }
    if (!snapshot) return;
    // Only new data: a poll that found everything as it was keeps the feed's items, counts
    // and total (the same objects), and says nothing.
    const data = [feed, snapshot.items, snapshot.counts, snapshot.total];
    if (snapshot.lastUpdatedAt !== null && data.some((value, i) => value !== this.#emitted[i])) {
      this.#emitted = data;
      this.#dispatch(new InputProgressUpdateEvent({ snapshot }));
    }
    if (snapshot.error && snapshot.error !== previous?.error) {
      this.#dispatch(
        new InputProgressErrorEvent({ error: snapshot.error, stale: snapshot.items.length > 0 }),
      );
    }
    if (snapshot.ignoredItems > 0 && !this.#warned.has(feed)) {
      this.#warned.add(feed);
      const { ignoredItems, query } = snapshot;
      const message = `The server sent ${ignoredItems} more items than the ${query.limit} asked for; they are not shown.`;
      this.#dispatch(new InputProgressWarningEvent({ code: 'ignored-items', message, snapshot }));
    }
    const settled = settledSince(previous, snapshot);
    for (const { item, status } of settled.inputs) {
      const { id, data: input } = item.input;
      this.#dispatch(
        new InputProgressSettleEvent({ inputId: id, filename: input.filename, status, item }),
      );
    }
    this.#options.onChange?.({ previous, snapshot, settled });
  }

  #dispatch(event: Event): void {
    this.#host.dispatchEvent(event);
  }
}
