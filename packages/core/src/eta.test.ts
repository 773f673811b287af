import { expect } from 'chai';
import { createEtaTracker } from './eta.js';

const at = (seconds: number) => new Date(Date.UTC(2026, 3, 14, 10, 0, seconds)).toISOString();

describe('createEtaTracker', () => {
  it('is null until two samples show progress, then estimates the time left', () => {
    const eta = createEtaTracker();
    expect(eta.update('a', 10, at(0), false)).to.equal(null);
    expect(eta.update('a', 10, at(0), false), 'the same sample again').to.equal(null);
    expect(eta.update('a', 20, at(10), false)).to.equal(80_000);
  });

  it('returns the same estimate when the same progress row is read again', () => {
    const eta = createEtaTracker();
    eta.update('a', 10, at(0), false);
    const first = eta.update('a', 20, at(10), false);
    expect(eta.update('a', 20, at(10), false)).to.equal(first);
  });

  it('smooths a sudden change of pace instead of jumping', () => {
    const eta = createEtaTracker(0.3);
    eta.update('a', 0, at(0), false);
    eta.update('a', 10, at(10), false); // 1 %/s
    const raw = (100 - 40) / 3; // the last step alone says 3 %/s → 20 s left
    const smoothed = eta.update('a', 40, at(20), false)!;
    expect(smoothed).to.be.greaterThan(raw * 1000);
    expect(smoothed).to.be.lessThan(60_000); // but faster than the old pace
  });

  it('is null for unknown percents, finished inputs and unreadable times', () => {
    const eta = createEtaTracker();
    eta.update('a', 10, at(0), false);
    expect(eta.update('a', null, at(5), false)).to.equal(null);
    expect(eta.update('b', 50, 'not a date', false)).to.equal(null);
    eta.update('c', 10, at(0), false);
    expect(eta.update('c', 100, at(10), true)).to.equal(null);
  });

  it('forgets inputs that left the page', () => {
    const eta = createEtaTracker();
    eta.update('a', 10, at(0), false);
    eta.retain(new Set());
    expect(eta.update('a', 20, at(10), false)).to.equal(null);
  });
});
