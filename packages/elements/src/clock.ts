/**
 * The one source of time for the elements: `now()` and timers for the feeds they build, the
 * shared ticker, the announcer's throttle and the back-off countdown. Tests replace it with
 * {@link setClock} and advance a fake clock instead of sleeping on the real one.
 */
import type { FeedEnvironment } from '@input-progress/core';

/** What the elements need of a clock: the same three calls as core's `FeedEnvironment`. */
export type ElementClock = Pick<FeedEnvironment, 'now' | 'setTimeout' | 'clearTimeout'>;

const realClock: ElementClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

let current: ElementClock = realClock;

/** A timer handle that remembers the clock that made it. */
interface ClockTimer {
  readonly clock: ElementClock;
  readonly handle: unknown;
}

/**
 * The clock in use, looked up at call time: a clock set later also drives the elements and
 * feeds made before. A timer is always cancelled on the clock that armed it, so switching
 * clocks never leaves one running.
 */
export const clock: ElementClock = {
  now: () => current.now(),
  setTimeout: (callback, ms): ClockTimer => ({
    clock: current,
    handle: current.setTimeout(callback, ms),
  }),
  clearTimeout: (timer) => {
    if (timer) (timer as ClockTimer).clock.clearTimeout((timer as ClockTimer).handle);
  },
};

/**
 * Replaces the elements' clock (`null` restores the real one). For tests and for embedders
 * with a clock of their own (e.g. a paused replay).
 */
export function setClock(next: ElementClock | null): void {
  current = next ?? realClock;
}
