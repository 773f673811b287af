#!/usr/bin/env node
// Builds dist/input-progress.standalone.js: one minified ES module with Lit, @lit/task,
// @lit-labs/motion and @input-progress/core inside that registers the three tags, for
// <script type="module" src="…/input-progress.standalone.js"> in a page with no build step;
// plus its types (what define.js exports) and a source map that names no build machine path.
//
// Only this bundle has its template text minified (minify-literals): the per-module build
// is tsc's output as it is, for the app's own bundler to minify. Whitespace in templates is
// collapsed to one space, never removed, so no text or inline gap can change.
import { build } from 'esbuild';
import { minifyHTMLLiterals } from 'minify-literals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(dir, 'dist');
const outfile = join(dist, 'input-progress.standalone.js');

/** Minifies the html`` and css`` text of this package's own sources; keeps a source map. */
const minifyTemplates = {
  name: 'minify-templates',
  setup(bundler) {
    const ownSource = new RegExp(
      `^${join(dir, 'src').replaceAll(/[\\^$.*+?()[\]{}|]/g, '\\$&')}.*\\.ts$`,
    );
    bundler.onLoad({ filter: ownSource }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const result = await minifyHTMLLiterals(source, {
        fileName: path,
        // Whitespace runs become one space, never nothing (an inline gap between two tags
        // renders); attributes stay as written, empty ones included.
        minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false },
      });
      if (!result) return { contents: source, loader: 'ts' };
      // esbuild chains an inline input map, so the bundle's map still points at the .ts.
      const map = { ...result.map, sources: [path], sourcesContent: [source] };
      const inline = Buffer.from(JSON.stringify(map)).toString('base64');
      return {
        contents: `${result.code}\n//# sourceMappingURL=data:application/json;base64,${inline}\n`,
        loader: 'ts',
      };
    });
  },
};

/** `name/path/in/package` of a file in another package, found from its package.json. */
function packagePath(file) {
  for (let d = dirname(file); d !== dirname(d); d = dirname(d)) {
    const manifest = join(d, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name } = JSON.parse(readFileSync(manifest, 'utf8'));
    if (name) return `${name}/${relative(d, file).split(sep).join('/')}`;
  }
  throw new Error(`No package.json above ${file}`);
}

const result = await build({
  absWorkingDir: dir,
  entryPoints: ['src/define.ts'],
  outfile,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  // Production builds of Lit: no "development" condition.
  conditions: ['browser', 'production'],
  sourcemap: true,
  sourcesContent: true,
  legalComments: 'eof',
  plugins: [minifyTemplates],
  write: false,
  logLevel: 'warning',
});

for (const file of result.outputFiles) {
  if (!file.path.endsWith('.map')) {
    writeFileSync(file.path, file.contents);
    continue;
  }
  // esbuild names sources by their path from dist/, e.g. ../../../node_modules/.pnpm/…: this
  // package's own files keep it (src/ is published), every other file becomes
  // `package-name/path` (lit-html/src/lit-html.ts); their text is in sourcesContent.
  const map = JSON.parse(file.text);
  map.sources = map.sources.map((source) => {
    const path = resolve(dist, source);
    return path.startsWith(dir + sep)
      ? relative(dist, path).split(sep).join('/')
      : packagePath(path);
  });
  writeFileSync(file.path, JSON.stringify(map));
}

writeFileSync(
  join(dist, 'input-progress.standalone.d.ts'),
  `// Types of input-progress.standalone.js: it registers both tags and exports what define.js
// exports, with its own copies of Lit and the core inside.
export * from './define.js';
`,
);
