#!/usr/bin/env node
// Builds dist/input-progress.standalone.js: one minified ES module with Lit, @lit/task,
// @lit-labs/motion and @input-progress/core inside that registers the three tags, for
// <script type="module" src="…/input-progress.standalone.js"> in a page with no build step;
// plus its types (what define.js exports) and a source map that names no build machine path.
//
// Its template text is minified as the per-module build's is (scripts/minify-templates.mjs).
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildMinifyTemplates } from './minify-templates.mjs';

const dir = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(dir, 'dist');
const outfile = join(dist, 'input-progress.standalone.js');

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

/**
 * How the standalone bundle is built, without where it goes: `pnpm size` (scripts/size.mjs at
 * the repository root) builds it again with these to show what each package contributes.
 */
export const standaloneBuildOptions = {
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
  legalComments: 'eof',
  plugins: [esbuildMinifyTemplates()],
  logLevel: 'warning',
};

/** Writes the bundle, its source map and its types into dist/. */
async function writeStandalone() {
  const result = await build({
    ...standaloneBuildOptions,
    sourcemap: true,
    sourcesContent: true,
    write: false,
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
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeStandalone();
}
