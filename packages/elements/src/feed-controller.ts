import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedSnapshot, InputProgressFeed } from '@input-progress/core';

/**
 * Bridges a core feed to a Lit host: subscribes while the host is connected (so a removed
 * element stops the feed's requests and timers, and putting it back resumes them) and asks
 * the host to update when the snapshot changes. Several synchronous snapshots before the
 * host's next update cost a single update.
 */
export class FeedController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #currentFeed: InputProgressFeed | null = null;
  #unsubscribe: (() => void) | null = null;
  #connected = false;
  #latest: FeedSnapshot | null = null;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The feed in use, or null before one is set. */
  get feed(): InputProgressFeed | null {
    return this.#currentFeed;
  }

  /** The latest snapshot of the feed, or null when there is no feed. */
  get snapshot(): FeedSnapshot | null {
    return this.#latest;
  }

  /** Switches to another feed (or none); the previous one is unsubscribed, not destroyed. */
  setFeed(feed: InputProgressFeed | null): void {
    if (feed === this.#currentFeed) return;
    this.#stop();
    this.#currentFeed = feed;
    this.#latest = feed ? feed.getSnapshot() : null;
    if (this.#connected) this.#start();
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#start();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  #start(): void {
    const feed = this.#currentFeed;
    if (!feed || this.#unsubscribe) return;
    this.#unsubscribe = feed.subscribe((snapshot) => {
      if (snapshot === this.#latest) return;
      this.#latest = snapshot;
      // Lit batches requestUpdate calls into one update per microtask.
      this.#host.requestUpdate();
    });
    // The feed may have moved on while nobody listened.
    const now = feed.getSnapshot();
    if (now !== this.#latest) {
      this.#latest = now;
      this.#host.requestUpdate();
    }
  }

  #stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }
}
