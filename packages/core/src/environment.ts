/**
 * Where the feed gets time, timers, page visibility and network state. Every source is
 * injectable (tests pass a fake clock); the defaults read browser globals only when called,
 * and only when they exist, so the feed also runs in Node and workers.
 */
export interface FeedEnvironment {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Runs `callback` once after `ms` (possibly ≤ 0: then as soon as possible); returns a handle. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a timer by the handle `setTimeout` returned; ignores unknown handles. */
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

// Read through globalThis so a missing global is `undefined` rather than a ReferenceError.
const scope = globalThis as {
  document?: Document;
  window?: Window;
  navigator?: Partial<Navigator>;
};

/** The environment of the current platform, with `overrides` replacing single sources. */
export const createEnvironment = (overrides: Partial<FeedEnvironment> = {}): FeedEnvironment => ({
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as number),
  isVisible: () => scope.document?.visibilityState !== 'hidden',
  onVisibilityChange: (listener) => listen(scope.document, ['visibilitychange'], listener),
  isOnline: () => scope.navigator?.onLine !== false,
  onOnlineChange: (listener) => listen(scope.window, ['online', 'offline'], listener),
  ...overrides,
});
