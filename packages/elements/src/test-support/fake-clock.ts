/**
 * The elements' tests run on core's one fake clock (`createFakeClock`): a test installs one
 * with {@link useFakeClock}, and every element a fixture makes gets it as its `clock` property
 * (`.clock=${testClock()}`), so polls, back-off, the countdown, the announcer's throttle and
 * relative times move only when the test advances it.
 */
import { systemClock, type Clock } from '@input-progress/core';
import { createFakeClock, type FakeClock as CoreFakeClock } from '@input-progress/core/testing';
import { waitUntil } from './wait-until.js';

export interface FakeClock extends CoreFakeClock {
  /** Stops handing this clock to new fixtures (elements made with it keep it). */
  restore(): void;
}

let current: FakeClock | null = null;

/** The clock fixtures give their elements: the installed fake one, else the real one. */
export const testClock = (): Clock => current ?? systemClock;

/** Stops handing the installed fake clock, if any, to new fixtures. */
export const restoreFakeClock = (): void => current?.restore();

/** Installs a fake clock starting at the real time now (relative times read naturally). */
export function useFakeClock(start = Date.now()): FakeClock {
  const fake: FakeClock = Object.assign(createFakeClock({ start }), {
    restore: () => {
      if (current === fake) current = null;
    },
  });
  current = fake;
  return fake;
}

/**
 * Advances `clock` in `step` ms steps, each after the page had a moment to handle what the
 * last one started (requests answered over the network), until `done` holds.
 */
export async function advanceUntil(
  clock: CoreFakeClock,
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
