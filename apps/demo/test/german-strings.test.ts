import { expect } from 'chai';
import { defaultStrings } from '@input-progress/elements';
import { germanStrings } from '../src/german-strings.js';

describe('the German texts of the demo', () => {
  it('translate every text the elements have, so no English shows through', () => {
    expect(Object.keys(germanStrings).sort()).to.deep.equal(Object.keys(defaultStrings).sort());
  });

  it('keep the data the elements pass in', () => {
    expect(germanStrings.ofPages!('7')).to.equal('von 7');
    expect(germanStrings.failedRank!('7')).to.equal('Fehlgeschlagen als Nr. 7');
    expect(germanStrings.jobSummary!('9', '1', '10')).to.equal(
      '9 fertig · 1 fehlgeschlagen von 10',
    );
    expect(germanStrings.itemsOf!('5', '10')).to.equal('5 von 10 Elementen');
    expect(germanStrings.status!('failed')).to.equal('Fehlgeschlagen');
    // An unknown status from the server is shown as it came.
    expect(germanStrings.status!('queued_for_gpu')).to.equal('queued_for_gpu');
  });
});
