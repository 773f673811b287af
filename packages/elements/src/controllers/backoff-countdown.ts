/**
 * Keeps the "retrying in 5 s" countdown true: while the feed backs off, the host re-renders
 * every second; otherwise no timer runs.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InputProgressFeed } from '@input-progress/core';

/**
 * Re-renders its host each second while the feed `feed()` backs off. It counts on the feed's
 * own clock, whose time `nextPollAt` is: a feed handed in may run on another clock than the
 * element's.
 */
export class BackoffCountdown implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #feed: () => InputProgressFeed | null;
  #timer: unknown = undefined;
  /** The clock `#timer` was armed on. */
  #armedOn: InputProgressFeed['clock'] | null = null;
  #connected = false;

  constructor(host: ReactiveControllerHost, feed: () => InputProgressFeed | null) {
    this.#host = host;
    this.#feed = feed;
    host.addController(this);
  }

  /** Whole seconds until the next try, at least 1 (while the retry runs there is no next time yet). */
  seconds(): number {
    const feed = this.#feed();
    if (!feed) return 1;
    const next = feed.getSnapshot().nextPollAt ?? 0;
    return Math.max(1, Math.ceil((next - feed.clock.now()) / 1000));
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostUpdated(): void {
    // Only while connected: a removed element never ticks, whatever it still shows.
    const feed = this.#feed();
    const backingOff = this.#connected && feed?.getSnapshot().live === 'backing-off';
    if (backingOff && this.#timer === undefined) {
      this.#armedOn = feed!.clock;
      this.#timer = this.#armedOn.setTimeout(() => this.#tick(), 1000);
    }
    if (!backingOff) this.#stop();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  #stop(): void {
    this.#armedOn?.clearTimeout(this.#timer);
    this.#armedOn = null;
    this.#timer = undefined;
  }

  #tick(): void {
    this.#timer = undefined;
    // hostUpdated arms the next tick if the feed still backs off.
    this.#host.requestUpdate();
  }
}
