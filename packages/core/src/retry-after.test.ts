import { expect } from 'chai';
import { backoffDelay } from './backoff.js';
import { parseRetryAfter } from './retry-after.js';
import { RETRY_AFTER_CASES, RETRY_AFTER_NOW } from './testing/retry-after-cases.js';

describe('parseRetryAfter and backoffDelay', () => {
  it('reads digits-only seconds and HTTP dates; anything else asks for no wait', () => {
    const read = RETRY_AFTER_CASES.map(([value]) => [
      value,
      parseRetryAfter(value, RETRY_AFTER_NOW),
    ]);
    expect(read).to.deep.equal(RETRY_AFTER_CASES);
  });

  it('doubles from the base, caps, and spreads by the jitter', () => {
    expect([0, 1, 2, 5, 10].map((n) => backoffDelay(n, 1000, 30_000, 0.2, 0.5))).to.deep.equal([
      1000, 2000, 4000, 30_000, 30_000,
    ]);
    expect(backoffDelay(0, 1000, 30_000, 0.2, 0)).to.equal(800);
  });
});
