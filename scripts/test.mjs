#!/usr/bin/env node
// `pnpm test`: lint, typecheck and every test of every package in every engine, the size
// budgets, the published packages' checks (scripts/check-packages.mjs, counted in the totals),
// then one closing line with the totals: "N passed, N failed, N skipped".
// Exits non-zero when anything failed, a budget is exceeded, or no test ran at all.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { resultsDir } from './results.mjs';

rmSync(resultsDir, { recursive: true, force: true });
const env = { TURBO_TELEMETRY_DISABLED: '1', ...process.env };
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
// Two at a time: the machine has two cores and browser runs are heavy.
const turboPassed = run('pnpm', [
  'exec',
  'turbo',
  'run',
  'build',
  'lint',
  'lint:root',
  'format:check',
  'typecheck',
  'test',
  '--concurrency=2',
  '--continue',
  ...process.argv.slice(2),
]);
const sizePassed = turboPassed && run('node', ['scripts/size.mjs']);
// Also after a failed test: it records its own results (a package whose build failed
// fails its checks there too).
const packagesPassed = run('node', ['scripts/check-packages.mjs']);

let files = [];
try {
  files = readdirSync(resultsDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
} catch {
  // no results: reported below
}
const totals = { passed: 0, failed: 0, skipped: 0 };
const results = files.map((file) => JSON.parse(readFileSync(`${resultsDir}/${file}`, 'utf8')));
// What failed, by name, where the tail of a long log still shows it.
const failures = results.flatMap((r) =>
  (r.failures ?? []).map((failure) => `  ${r.package} (${r.engine}): ${failure}`),
);
if (failures.length) console.log(`\nFailed tests:\n${failures.join('\n')}`);
console.log('\nTest totals by package and engine:');
for (const r of results) {
  // Worded unlike the closing line, which alone carries the totals.
  console.log(
    `  ${`${r.package} (${r.engine})`.padEnd(22)} passed ${r.passed}, failed ${r.failed}, skipped ${r.skipped}`,
  );
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.skipped;
}
const turboFailed = !turboPassed || !sizePassed || !packagesPassed;
if (!turboPassed) console.log('  (a build, lint, typecheck or test task failed; see above)');
if (turboPassed && !sizePassed)
  console.log('  (a size budget was exceeded or an entry is missing; see above)');
if (!packagesPassed) console.log('  (a published package failed check:packages; see above)');
// A failed task or budget that recorded no failing test still counts as one failure.
if (turboFailed && totals.failed === 0) totals.failed = 1;
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
const ran = totals.passed + totals.failed;
if (ran === 0) console.error('No test ran.');
process.exit(turboFailed || totals.failed > 0 || ran === 0 ? 1 : 0);
