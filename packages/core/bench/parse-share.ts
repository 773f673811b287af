// What one poll of a 500-row page costs core: the response text read as JSON, validated and
// normalised (`parseJson` + `parseInputsProgressPage`), then turned into the feed's rows with
// structural sharing against the previous poll's rows (`toPageRows`). Prints figures, asserts
// nothing; not part of `pnpm test`. Run it with `pnpm --filter @input-progress/core bench`.
// Times are CPU time of this process (`process.cpuUsage`), which other work on a shared
// machine moves much less than wall-clock time.
//
// The pages come from the simulator, on the job `apps/bench` polls: 1,000 inputs, the last
// six processing with 200 items each, 130 s in; a 500-row page in the default order, and the
// clock moved by one item (700 ms) between pages, so each page changes exactly six rows.
import { loadavg } from 'node:os';
import { createSimulator } from '@input-progress/simulator';
import { parseJson } from '../src/parse-json.js';
import { toPageRows, type PageRows } from '../src/page-rows.js';
import { parseInputsProgressPage } from '../src/parse-response.js';
import type { InputsProgressPage } from '../src/types.js';

const JOB_ID = 'job_bench_parse';
const INPUTS = 1000;
const CHANGING_ROWS = 6;
const POLL_MS = 700;
const PAGES = 12;
/** Timed rounds, each of `OPS_PER_ROUND` parse+share operations; the median round is reported. */
const ROUNDS = 25;
const OPS_PER_ROUND = 20;
const WARM_UP_OPS = 200;

/** The progress page texts of the job, one per poll: the first, then one after each 700 ms. */
async function pageTexts(): Promise<string[]> {
  const simulator = createSimulator({ clock: 'manual', presets: false });
  const job = simulator.createJob({
    id: JOB_ID,
    inputs: INPUTS,
    concurrency: CHANGING_ROWS,
    itemsPerInput: 1,
    msPerItem: POLL_MS,
    spread: 0,
    failureRate: 0.1,
    seed: 3,
    elapsedMs: 130_000,
    inputOverrides: Array.from({ length: INPUTS }, (_, index) =>
      index >= INPUTS - CHANGING_ROWS
        ? { items: 200, fails: false, metrics: 'full' as const }
        : null,
    ),
  });
  const texts: string[] = [];
  for (let page = 0; page < PAGES; page++) {
    if (page > 0) job.advance(POLL_MS);
    const url = `http://127.0.0.1/v0.5/batch/jobs/${JOB_ID}/inputs/progress?limit=500`;
    const response = await simulator.handle(new Request(url));
    if (!response.ok) throw new Error(`simulator answered ${response.status}`);
    texts.push(await response.text());
  }
  return texts;
}

const parsePage = (text: string): InputsProgressPage =>
  parseInputsProgressPage(parseJson(text), JOB_ID);

/** Median ms per operation of `operation(i)` for i = 1…PAGES-1, over `ROUNDS` rounds. */
function measure(operation: (page: number) => unknown): number {
  const cycle = (count: number) => {
    for (let op = 0; op < count; op++) operation(1 + (op % (PAGES - 1)));
  };
  cycle(WARM_UP_OPS);
  const perOp: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.cpuUsage();
    cycle(OPS_PER_ROUND);
    const { user, system } = process.cpuUsage(start);
    perOp.push((user + system) / 1000 / OPS_PER_ROUND);
  }
  perOp.sort((a, b) => a - b);
  return perOp[Math.floor(perOp.length / 2)]!;
}

const loadAtStart = loadavg()[0]!.toFixed(1);
const texts = await pageTexts();
const pages = texts.map(parsePage);
const rows: PageRows[] = [];
for (const page of pages) rows.push(toPageRows(page, rows.at(-1) ?? null, page.limit));
const changed = rows[1]!.rows.filter((row, i) => row !== rows[0]!.rows[i]).length;
const json = texts.map((text) => JSON.parse(text) as unknown);

const figures = {
  'parse + share (one poll)': measure((i) =>
    toPageRows(parsePage(texts[i]!), rows[i - 1]!, pages[i]!.limit),
  ),
  '  parseJson': measure((i) => parseJson(texts[i]!)),
  '  parseInputsProgressPage': measure((i) => parseInputsProgressPage(json[i], JOB_ID)),
  '  toPageRows (share)': measure((i) => toPageRows(pages[i]!, rows[i - 1]!, pages[i]!.limit)),
  'JSON.parse alone, for scale': measure((i) => JSON.parse(texts[i]!)),
};

const load = () => loadavg()[0]!.toFixed(1);
console.log(
  `core parse + share: a ${pages[0]!.items.length}-row page of ${(texts[0]!.length / 1024).toFixed(0)} KiB, ` +
    `${changed} rows changed per poll; CPU ms per operation, median of ${ROUNDS} rounds of ` +
    `${OPS_PER_ROUND} (Node ${process.versions.node}, load average ${loadAtStart} → ${load()})`,
);
for (const [name, ms] of Object.entries(figures)) {
  console.log(
    `${name.padEnd(30)} ${ms.toFixed(3).padStart(8)} ms  ${(1000 / ms).toFixed(0).padStart(7)} ops/s`,
  );
}
