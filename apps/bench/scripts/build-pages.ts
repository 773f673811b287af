// Builds the benchmark pages into dist/: each variant's HTML page (src/page-html.ts) and
// script (minified production builds, as a site would ship them), the pages' stylesheets
// (src/page-css.ts: the elements' own rules under the pages' selectors) and the counters
// injected in the mount/unmount scenario. The <input-progress-list> page loads the elements'
// own standalone bundle instead of a script of its own making.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { elementsStyleModules, listCss, typicalCss } from '../src/page-css.js';
import { pageHtml } from '../src/page-html.js';
import { VARIANTS } from '../src/variants.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;

await mkdir(dist, { recursive: true });
const styles = elementsStyleModules();
await writeFile(`${dist}list.css`, listCss(styles));
await writeFile(`${dist}list-typical.css`, typicalCss(styles));
await writeFile(`${dist}blank.html`, pageHtml('blank'));
for (const variant of VARIANTS) {
  await writeFile(`${root}${variant.page.slice(1)}`, pageHtml(variant.label, variant));
}

await build({
  absWorkingDir: root,
  entryPoints: [
    'src/pages/elements-page.ts',
    'src/pages/react-page.tsx',
    'src/pages/react-core-page.tsx',
    'src/pages/plain-page.ts',
  ],
  outdir: 'dist',
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['browser', 'production'],
  legalComments: 'none',
  logLevel: 'warning',
});
await build({
  absWorkingDir: root,
  entryPoints: ['src/pages/counters.ts'],
  outdir: 'dist',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  logLevel: 'warning',
});
