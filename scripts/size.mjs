#!/usr/bin/env node
// `pnpm size`: min+gzip size of every published entry point, bundled the way a user's bundler
// would (esbuild, minified, ESM; what size-limit's esbuild preset does, without the extra
// dependencies), checked against the budgets in size.config.json: core ≤ 6 kB, the elements'
// entries ≤ 10 kB without Lit and core, the standalone bundle (everything a page needs) ≤ 24 kB.
// `scripts/test.mjs` runs it, so CI fails when an entry grows past its budget.
// 1 kB = 1,000 bytes. Exits non-zero when an entry is missing or over its budget.
import { build } from 'esbuild';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entries = JSON.parse(readFileSync(`${root}/size.config.json`, 'utf8'));
const parseLimit = (limit) => {
  const match = /^([\d.]+)\s*(B|kB)$/.exec(limit);
  if (!match) throw new Error(`Cannot read the size limit "${limit}"; write e.g. "4 kB".`);
  return Number(match[1]) * (match[2] === 'kB' ? 1000 : 1);
};
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

let failed = false;
console.log('Size (minified + gzip, level 9):');
for (const entry of entries) {
  const path = `${root}/${entry.path}`;
  if (!existsSync(path)) {
    console.log(`  ✗ ${entry.name}: ${entry.path} is missing (run pnpm build)`);
    failed = true;
    continue;
  }
  const result = await build({
    entryPoints: [path],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    external: entry.external ?? [],
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const limit = entry.limit ? parseLimit(entry.limit) : null;
  const over = limit !== null && gzip > limit;
  failed ||= over;
  const budget =
    limit === null
      ? '(no budget)'
      : `${over ? 'OVER' : 'within'} budget ${entry.limit} (${Math.round((gzip / limit) * 100)}%)`;
  console.log(
    `  ${over ? '✗' : '✓'} ${entry.name}: ${kB(gzip)} (${kB(code.length)} minified) ${budget}`,
  );
}
process.exit(failed ? 1 : 0);
