import { expect } from 'chai';
import { backoffDelay } from './backoff.js';
import { parseRetryAfter } from './retry-after.js';

describe('parseRetryAfter and backoffDelay', () => {
  const now = Date.parse('2026-04-14T10:00:00Z');

  it('reads delta-seconds and HTTP dates; unreadable values are null', () => {
    expect(parseRetryAfter('2', now)).to.equal(2000);
    expect(parseRetryAfter('Tue, 14 Apr 2026 10:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Tue, 14 Apr 2026 09:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(null);
    expect(parseRetryAfter(null, now)).to.equal(null);
    expect(parseRetryAfter('', now)).to.equal(null);
  });

  it('doubles from the base, caps, and spreads by the jitter', () => {
    expect([0, 1, 2, 5, 10].map((n) => backoffDelay(n, 1000, 30_000, 0.2, 0.5))).to.deep.equal([
      1000, 2000, 4000, 30_000, 30_000,
    ]);
    expect(backoffDelay(0, 1000, 30_000, 0.2, 0)).to.equal(800);
  });
});
