import { expect } from 'chai';
import { derivePercent } from './percent.js';

describe('derivePercent', () => {
  it('prefers percent_complete and clamps it to 0–100', () => {
    expect(derivePercent('processing', { percentComplete: 42 })).to.equal(42);
    expect(derivePercent('processing', { percentComplete: 140 })).to.equal(100);
    expect(derivePercent('processing', { percentComplete: -3 })).to.equal(0);
  });

  it('falls back to items processed over items total', () => {
    expect(derivePercent('processing', { itemsProcessed: 5, itemsTotal: 10 })).to.equal(50);
  });

  it('is null, never NaN, when the metrics cannot tell', () => {
    expect(derivePercent('processing', { itemsProcessed: 5, itemsTotal: 0 })).to.equal(null);
    expect(derivePercent('processing', null)).to.equal(null);
    expect(derivePercent('pending', {})).to.equal(null);
  });

  it('is 100 for a completed input whatever its last metrics said', () => {
    expect(derivePercent('completed', { percentComplete: 90 })).to.equal(100);
  });
});
