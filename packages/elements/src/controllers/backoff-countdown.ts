/**
 * Keeps the "retrying in 5 s" countdown true: while the feed backs off, the host re-renders
 * every second; otherwise no timer runs.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedSnapshot } from '@input-progress/core';
import { clock } from '../clock.js';

/** Re-renders its host each second while `snapshot()` says the feed is backing off. */
export class BackoffCountdown implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #snapshot: () => FeedSnapshot | null;
  #timer: unknown = undefined;
  #connected = false;

  constructor(host: ReactiveControllerHost, snapshot: () => FeedSnapshot | null) {
    this.#host = host;
    this.#snapshot = snapshot;
    host.addController(this);
  }

  /** Whole seconds until the next try, at least 1 (while the retry runs there is no next time yet). */
  seconds(): number {
    return Math.max(1, Math.ceil(((this.#snapshot()?.nextPollAt ?? 0) - clock.now()) / 1000));
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostUpdated(): void {
    // Only while connected: a removed element never ticks, whatever it still shows.
    const backingOff = this.#connected && this.#snapshot()?.live === 'backing-off';
    if (backingOff && this.#timer === undefined)
      this.#timer = clock.setTimeout(() => this.#tick(), 1000);
    if (!backingOff) this.#stop();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  #stop(): void {
    clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #tick(): void {
    this.#timer = undefined;
    // hostUpdated arms the next tick if the feed still backs off.
    this.#host.requestUpdate();
  }
}
