import { expect } from 'chai';
import { timeOf } from './iso-time.js';

describe('timeOf', () => {
  it('reads an ISO 8601 timestamp as ms since the epoch', () => {
    expect(timeOf('2026-04-14T10:00:30.000Z')).to.equal(Date.UTC(2026, 3, 14, 10, 0, 30));
  });

  it('gives null, never NaN, for a missing or unreadable time', () => {
    for (const iso of [null, undefined, '', 'soon', '2026-13-45T99:00:00Z']) {
      expect(timeOf(iso), String(iso)).to.equal(null);
    }
  });
});
