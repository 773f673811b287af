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

/**
 * The clock in use. Every method looks the clock up at call time, so a clock set later also
 * drives timers of elements and feeds made before (handles belong to the clock that made them:
 * switch clocks only while no element is connected, as tests do between tests).
 */
export const clock: ElementClock = {
  now: () => current.now(),
  setTimeout: (callback, ms) => current.setTimeout(callback, ms),
  clearTimeout: (handle) => current.clearTimeout(handle),
};

/**
 * Replaces the elements' clock (`null` restores the real one). For tests and for embedders
 * with a clock of their own (e.g. a paused replay).
 */
export function setClock(next: ElementClock | null): void {
  current = next ?? realClock;
}
