#!/usr/bin/env node
// `pnpm size`: min+gzip size of every published entry point, bundled the way a user's bundler
// would (esbuild, minified, ESM; what size-limit's esbuild preset does, without the extra
// dependencies), checked against the budgets in size.config.json (issue 10 asks core ≤ 6 kB,
// the elements' entries ≤ 10 kB without Lit and core, the standalone bundle, everything a page
// needs, ≤ 24 kB; the config's notes say where a budget differs, and why).
// `scripts/test.mjs` runs it, so CI fails when an entry grows past its budget.
// An entry with a `breakdown` (the standalone bundle) also prints what each package
// contributes to it: the bundle is built again from source with the options of the script
// that builds it (`breakdown.build` exports `standaloneBuildOptions`), and esbuild's metafile
// says how many minified bytes of the output come from each input. Their gzip is estimated
// as each part's share of the minified bytes times the whole gzip (gzip works on the whole
// file, so a part has no gzip size of its own).
// 1 kB = 1,000 bytes. Exits non-zero when an entry is missing or over its budget.
import { build } from 'esbuild';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entries = JSON.parse(readFileSync(`${root}/size.config.json`, 'utf8'));
const parseLimit = (limit) => {
  const match = /^([\d.]+)\s*(B|kB)$/.exec(limit);
  if (!match) throw new Error(`Cannot read the size limit "${limit}"; write e.g. "4 kB".`);
  return Number(match[1]) * (match[2] === 'kB' ? 1000 : 1);
};
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/** The name in the nearest package.json above `file` that has one. */
function packageNameOf(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name } = JSON.parse(readFileSync(manifest, 'utf8'));
    if (name) return name;
  }
  throw new Error(`No package.json with a name above ${file}`);
}

/**
 * Prints the minified bytes each group of packages (`breakdown.groups`: label → package
 * names; a package in no group gets a line of its own) contributes to the entry, and their
 * estimated share of its gzip size.
 */
async function printBreakdown(breakdown, gzip, minified) {
  const script = pathToFileURL(resolve(root, breakdown.build)).href;
  const { standaloneBuildOptions: options } = await import(script);
  // Without legal comments, as the entry was measured above.
  const result = await build({
    ...options,
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const [output] = Object.values(result.metafile.outputs).filter((o) => o.entryPoint);
  const groupOf = new Map(
    Object.entries(breakdown.groups).flatMap(([label, names]) =>
      names.map((name) => [name, label]),
    ),
  );
  const bytes = new Map(Object.keys(breakdown.groups).map((label) => [label, 0]));
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = packageNameOf(resolve(options.absWorkingDir ?? root, input));
    const label = groupOf.get(name) ?? name;
    bytes.set(label, (bytes.get(label) ?? 0) + bytesInOutput);
  }
  const total = output.bytes;
  if (Math.abs(total - minified) > minified * 0.01) {
    console.log(
      `      (built from source it is ${kB(total)} minified, not ${kB(minified)}: is dist/ stale? run pnpm build)`,
    );
  }
  const width = Math.max(...[...bytes.keys()].map((label) => label.length));
  console.log(
    `      what each part adds (minified bytes from esbuild's metafile; gzip ≈ share × ${kB(gzip)}):`,
  );
  for (const [label, n] of [...bytes].sort((a, b) => b[1] - a[1])) {
    const share = n / total;
    console.log(
      `        ${label.padEnd(width)}  ≈ ${kB(share * gzip).padStart(8)}  (${kB(n).padStart(8)} minified, ${(share * 100).toFixed(1).padStart(4)}%)`,
    );
  }
  const rest = total - [...bytes.values()].reduce((a, b) => a + b, 0);
  console.log(
    `        ${'(the bundle’s own glue)'.padEnd(width)}  ≈ ${kB((rest / total) * gzip).padStart(8)}  (${kB(rest).padStart(8)} minified)`,
  );
}

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
  if (entry.breakdown) await printBreakdown(entry.breakdown, gzip, code.length);
}
process.exit(failed ? 1 : 0);
