import { expect } from 'chai';
import { etagMatches } from './etag.js';

describe('etagMatches', () => {
  it('matches weakly, in a list, and for *; never without a header', () => {
    expect(etagMatches('"abc"', '"abc"')).to.equal(true);
    expect(etagMatches('W/"abc"', '"abc"')).to.equal(true);
    expect(etagMatches('"abc"', 'W/"abc"')).to.equal(true);
    expect(etagMatches(' "x", W/"abc" ', '"abc"')).to.equal(true);
    expect(etagMatches('*', '"abc"')).to.equal(true);
    expect(etagMatches('"abd"', '"abc"')).to.equal(false);
    expect(etagMatches('abc', '"abc"')).to.equal(false);
    expect(etagMatches(null, '"abc"')).to.equal(false);
    expect(etagMatches('', '"abc"')).to.equal(false);
  });
});
