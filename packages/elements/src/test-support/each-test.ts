/**
 * The hooks the elements' test files share: after each test its fixtures leave (clearing their
 * timers while their clock is still installed), then what it asked to be cleaned up goes (feeds
 * it made), then its fake clock. A file whose tests all run on a fresh fake clock calls
 * {@link fakeClockEachTest}; one whose tests install their own (at a chosen start) calls
 * {@link cleanUpEachTest}.
 */
import { fixtureCleanup } from '@open-wc/testing';
import { restoreFakeClock, useFakeClock, type FakeClock } from './fake-clock.js';

const cleanUps: Array<() => unknown> = [];

/** Runs `cleanUp` after the running test (needs {@link cleanUpEachTest} in the file). */
export function whenTestEnds(cleanUp: () => unknown): void {
  cleanUps.push(cleanUp);
}

/** Registers the file's `afterEach`: fixtures, then the test's own clean-ups, then the clock. */
export function cleanUpEachTest(): void {
  afterEach(async () => {
    await fixtureCleanup();
    for (const cleanUp of cleanUps.splice(0)) await cleanUp();
    restoreFakeClock();
  });
}

/**
 * A fresh fake clock for every test of the file (from `start`, else the real time now), cleaned
 * up after each as {@link cleanUpEachTest} does. The object returned stands for the running
 * test's own clock: `fake.advance(…)` moves that one, and elements or feeds given it use it.
 */
export function fakeClockEachTest(start?: number): FakeClock {
  let clock: FakeClock | undefined;
  beforeEach(() => {
    clock = useFakeClock(start);
  });
  cleanUpEachTest();
  return new Proxy({} as FakeClock, {
    get(_target, key) {
      if (!clock) throw new Error('The fake clock is there only while a test runs.');
      const value: unknown = Reflect.get(clock, key);
      return typeof value === 'function' ? value.bind(clock) : value;
    },
  });
}
