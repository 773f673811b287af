import type { Clock } from '@input-progress/core';
import type { ClockMode } from './types.js';

/** The fixed epoch manual clocks start at, so outputs are identical run after run. */
export const MANUAL_EPOCH_MS = Date.parse('2026-04-14T10:00:00Z');

/** A job's own clock, in ms relative to the job's creation (t = 0). */
export interface JobClock {
  readonly mode: ClockMode;
  /** Absolute time (epoch ms) of t = 0. */
  readonly originMs: number;
  /** Current job time t in ms. */
  elapsed(): number;
  /** Moves the clock forward by `ms` (also on real clocks, on top of the simulator's time). */
  advance(ms: number): void;
}

/**
 * Creates a job clock that starts at `initialElapsedMs`. A `real` one follows `clock` (the
 * simulator's: the system clock, or a fake one in tests) at `speed`; a `manual` one ignores it.
 */
export function createJobClock(
  mode: ClockMode,
  speed: number,
  initialElapsedMs: number,
  clock: Pick<Clock, 'now'>,
): JobClock {
  let advanced = 0;
  if (mode === 'manual') {
    return {
      mode,
      originMs: MANUAL_EPOCH_MS,
      elapsed: () => initialElapsedMs + advanced,
      advance: (ms) => {
        advanced += ms;
      },
    };
  }
  const startedAt = clock.now();
  return {
    mode,
    // A real-clock job's "now" is the simulator's time at creation, so timestamps look current.
    originMs: startedAt - initialElapsedMs,
    elapsed: () => Math.floor(initialElapsedMs + (clock.now() - startedAt) * speed + advanced),
    advance: (ms) => {
      advanced += ms;
    },
  };
}
