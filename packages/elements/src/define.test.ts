import { expect } from '@open-wc/testing';
// This file runs in a page of its own: nothing has registered the tags before it.
import { InputProgressList, InputProgressRow } from './index.js';

describe('registration', () => {
  it('importing the classes registers nothing', () => {
    expect(InputProgressList).to.be.a('function');
    expect(InputProgressRow).to.be.a('function');
    expect(customElements.get('input-progress-list')).to.equal(undefined);
    expect(customElements.get('input-progress-row')).to.equal(undefined);
  });

  it('the define module registers both tags, and loading it twice does not throw', async () => {
    await import('./define.js');
    expect(customElements.get('input-progress-list')).to.equal(InputProgressList);
    expect(customElements.get('input-progress-row')).to.equal(InputProgressRow);
    // A second copy of the module (another bundle, say) leaves the first definitions alone.
    await import('./define.js?second-copy' as string);
    expect(customElements.get('input-progress-list')).to.equal(InputProgressList);
    expect(document.createElement('input-progress-list')).to.be.instanceOf(InputProgressList);
  });
});
