import { expect } from 'chai';
import { equalData, sameOr, shareRows } from './structural-share.js';

describe('structural sharing', () => {
  it('keeps the previous object when the new one has the same data', () => {
    const prev = { a: 1, b: { c: [1, 2] } };
    expect(sameOr(prev, { a: 1, b: { c: [1, 2] } })).to.equal(prev);
    const changed = { a: 1, b: { c: [1, 3] } };
    expect(sameOr(prev, changed)).to.equal(changed);
    expect(sameOr(null, changed)).to.equal(changed);
  });

  it('pairs rows by key, so a row that moved keeps its identity', () => {
    const a = { id: 'a', v: 1 };
    const b = { id: 'b', v: 1 };
    const rows = shareRows(
      [a, b],
      [
        { id: 'b', v: 1 },
        { id: 'a', v: 2 },
      ],
      (r) => r.id,
    );
    expect(rows[0]).to.equal(b);
    expect(rows[1]).to.not.equal(a);
    expect(rows[1]).to.deep.equal({ id: 'a', v: 2 });
  });

  it('keeps the previous array when no row changed', () => {
    const prev = [
      { id: 'a', v: 1 },
      { id: 'b', v: 1 },
    ];
    expect(
      shareRows(
        prev,
        [
          { id: 'a', v: 1 },
          { id: 'b', v: 1 },
        ],
        (r) => r.id,
      ),
    ).to.equal(prev);
    expect(shareRows(prev, [{ id: 'a', v: 1 }], (r) => r.id)).to.not.equal(prev);
  });

  it('takes objects with the same keys in another order for the same data', () => {
    const prev = { id: 'a', metrics: { itemsProcessed: 3, itemsTotal: 10 } };
    expect(sameOr(prev, { metrics: { itemsTotal: 10, itemsProcessed: 3 }, id: 'a' })).to.equal(
      prev,
    );
  });

  it('compares arrays item by item, in order', () => {
    const prev = { tags: ['a', 'b'] };
    expect(sameOr(prev, { tags: ['a', 'b'] })).to.equal(prev);
    for (const tags of [['b', 'a'], ['a'], ['a', 'b', 'c'], { 0: 'a', 1: 'b' }]) {
      const next = { tags };
      expect(sameOr(prev, next), JSON.stringify(tags)).to.equal(next);
    }
  });

  it('finds a change deep inside free-form metadata and payloads', () => {
    const row = (leaf: number) => ({
      input: { data: { metadata: { camera: { lens: [{ mm: 35 }, { mm: leaf }] } } } },
      latestProgress: { payload: { boxes: [[0, 0, 1, leaf]] } },
    });
    const prev = row(50);
    expect(sameOr(prev, row(50))).to.equal(prev);
    const next = row(85);
    expect(sameOr(prev, next)).to.equal(next);
  });

  it('never takes a missing key for a key holding null, or null for an empty object', () => {
    expect(equalData({ a: 1 }, { a: 1, b: null })).to.equal(false);
    expect(equalData({ a: 1, b: null }, { a: 1 })).to.equal(false);
    expect(equalData({ a: 1, b: undefined }, { a: 1, c: undefined })).to.equal(false);
    expect(equalData({ a: null }, { a: {} })).to.equal(false);
    expect(equalData({ a: [] }, { a: {} })).to.equal(false);
    expect(equalData({ a: '1' }, { a: 1 })).to.equal(false);
    expect(equalData({}, {})).to.equal(true);
    expect(equalData([], [])).to.equal(true);
  });

  it('takes values that JSON never holds (dates, class instances, NaN) for changed', () => {
    // Telling "changed" when unsure only costs a re-render; telling "same" would keep old data.
    const date = { at: new Date(0) };
    const sameDate = { at: new Date(0) };
    expect(sameOr(date, sameDate)).to.equal(sameDate);
    expect(sameOr(date, date)).to.equal(date);
    class Point {
      constructor(readonly x: number) {}
    }
    expect(equalData(new Point(1), new Point(1))).to.equal(false);
    expect(equalData({ percent: NaN }, { percent: NaN })).to.equal(false);
    expect(equalData(Object.create(null), {})).to.equal(false);
  });

  it('reads only own keys: an enumerable addition to Object.prototype is not data', () => {
    const proto = Object.prototype as Record<string, unknown>;
    Object.defineProperty(proto, 'polyfilled', {
      value: 1,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    try {
      const previous = { input: { id: 'a', data: { metadata: { x: 1 } } } };
      const next = { input: { id: 'a', data: { metadata: { x: 1 } } } };
      expect(sameOr(previous, next)).to.equal(previous);
      expect(equalData({ x: 1 }, { x: 2 })).to.equal(false);
    } finally {
      delete proto.polyfilled;
    }
  });
});
