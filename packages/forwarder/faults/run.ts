/**
 * The fault figures that take real time and memory (`pnpm --filter @input-progress/forwarder
 * faults`): prints each figure with its target, and exits non-zero when one is missed. The
 * fast regression tests of the same rows run with `pnpm test`.
 */
import type { Figure } from './harness.js';
import { bigBodies } from './big-bodies.js';
import { flood } from './flood.js';
import { memoryBudget } from './memory-budget.js';
import { redisOutage } from './redis-outage.js';

const scenarios: Record<string, () => Promise<Figure[]>> = {
  redisOutage,
  bigBodies,
  flood,
  memoryBudget,
};
const only = process.argv.slice(2);
let missed = 0;
for (const [name, run] of Object.entries(scenarios)) {
  if (only.length > 0 && !only.includes(name)) continue;
  for (const { name: label, value, target, met } of await run()) {
    if (!met) missed++;
    console.log(`${met ? '✔' : '✘'} ${label}: ${value} (target ${target})`);
  }
}
process.exit(missed === 0 ? 0 : 1);
