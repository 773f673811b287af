#!/usr/bin/env node
// `pnpm test`: lint, typecheck and every test of every package in every engine, then one
// closing line with the totals: "N passed, N failed, N skipped". Exits non-zero when anything
// failed, or when no test ran at all.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { resultsDir } from './results.mjs';

rmSync(resultsDir, { recursive: true, force: true });
const turbo = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'lint', 'typecheck', 'test', '--concurrency=2', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { TURBO_TELEMETRY_DISABLED: '1', ...process.env } },
);

let files = [];
try {
  files = readdirSync(resultsDir).filter((f) => f.endsWith('.json')).sort();
} catch {
  // no results: reported below
}
const totals = { passed: 0, failed: 0, skipped: 0 };
console.log('\nTest totals by package and engine:');
for (const file of files) {
  const r = JSON.parse(readFileSync(`${resultsDir}/${file}`, 'utf8'));
  console.log(`  ${`${r.package} (${r.engine})`.padEnd(28)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.skipped;
}
const turboFailed = turbo.status !== 0;
if (turboFailed) console.log('  (a lint, typecheck, build or test task failed; see above)');
// A failed task that recorded no failing test still counts as one failure.
if (turboFailed && totals.failed === 0) totals.failed = 1;
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
const ran = totals.passed + totals.failed;
if (ran === 0) console.error('No test ran.');
process.exit(turboFailed || totals.failed > 0 || ran === 0 ? 1 : 0);
