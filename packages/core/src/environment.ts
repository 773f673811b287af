import { systemClock, type Clock } from './clock.js';

/**
 * Where the feed gets time (its {@link Clock}), page visibility and network state. Every
 * source is injectable (tests pass a fake clock); the defaults read browser globals only when
 * called, and only when they exist, so the feed also runs in Node and workers.
 */
export interface FeedEnvironment extends Clock {
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

/**
 * The environment of the current platform on `clock`, with `overrides` replacing single
 * sources. The clock's methods are called on the clock, so a class instance works too.
 */
export const createEnvironment = (
  overrides: Partial<FeedEnvironment> = {},
  clock: Clock = systemClock,
): FeedEnvironment => ({
  now: () => clock.now(),
  setTimeout: (callback, ms) => clock.setTimeout(callback, ms),
  clearTimeout: (handle) => clock.clearTimeout(handle),
  random: () => clock.random(),
  isVisible: () => scope.document?.visibilityState !== 'hidden',
  onVisibilityChange: (listener) => listen(scope.document, ['visibilitychange'], listener),
  isOnline: () => scope.navigator?.onLine !== false,
  onOnlineChange: (listener) => listen(scope.window, ['online', 'offline'], listener),
  ...overrides,
});
