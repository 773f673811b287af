export { createFakeClock } from './fake-clock.js';
export type { FakeClock, FakeClockOptions } from './fake-clock.js';
export { RETRY_AFTER_CASES, RETRY_AFTER_NOW } from './retry-after-cases.js';
