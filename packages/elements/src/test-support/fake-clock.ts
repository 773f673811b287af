/**
 * A manual clock for element tests: installed with `setClock`, it drives the feeds the elements
 * build, the ticker, the announcer and the countdown. Time moves only when a test advances it,
 * so no assertion depends on how fast the machine is.
 */
import { waitUntil } from './wait-until.js';
import { setClock, type ElementClock } from '../clock.js';

export interface FakeClock extends ElementClock {
  /** Moves the clock by `ms`, running every timer that falls due, in order; returns how many ran. */
  advance(ms: number): number;
  /** Timers armed and not yet run or cleared. */
  readonly timerCount: number;
  /** Puts the real clock back. */
  restore(): void;
}

/** Installs a fake clock starting at the real time now (relative times read naturally). */
export function useFakeClock(start = Date.now()): FakeClock {
  let now = start;
  // Handles are objects: given to the real clearTimeout by mistake (a timer outliving its
  // test), they can never cancel an unrelated real timer.
  const timers = new Map<object, { at: number; callback: () => void }>();
  const fake: FakeClock = {
    now: () => now,
    setTimeout(callback, ms) {
      const handle = {};
      timers.set(handle, { at: now + Math.max(0, ms), callback });
      return handle;
    },
    clearTimeout(handle) {
      timers.delete(handle as object);
    },
    advance(ms) {
      const until = now + ms;
      let ran = 0;
      for (;;) {
        let due: [object, { at: number; callback: () => void }] | undefined;
        for (const entry of timers)
          if (entry[1].at <= until && (!due || entry[1].at < due[1].at)) due = entry;
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        ran++;
        due[1].callback();
      }
      now = until;
      return ran;
    },
    get timerCount() {
      return timers.size;
    },
    restore: () => setClock(null),
  };
  setClock(fake);
  return fake;
}

/**
 * Advances `clock` in `step` ms steps, each after the page had a moment to handle what the
 * last one started (requests answered over the network), until `done` holds.
 */
export async function advanceUntil(
  clock: FakeClock,
  done: () => boolean | Promise<boolean>,
  message: string,
  step = 100,
): Promise<void> {
  await waitUntil(
    async () => {
      if (await done()) return true;
      clock.advance(step);
      return done();
    },
    message,
    { interval: 20 },
  );
}
