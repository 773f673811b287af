// The job every variant shows, built so that a poll changes exactly six rows of a 500-row page.
//
// 1,000 inputs on a manual clock, six at a time, 700 ms per item with no spread. Inputs
// 1–994 have one item each (about 10 % of them fail), so 130 s in they are all finished; the
// last six have 200 items each and are then processing, around item 30. The default order
// puts those six first, then the failed, then the completed inputs: a 500-row page shows all
// three kinds of row. Advancing the clock by 700 ms moves each of the six by exactly one item
// (new message, items, percent, time left) and changes nothing else: no input finishes, no
// count moves, the order stays.
import type { JobConfig } from '@input-progress/simulator';

export const JOB_INPUTS = 1000;
export const POLL_INTERVAL_MS = 700;
/** Inputs processing during the poll window: the rows each poll changes. */
export const CHANGING_ROWS = 6;

export function benchJobConfig(id: string): JobConfig {
  const overrides = Array.from({ length: JOB_INPUTS }, (_, index) =>
    index >= JOB_INPUTS - CHANGING_ROWS
      ? { items: 200, fails: false, metrics: 'full' as const }
      : null,
  );
  return {
    id,
    name: 'Benchmark job (1,000 inputs)',
    inputs: JOB_INPUTS,
    concurrency: CHANGING_ROWS,
    itemsPerInput: 1,
    msPerItem: POLL_INTERVAL_MS,
    spread: 0,
    failureRate: 0.1,
    seed: 3,
    elapsedMs: 130_000,
    inputOverrides: overrides,
  };
}
