#!/usr/bin/env node
// Builds dist/locales/<tag>.js with the translation's messages inside. A locale's source,
// src/locales/<tag>.ts, imports its ICU messages from <tag>.json beside it (the translation is
// data); tsc keeps that import as it is, but a JSON module import (`with { type: 'json' }`)
// does not load everywhere a page may load the locale from (a CDN next to the standalone
// bundle, older browsers and bundlers). esbuild writes each module again over tsc's output,
// with the JSON inlined and every other import (`../messages.js`, `../locale-registry.js`)
// left as it is, then the JSON copies tsc made are removed. Runs after tsc (`pnpm build`).
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = resolve(fileURLToPath(new URL('..', import.meta.url)));
const locales = readdirSync(join(dir, 'src/locales')).filter(
  (file) => file.endsWith('.ts') && !file.includes('.test.'),
);

/** Keeps every import but the JSON ones out of the bundle, with its path as written. */
const onlyJsonInside = {
  name: 'only-json-inside',
  setup(esbuild) {
    esbuild.onResolve({ filter: /.*/ }, ({ path, kind }) =>
      kind === 'entry-point' || path.endsWith('.json') ? undefined : { path, external: true },
    );
  },
};

await build({
  absWorkingDir: dir,
  entryPoints: locales.map((file) => `src/locales/${file}`),
  outdir: 'dist/locales',
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  // Like tsc's maps: the sources ship in src/, so the map names them without copies.
  sourcemap: true,
  sourcesContent: false,
  charset: 'utf8',
  plugins: [onlyJsonInside],
  logLevel: 'warning',
});
for (const file of readdirSync(join(dir, 'dist/locales')))
  if (file.endsWith('.json')) rmSync(join(dir, 'dist/locales', file));
