/**
 * What the list tells screen-reader users, once each, as the snapshots it renders change:
 * a failed load (assertively when the list can no longer update by itself), the recovery
 * after it, that no input matches the filter, the page a page change landed on, the inputs
 * that finished (merged across polls, at most every {@link SETTLE_EVERY_MS}) and "All done".
 * Nothing is said about the first data of a feed: that is not a change the person made or
 * waited for. Errors are, even on the first load.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Clock, FeedSnapshot, StatusCounts } from '@input-progress/core';
import { Announcer } from '../controllers/announcer.js';
import type { SnapshotChange } from '../controllers/snapshot-events.js';
import { describeError, type ErrorContext } from '../describe-error.js';
import type { Formatters } from '../formatters.js';
import type { InputProgressStrings } from '../strings.js';
import { settledSentence, type SettledBatch } from './settled-sentence.js';

/** The least time between two announcements: one is never replaced before it is read. */
export const GAP_MS = 1000;
/** The least time between two announcements of finished inputs; settles meanwhile are merged. */
export const SETTLE_EVERY_MS = 10_000;

/** The words of the moment: the list's strings and formats, and where its loads go. */
export interface Words {
  readonly strings: InputProgressStrings;
  readonly formatters: Formatters;
  readonly context: ErrorContext;
}

/** Options of {@link StatusMessages}. */
export interface StatusMessagesOptions {
  readonly words: () => Words;
  readonly clock: () => Clock;
}

/** What a landed page (the data of the query asked for) showed. */
interface Landed {
  readonly page: number;
  /** No input matches the status filter. */
  readonly noMatch: boolean;
  /** Every input of the job finished; null while the counts are unknown. */
  readonly done: boolean | null;
}

const isDone = (counts: StatusCounts | null): boolean | null =>
  counts ? counts.pending + counts.processing === 0 && counts.completed + counts.failed > 0 : null;

/** The list's status messages and its two live regions. */
export class StatusMessages {
  readonly #announcer: Announcer;
  readonly #words: () => Words;
  /** The failure last announced (`assertive` + reason), null while loads succeed. */
  #failure: string | null = null;
  #landed: Landed | null = null;
  /** Settles not said yet. */
  #batch: SettledBatch | null = null;

  constructor(host: ReactiveControllerHost, options: StatusMessagesOptions) {
    this.#words = options.words;
    this.#announcer = new Announcer(host, { gap: GAP_MS, clock: options.clock });
  }

  /** Follows one rendered snapshot after another (SnapshotEvents' `onChange`). */
  follow({ previous, snapshot, settled }: SnapshotChange): void {
    // Another feed: nothing said about the old one still applies.
    if (!previous) [this.#failure, this.#landed, this.#batch] = [null, null, null];
    this.#followFailure(snapshot);
    const done = this.#followLanded(snapshot);
    if (done) {
      // "All done" says the totals: the last settles need no sentence of their own.
      this.#batch = null;
      this.#announcer.withdraw('settle');
      const { completed, failed } = snapshot.counts!;
      this.#say('done', ({ strings, formatters }) =>
        strings.announceDone(completed, failed, formatters),
      );
    } else if (settled.completed + settled.failed > 0) {
      const batch = this.#batch;
      this.#batch = {
        first: batch?.first ?? settled.inputs[0],
        completed: (batch?.completed ?? 0) + settled.completed,
        failed: (batch?.failed ?? 0) + settled.failed,
        counts: snapshot.counts,
      };
      this.#announcer.announce({ topic: 'settle', every: SETTLE_EVERY_MS, say: this.#sayBatch });
    }
  }

  /** The live regions: polite for what changed, assertive when the list stopped updating. */
  render(): TemplateResult {
    const { text, assertive, count } = this.#announcer.said;
    // Keyed: each announcement is a new text node, which every screen reader reads.
    return html`<div part="announcer" class="visually-hidden" role="status">
        ${keyed(count, assertive ? '' : text)}
      </div>
      <div part="announcer-alert" class="visually-hidden" role="alert">
        ${keyed(count, assertive ? text : '')}
      </div>`;
  }

  readonly #sayBatch = (): string => {
    const batch = this.#batch;
    this.#batch = null;
    if (!batch) return '';
    const { strings, formatters } = this.#words();
    return settledSentence(batch, strings, formatters);
  };

  #say(topic: string, words: (words: Words) => string, assertive = false): void {
    this.#announcer.announce({ topic, assertive, say: () => words(this.#words()) });
  }

  /** A new failure, or a different one, is said once; the first good load after it too. */
  #followFailure(snapshot: FeedSnapshot): void {
    const { error } = snapshot;
    if (error) {
      // No retry is scheduled: a 4xx that retrying cannot fix, or the retries ran out.
      const stopped = snapshot.live === 'stopped';
      const { strings, context } = this.#words();
      const key = `${stopped} ${describeError(error, strings, context)}`;
      if (key === this.#failure) return;
      this.#failure = key;
      this.#say(
        'failure',
        ({ strings, context }) => {
          const reason = describeError(error, strings, context);
          return stopped ? strings.announceStopped(reason) : strings.announceRetrying(reason);
        },
        stopped,
      );
    } else if (this.#failure && snapshot.lastUpdatedAt !== null) {
      this.#failure = null;
      // A failure not said yet is over before anyone heard of it: say neither.
      if (!this.#announcer.withdraw('failure'))
        this.#say('failure', ({ strings }) => strings.announceRecovered);
    }
  }

  /** Announces what a newly landed page shows; returns whether the job just finished. */
  #followLanded(snapshot: FeedSnapshot): boolean {
    if (snapshot.status !== 'success' || snapshot.isPlaceholder) return false;
    const before = this.#landed;
    const { page, pageCount, items, query, counts } = snapshot;
    const landed: Landed = {
      page,
      noMatch: items.length === 0 && query.statuses.length > 0,
      done: isDone(counts) ?? before?.done ?? null,
    };
    this.#landed = landed;
    if (!before) return false;
    if (landed.noMatch && !before.noMatch)
      this.#say('view', ({ strings }) => strings.emptyFiltered);
    else if (!landed.noMatch && page !== before.page)
      this.#say('view', ({ strings, formatters }) =>
        strings.announcePage(page, pageCount, formatters),
      );
    return landed.done === true && before.done === false;
  }
}
