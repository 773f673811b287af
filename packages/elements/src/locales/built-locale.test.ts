// The published files as a page without a build step loads them: the standalone bundle and a
// built locale module, each a plain <script type="module">, as the README's CDN snippet does,
// served as they are in dist/ (GET /__cdn/…, see web-test-runner.config.mjs). A locale's
// messages are JSON in the sources; its built module must carry them inside, since a JSON
// module import does not load everywhere. The elements' test task runs after their build.
import { expect } from '@open-wc/testing';
import type { InputProgressRow } from '../input-progress-row/input-progress-row.js';
import { testClock } from '../test-support/fake-clock.js';
import { fakeClockEachTest } from '../test-support/each-test.js';
import { makeItem } from '../test-support/make-item.js';
import { text } from '../test-support/list-helpers.js';
import { waitUntil } from '../test-support/wait-until.js';

const SHIPPED = ['en', 'de', 'fr', 'es', 'ja', 'zh-Hans', 'ar'];

fakeClockEachTest();

/** Adds `<script type="module" src>` to the page; resolves once it ran, rejects if it failed. */
const moduleScript = (src: string) =>
  new Promise<void>((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { type: 'module', src });
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`${src} did not load`)));
    document.head.append(script);
  });

describe('the built locale modules', () => {
  it('import only the package’s own modules beside them: no JSON, nothing from a package', async () => {
    for (const tag of SHIPPED) {
      const response = await fetch(`/__cdn/locales/${tag}.js`);
      expect(response.ok, `dist/locales/${tag}.js`).to.equal(true);
      const code = await response.text();
      const imports = [...code.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*["']([^"']+)["']/gm)];
      expect(imports.length, `${tag}: imports the registry`).to.be.greaterThan(0);
      for (const [statement, path] of imports)
        expect(path, `${tag}: ${statement}`).to.match(/^\.\.\/[\w-]+\.js$/);
      expect(code, `${tag}: import attributes`).to.not.match(/\bwith\s*\{\s*type/);
    }
  });

  it('load as a plain module script beside the standalone bundle, which then speaks it', async () => {
    // Nothing of the sources defined the elements: the standalone bundle's will.
    expect(customElements.get('input-progress-row')).to.equal(undefined);
    await moduleScript('/__cdn/input-progress.standalone.js');
    await moduleScript('/__cdn/locales/de.js');
    const wrapper = Object.assign(document.createElement('div'), { lang: 'de' });
    const row = document.createElement('input-progress-row') as InputProgressRow;
    Object.assign(row, { clock: testClock(), item: makeItem({ status: 'pending' }) });
    wrapper.append(row);
    document.body.append(wrapper);
    const badge = () => text(row.shadowRoot?.querySelector('[part~="row-badge"]'));
    await waitUntil(() => badge() !== '', 'the row rendered');
    expect(badge()).to.equal('Wartend');
    expect(text(row.shadowRoot!.querySelector('[part~="row-progress"]'))).to.contain(
      '5 von 10 Elementen',
    );
    wrapper.remove();
  });
});
