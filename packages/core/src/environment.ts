/**
 * Where the feed gets time, timers, page visibility and network state. Every source is
 * injectable (tests pass a fake clock); the defaults read browser globals only when they
 * exist, and only when called, so the feed also runs in Node and workers.
 */
export interface FeedEnvironment {
  /** Milliseconds since the epoch. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Whether the page is visible (always true without a `document`). */
  isVisible(): boolean;
  /** Calls `listener` when visibility may have changed; returns the unsubscribe function. */
  onVisibilityChange(listener: () => void): () => void;
  /** Whether the network is up (always true without `navigator.onLine`). */
  isOnline(): boolean;
  /** Calls `listener` when the network may have come or gone; returns the unsubscribe function. */
  onOnlineChange(listener: () => void): () => void;
}

const listen = (target: EventTarget | undefined, types: string[], listener: () => void) => {
  for (const type of types) target?.addEventListener(type, listener);
  return () => {
    for (const type of types) target?.removeEventListener(type, listener);
  };
};

const doc = () => (typeof document === 'undefined' ? undefined : document);
const win = () => (typeof window === 'undefined' ? undefined : window);

/** The environment of the current platform, with `overrides` replacing single sources. */
export function createEnvironment(overrides: Partial<FeedEnvironment> = {}): FeedEnvironment {
  return {
    now: () => Date.now(),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    isVisible: () => doc()?.visibilityState !== 'hidden',
    onVisibilityChange: (listener) => listen(doc(), ['visibilitychange'], listener),
    isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false),
    onOnlineChange: (listener) => listen(win(), ['online', 'offline'], listener),
    ...overrides,
  };
}
