// The pages the build writes: each loads what its variant lists (the figures of "what the
// page loads" count those assets), and only the page as typically written fills bars by width.
import assert from 'node:assert/strict';
import { pageHtml } from './page-html.js';
import { VARIANTS } from './variants.js';

describe('the bench pages (src/page-html.ts)', () => {
  for (const variant of VARIANTS) {
    it(`${variant.page} loads ${variant.assets.join(', ')} and has an #app to mount in`, () => {
      const html = pageHtml(variant.label, variant);
      const loaded = [
        ...html.matchAll(/<(?:script|link rel="stylesheet")[^>]* (?:src|href)="([^"]+)"/g),
      ];
      assert.deepEqual(loaded.map((match) => match[1]).sort(), [...variant.assets].sort());
      assert.match(html, /<body>\s*<div id="app"><\/div>\s*<\/body>/);
      assert.equal(html.includes('data-bars="width"'), variant.id === 'react-typical');
    });
  }

  it('the titles are text, not markup', () => {
    assert.match(
      pageHtml('`<input-progress-list>`'),
      /<title>bench · &lt;input-progress-list&gt;<\/title>/,
    );
  });
});
