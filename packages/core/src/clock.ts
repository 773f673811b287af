/**
 * The one source of time for every package: the current time, timers and the random draw
 * that spreads retries (jitter). Everything that waits, times out or reads the time takes a
 * `Clock`, so a whole element tree, feed, client, forwarder or simulator can run on one fake
 * clock in tests, on a paused replay, or on the real clock ({@link systemClock}).
 *
 * This module is the only place in core that reads the real time.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Runs `callback` once after `ms` (≤ 0: as soon as possible); returns a handle. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a timer by the handle `setTimeout` returned; ignores unknown handles. */
  clearTimeout(handle: unknown): void;
  /** A number in [0, 1): the source of jitter, so a fake clock makes back-off repeatable. */
  random(): number;
}

/** The platform's clock: `Date.now`, the global timers and `Math.random`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
  random: () => Math.random(),
};

/**
 * Resolves after `ms` on `clock`, or rejects with the signal's reason as soon as it aborts.
 * The timer is cleared either way, so no wait outlives an abort.
 */
export const sleep = (clock: Clock, ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const done = () => {
      clock.clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      if (signal?.aborted) reject(signal.reason);
      else resolve();
    };
    signal?.throwIfAborted();
    const timer = clock.setTimeout(done, ms);
    signal?.addEventListener('abort', done);
  });

/**
 * An `AbortSignal` that aborts after `ms` on `clock` (a `TimeoutError` `DOMException`, as
 * `AbortSignal.timeout` gives), with `clear()` to stop the timer once it is no longer needed.
 * Our own rather than `AbortSignal.timeout`, which always runs on the real clock.
 */
export function timeoutSignal(clock: Clock, ms: number): { signal: AbortSignal; clear(): void } {
  const controller = new AbortController();
  const timer = clock.setTimeout(
    () => controller.abort(new DOMException(`No answer within ${ms} ms`, 'TimeoutError')),
    ms,
  );
  return { signal: controller.signal, clear: () => clock.clearTimeout(timer) };
}
