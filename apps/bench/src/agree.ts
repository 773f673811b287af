// `pnpm --filter bench agree -- <first.json> <second.json>`: issue 21's "done when" figures of
// two runs (results files, paths relative to apps/bench) side by side, and whether each
// agrees with the other within its spread over the rounds.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliArgs } from './cli-args.js';
import type { Results } from './report.js';
import { formatAgreement, targetsOf } from './targets.js';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const files = cliArgs();
if (files.length !== 2) {
  console.error('usage: agree <first results.json> <second results.json>');
  process.exit(2);
}
const [first, second] = await Promise.all(
  files.map(async (file) => {
    const results = JSON.parse(await readFile(resolve(appDir, file), 'utf8')) as Results;
    const differs = Object.keys((results.samples.rowTextDifferences as object | undefined) ?? {});
    return { results, targets: targetsOf(results.measures, differs) };
  }),
);
for (const [index, { results }] of [first!, second!].entries()) {
  const env = results.environment;
  console.log(
    `run ${index + 1}: ${results.date}, load average ${Number(env.loadAverageAtStart).toFixed(1)} → ${Number(env.loadAverageAtEnd).toFixed(1)}`,
  );
}
console.log(`\n${formatAgreement(first!.targets, second!.targets)}`);
