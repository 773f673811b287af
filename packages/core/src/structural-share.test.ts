import { expect } from 'chai';
import { sameOr, shareRows } from './structural-share.js';

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
});
