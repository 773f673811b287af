#!/usr/bin/env node
// `pnpm check:packages`: what `npm publish` would put in front of users, checked on the real
// tarballs, where tests/consumer does not look. Every public package under packages/ (found
// from its package.json, so new ones are picked up) is packed with `pnpm pack` and unpacked,
// then checked: publint --strict and Are The Types Wrong (ESM-only profile) with zero
// problems; every main/types/exports/bin/sideEffects path is in the tarball; no test,
// test-support, fixture or bench file is; LICENSE, README.md and CHANGELOG.md (when there is
// one) ship; the metadata a registry page needs is there; every source map is self-contained;
// the docs' CDN tag pins the elements' version with the hash of the packed standalone bundle.
// Then a Node project without the DOM library typechecks against the packed core, and
// `changeset version` runs in a throwaway copy of the workspace, followed by the CDN tag's
// rewrite as `pnpm version-packages` does it (nothing published, nothing in the repository
// changes). tests/consumer covers the rest: installing the tarballs, typechecking
// every entry with the DOM library, the custom-elements manifest, a Vite build, Node imports.
// Prints a summary per package; exits non-zero when a check failed. Needs the packages built
// (`pnpm check:packages` builds them first). Works offline.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { resultsDir } from './results.mjs';
import { checkCdnSnippet } from './check-packages/cdn-snippet.mjs';
import { checkChangesetVersion } from './check-packages/changeset-version.mjs';
import { exec, readJson, root, walk } from './check-packages/common.mjs';
import { checkAttw, checkPublint } from './check-packages/lint-tarball.mjs';
import { checkNodeConsumer } from './check-packages/node-consumer.mjs';
import {
  checkContents,
  checkMetadata,
  checkPaths,
  checkShippedDocs,
  checkSourceMaps,
} from './check-packages/tarball-checks.mjs';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

const publicPackages = readdirSync(join(root, 'packages'))
  .map((name) => `packages/${name}`)
  .filter((dir) => existsSync(join(root, dir, 'package.json')))
  .map((dir) => ({ dir, ...readJson(join(root, dir, 'package.json')) }))
  .filter((p) => !p.private);

const tmp = mkdtempSync(join(tmpdir(), 'input-progress-check-packages-'));
const results = []; // { scope, check, problems, summary? }
const rows = [];
const tarballs = new Map();
try {
  for (const p of publicPackages) {
    const packed = exec(
      'pnpm',
      ['pack', '--pack-destination', join(tmp, 'tarballs'), '--json'],
      join(root, p.dir),
    );
    if (!packed.ok) {
      results.push({ scope: p.name, check: 'pack', problems: [packed.output.trim()] });
      continue;
    }
    const { filename } = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('{')));
    const tarball = isAbsolute(filename) ? filename : join(tmp, 'tarballs', filename);
    tarballs.set(p.name, tarball);
    const sourceDir = join(tmp, 'unpacked', p.name);
    mkdirSync(sourceDir, { recursive: true });
    const untar = exec('tar', ['xzf', tarball, '-C', sourceDir, '--strip-components=1'], tmp);
    if (!untar.ok) throw new Error(`Cannot unpack ${tarball}: ${untar.output}`);
    const files = new Set(walk(sourceDir));
    const context = {
      manifest: readJson(join(sourceDir, 'package.json')),
      source: p,
      dir: p.dir,
      files,
      sourceDir,
      tarball,
    };
    const publint = await checkPublint(context);
    const attw = checkAttw(context);
    const checks = {
      publint: publint.problems,
      attw: attw.problems,
      'paths in tarball': checkPaths(context),
      'no test files': checkContents(context),
      'source maps': checkSourceMaps(context),
      metadata: checkMetadata(context),
      'LICENSE, README, CHANGELOG': checkShippedDocs(context),
      ...(p.name === '@input-progress/elements'
        ? { "docs' CDN tag: version and integrity": checkCdnSnippet(context) }
        : {}),
    };
    for (const [check, problems] of Object.entries(checks))
      results.push({ scope: p.name, check, problems });
    const unpacked = [...files].reduce(
      (sum, file) => sum + statSync(join(sourceDir, file)).size,
      0,
    );
    const failed = Object.values(checks).filter((problems) => problems.length).length;
    rows.push([
      p.name,
      kB(statSync(tarball).size),
      kB(unpacked),
      String(files.size),
      publint.summary,
      attw.summary,
      failed ? `${failed} failed` : 'all passed',
    ]);
  }
  results.push({
    scope: 'consumers',
    check:
      'Node project (lib ES2022, @types/node, skipLibCheck false) typechecks against packed core',
    problems: checkNodeConsumer(tmp, tarballs),
  });
  const changesets = checkChangesetVersion(tmp, publicPackages);
  results.push({
    scope: 'changesets',
    check: `changeset version in a throwaway copy: ${changesets.summary}`,
    problems: changesets.problems,
  });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const failures = results.filter((r) => r.problems.length);
for (const r of failures) {
  console.log(`✗ ${r.scope}: ${r.check}`);
  for (const problem of r.problems) console.log(`    ${problem}`);
}
console.log('\nPackages as published (pnpm pack):');
const header = [
  'package',
  'tarball',
  'unpacked',
  'files',
  'publint --strict',
  'attw --profile esm-only',
  'checks',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
for (const row of [header, ...rows])
  console.log(`  ${row.map((cell, i) => cell.padEnd(widths[i])).join('  ')}`);
for (const r of results.filter((r) => r.scope === 'consumers' || r.scope === 'changesets'))
  console.log(`  ${r.problems.length ? '✗' : '✓'} ${r.check}`);
const passed = results.length - failures.length;
console.log(`check:packages: ${passed} of ${results.length} checks passed`);

// Counted in `pnpm test`'s totals like a test run.
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  join(resultsDir, 'check-packages.json'),
  JSON.stringify({
    package: 'check:packages',
    engine: 'node',
    passed,
    failed: failures.length,
    skipped: 0,
    failures: failures.map(
      (r) => `${r.scope}: ${r.check}: ${String(r.problems[0]).split('\n')[0]}`,
    ),
  }),
);
process.exit(failures.length || !publicPackages.length ? 1 : 0);
