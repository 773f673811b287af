import type { Clock } from '../clock.js';

/** A {@link Clock} whose time moves only when a test moves it. */
export interface FakeClock extends Clock {
  /**
   * Moves the clock by `ms`, running every timer that falls due in order of due time (each at
   * its own time); returns how many ran. Timers armed by a callback run too when they fall due
   * inside the step.
   */
  advance(ms: number): number;
  /**
   * Like {@link FakeClock.advance}, but lets promises settle before and after each timer, so
   * work started by one timer (a load answered by an in-process fetch) finishes before the
   * next one runs. Resolves with how many timers ran.
   */
  advanceAsync(ms: number): Promise<number>;
  /** Runs timers one at a time until none is left or `limit` ran; returns how many ran. */
  runAll(limit?: number): number;
  /** Timers armed and not yet run or cleared. */
  readonly timerCount: number;
  /** When the earliest armed timer is due (ms since the epoch), or null when none is. */
  readonly nextTimerAt: number | null;
}

/** Options of {@link createFakeClock}. */
export interface FakeClockOptions {
  /** The time the clock starts at (default 2026-04-14T10:00:00Z, so outputs repeat). */
  readonly start?: number;
  /** Seed of the clock's `random()` (a small linear congruential generator; default 1). */
  readonly seed?: number;
}

interface Timer {
  readonly at: number;
  /** Arming order: timers due at the same time run in the order they were armed. */
  readonly order: number;
  readonly callback: () => void;
}

/**
 * Lets every queued promise reaction and one macrotask run: the one 0-ms yield of core's tests
 * (also the "poll until" helper's step). Not exported from `@input-progress/core/testing`.
 */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Creates a manual clock for tests of any package: give it to `createClient`, `createFeed`,
 * `createForwarder`, `createSimulator` or an element's `clock` property and move it with
 * `advance`. Handles are objects, so one handed to the real `clearTimeout` by mistake can never
 * cancel a real timer.
 */
export function createFakeClock(options: FakeClockOptions = {}): FakeClock {
  let now = options.start ?? Date.parse('2026-04-14T10:00:00Z');
  let seed = options.seed ?? 1;
  let armed = 0;
  const timers = new Map<object, Timer>();

  const earliest = (until: number): [object, Timer] | undefined => {
    let due: [object, Timer] | undefined;
    for (const entry of timers) {
      const [, timer] = entry;
      if (timer.at > until) continue;
      if (!due || timer.at < due[1].at || (timer.at === due[1].at && timer.order < due[1].order))
        due = entry;
    }
    return due;
  };
  const runOne = ([handle, timer]: [object, Timer]) => {
    timers.delete(handle);
    now = Math.max(now, timer.at);
    timer.callback();
  };

  return {
    now: () => now,
    setTimeout(callback, ms) {
      const handle = {};
      timers.set(handle, { at: now + Math.max(0, ms || 0), order: armed++, callback });
      return handle;
    },
    clearTimeout(handle) {
      if (handle && typeof handle === 'object') timers.delete(handle);
    },
    random() {
      // Park–Miller: repeatable, spread over [0, 1), never 1.
      seed = (seed * 48_271) % 2_147_483_647;
      return (seed - 1) / 2_147_483_646;
    },
    advance(ms) {
      const until = now + ms;
      let ran = 0;
      for (let due = earliest(until); due; due = earliest(until), ran++) runOne(due);
      now = Math.max(now, until);
      return ran;
    },
    async advanceAsync(ms) {
      const until = now + ms;
      let ran = 0;
      await settle();
      for (let due = earliest(until); due; due = earliest(until), ran++) {
        runOne(due);
        await settle();
      }
      now = Math.max(now, until);
      await settle();
      return ran;
    },
    runAll(limit = 10_000) {
      let ran = 0;
      for (let due = earliest(Infinity); due && ran < limit; due = earliest(Infinity), ran++)
        runOne(due);
      return ran;
    },
    get timerCount() {
      return timers.size;
    },
    get nextTimerAt() {
      return earliest(Infinity)?.[1].at ?? null;
    },
  };
}
