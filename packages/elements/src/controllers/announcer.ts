/**
 * A queue of announcements for a host's live regions, so that a screen-reader user hears
 * each change once and is not talked over:
 * - two announcements are at least `gap` ms apart (one is never replaced before it is read);
 * - a topic with `every` is said at most once per `every` ms: what comes meanwhile waits and
 *   replaces (the caller merges it) the one waiting;
 * - a newer announcement of a topic replaces the one of that topic still waiting;
 * - a sentence equal to the last one said is not said again.
 * Words are chosen when an announcement is said, in the language of that moment.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from '@input-progress/core';

/** One thing to tell the user. */
export interface Announcement {
  /** What it is about; a newer announcement of the same topic replaces one still waiting. */
  readonly topic: string;
  /** Words it; called once, when it is said. An empty string says nothing. */
  readonly say: () => string;
  /** Said in the assertive region (the list can no longer update) instead of the polite one. */
  readonly assertive?: boolean;
  /** The least ms since the previous announcement of the same topic (default 0). */
  readonly every?: number;
}

/** Options of {@link Announcer}. */
export interface AnnouncerOptions {
  /** The least ms between two announcements of any topics. */
  readonly gap: number;
  /** The host's clock, read when the queue needs the time or a timer. */
  readonly clock: () => Clock;
}

/** What the live regions hold: the latest sentence said, in one of them. */
export interface Said {
  readonly text: string;
  readonly assertive: boolean;
  /** Counts announcements: a new one gives the region a new text node. */
  readonly count: number;
}

/** Waits, merges and de-duplicates announcements; {@link said} is what the regions show. */
export class Announcer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: AnnouncerOptions;
  /** Announcements not said yet, in order of arrival. */
  #waiting: Announcement[] = [];
  /** When each topic was last said. */
  readonly #saidAt = new Map<string, number>();
  #lastAt = -Infinity;
  #said: Said = { text: '', assertive: false, count: 0 };
  #timer: unknown = undefined;
  /** The clock `#timer` was armed on. */
  #armedOn: Clock | null = null;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: AnnouncerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The latest sentence said. */
  get said(): Said {
    return this.#said;
  }

  /** Queues `announcement`, replacing a waiting one of its topic. */
  announce(announcement: Announcement): void {
    // A removed element has nobody to tell.
    if (!this.#connected) return;
    const index = this.#waiting.findIndex((waiting) => waiting.topic === announcement.topic);
    if (index >= 0) this.#waiting[index] = announcement;
    else this.#waiting.push(announcement);
    this.#schedule();
  }

  /** Drops the waiting announcement of `topic`; true when there was one. */
  withdraw(topic: string): boolean {
    const before = this.#waiting.length;
    this.#waiting = this.#waiting.filter((waiting) => waiting.topic !== topic);
    if (this.#waiting.length === before) return false;
    this.#schedule();
    return true;
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#disarm();
    this.#waiting = [];
  }

  /** When `announcement` may be said. */
  #dueAt(announcement: Announcement): number {
    const topicAt = this.#saidAt.get(announcement.topic) ?? -Infinity;
    return Math.max(this.#lastAt + this.#options.gap, topicAt + (announcement.every ?? 0));
  }

  #disarm(): void {
    if (this.#timer !== undefined) this.#armedOn?.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Arms one timer for the announcement due first. */
  #schedule(): void {
    this.#disarm();
    if (this.#waiting.length === 0) return;
    const due = Math.min(...this.#waiting.map((waiting) => this.#dueAt(waiting)));
    this.#armedOn = this.#options.clock();
    // Always a timer, even when due now: the host is mid-update when snapshots arrive.
    this.#timer = this.#armedOn.setTimeout(
      () => this.#sayNext(),
      Math.max(0, due - this.#armedOn.now()),
    );
  }

  /** Says the first announcement (in order of arrival) that is due. */
  #sayNext(): void {
    this.#timer = undefined;
    const now = this.#options.clock().now();
    const next = this.#waiting.find((waiting) => this.#dueAt(waiting) <= now);
    if (next) {
      this.#waiting = this.#waiting.filter((waiting) => waiting !== next);
      const text = next.say();
      // A repeat of the last sentence would tell nothing new.
      if (text && text !== this.#said.text) {
        this.#said = { text, assertive: !!next.assertive, count: this.#said.count + 1 };
        this.#lastAt = now;
        this.#saidAt.set(next.topic, now);
        this.#host.requestUpdate();
      }
    }
    this.#schedule();
  }
}
