#!/usr/bin/env node
// Builds dist/input-progress.standalone.js: one minified ES module with Lit, @lit/task and
// @input-progress/core inside that registers both tags, for
// <script type="module" src="…/input-progress.standalone.js"> in a page with no build step.
// Runs after tsc, from the emitted dist/define.js.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: dir,
  entryPoints: ['dist/define.js'],
  outfile: 'dist/input-progress.standalone.js',
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  // Production builds of Lit: no "development" condition.
  conditions: ['browser', 'production'],
  sourcemap: true,
  legalComments: 'eof',
  logLevel: 'warning',
});
