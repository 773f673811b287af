import { expect } from 'chai';
import { replaceEqualDeep, shareRows } from './structural-share.js';

describe('structural sharing', () => {
  it('keeps the previous object when the new one is deeply equal', () => {
    const prev = { a: 1, b: { c: [1, 2] } };
    expect(replaceEqualDeep(prev, { a: 1, b: { c: [1, 2] } })).to.equal(prev);
  });

  it('shares the unchanged parts of a changed object', () => {
    const prev = { a: { x: 1 }, b: { y: 2 } };
    const next = replaceEqualDeep(prev, { a: { x: 1 }, b: { y: 3 } });
    expect(next).to.not.equal(prev);
    expect(next.a).to.equal(prev.a);
    expect(next.b).to.deep.equal({ y: 3 });
    expect(replaceEqualDeep({ a: 1 }, { a: 1, b: undefined })).to.deep.equal({ a: 1, b: undefined });
  });

  it('pairs rows by key, so a row that moved keeps its identity', () => {
    const a = { id: 'a', v: 1 };
    const b = { id: 'b', v: 1 };
    const rows = shareRows([a, b], [{ id: 'b', v: 1 }, { id: 'a', v: 2 }], (r) => r.id);
    expect(rows[0]).to.equal(b);
    expect(rows[1]).to.not.equal(a);
    const prev = [a, b];
    expect(shareRows(prev, [{ id: 'a', v: 1 }, { id: 'b', v: 1 }], (r) => r.id)).to.equal(prev);
  });
});
