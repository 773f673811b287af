// `pnpm bench`: <input-progress-list> side by side with a React 19 + TanStack Query list and a
// plain-DOM list on core, all showing the same simulated job on one loopback origin. Prints
// one table of medians with each variant's ratio to the React variant, checks issue 10's
// targets, and writes the figures to results/last-run.json. Options (after `--`):
//   --runs N          CDP samples per scenario and variant (default 3, at least 3)
//   --samples N       tachometer samples per page (default 5, at least 3)
//   --only LIST       scenarios: first-render,poll,mount,time (default all)
//   --compare FILE    add a column with an earlier run's <input-progress-list> figures
//                     (e.g. baseline.json, the figures in README.md)
//   --standalone FILE serve another build of the standalone bundle instead of the built one
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { simulatorControl } from '@input-progress/simulator/control';
import { fileFor, standalonePath, startBenchServer } from './server.js';
import { benchJobConfig, CHANGING_ROWS } from './bench-job.js';
import {
  CHROMEDRIVER,
  CHROMIUM,
  firstRender,
  launchChromium,
  mountCycles,
  MOUNT_CYCLES,
  MOUNT_ROWS,
  pollWindows,
  POLLS_PER_WINDOW,
  STATIC_JOB,
  type FirstRenderSample,
  type MountSample,
  type PollSample,
} from './cdp.js';
import { runTachometer, tachometerName } from './tachometer.js';
import { VARIANTS, type VariantId, type VariantInfo } from './variants.js';
import { median } from './stats.js';
import { formatTable, formatTargets, type Measure, type Results } from './report.js';
import { cliArgs } from './cli-args.js';

const SCENARIOS = ['first-render', 'poll', 'mount', 'time'] as const;
type Scenario = (typeof SCENARIOS)[number];
const ROW_COUNTS = [20, 100, 500] as const;
/** The whole run stops after this long, whatever state it is in. */
const DEADLINE_MS = 15 * 60_000;

const appDir = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = `${appDir}results`;

const { values: args } = parseArgs({
  args: cliArgs(),
  options: {
    runs: { type: 'string', default: '3' },
    samples: { type: 'string', default: '5' },
    only: { type: 'string', default: SCENARIOS.join(',') },
    compare: { type: 'string' },
    standalone: { type: 'string' },
  },
});
const runs = Number(args.runs);
const samples = Number(args.samples);
const scenarios = new Set(args.only.split(',').map((s) => s.trim()) as Scenario[]);
function usage(problem: string): never {
  console.error(`bench: ${problem}`);
  process.exit(2);
}
for (const scenario of scenarios) {
  if (!SCENARIOS.includes(scenario)) {
    usage(`unknown scenario "${scenario}"; use ${SCENARIOS.join(', ')}.`);
  }
}
if (!(runs >= 3) || !(samples >= 3))
  usage('--runs and --samples must be at least 3 (medians of 3 or more).');

function requireFile(path: string, help: string): void {
  if (existsSync(path)) return;
  console.error(`bench: ${path} is missing. ${help}`);
  process.exit(1);
}
requireFile(CHROMIUM, 'Install Chromium: apt-get install -y chromium (or `pnpm browsers`).');
if (scenarios.has('time')) {
  requireFile(
    CHROMEDRIVER,
    'tachometer drives Chromium through chromedriver: apt-get install -y chromium-driver ' +
      '(or leave the time scenario out: pnpm bench -- --only first-render,poll,mount).',
  );
}
// Paths are relative to apps/bench, where the task runs.
const standalone = args.standalone ? resolve(appDir, args.standalone) : standalonePath;
for (const file of [standalone, `${appDir}dist/react-page.js`, `${appDir}dist/counters.js`]) {
  requireFile(file, 'Build first: `pnpm bench` from the repository root builds what it needs.');
}

const deadline = setTimeout(() => {
  console.error(`bench: still running after ${DEADLINE_MS / 60_000} minutes; stopping.`);
  process.exit(1);
}, DEADLINE_MS);
deadline.unref();

/** Min+gzip bytes of what the variant's page loads (its scripts and stylesheet). */
async function pageBytes(variant: VariantInfo): Promise<number> {
  let total = 0;
  for (const asset of variant.assets) {
    total += gzipSync(await readFile(fileFor(asset, standalone)!), { level: 9 }).length;
  }
  return total;
}

/** Runs `fn` for every variant, `runs` times, starting each round with the next variant. */
async function rounds<T>(label: string, fn: (variant: VariantInfo, run: number) => Promise<T>) {
  const results = new Map<VariantId, T[]>(VARIANTS.map((v) => [v.id, []]));
  process.stdout.write(`  ${label}: `);
  for (let run = 0; run < runs; run++) {
    process.stdout.write(`${run + 1} `);
    for (let i = 0; i < VARIANTS.length; i++) {
      const variant = VARIANTS[(run + i) % VARIANTS.length]!;
      results.get(variant.id)!.push(await fn(variant, run));
    }
  }
  process.stdout.write('\n');
  return results;
}

const perVariant = <T>(results: Map<VariantId, T[]>, pick: (sample: T) => number) =>
  Object.fromEntries(VARIANTS.map((v) => [v.id, median(results.get(v.id)!.map(pick))])) as Record<
    VariantId,
    number
  >;

const started = Date.now();
const loadAtStart = loadavg()[0]!;
const server = await startBenchServer({ standalone });
const measures: Measure[] = [];
const rawSamples: Record<string, unknown> = {};
let chromiumVersion = '';
try {
  await simulatorControl(server.origin).createJob(benchJobConfig(STATIC_JOB));
  console.log(
    `bench: simulator and pages on ${server.origin}; ${runs} runs per scenario, ${samples} tachometer samples`,
  );

  const firstRenders = new Map<number, Map<VariantId, FirstRenderSample[]>>();
  let polls: Map<VariantId, PollSample[]> | null = null;
  let mounts: Map<VariantId, MountSample[]> | null = null;
  if (scenarios.has('first-render') || scenarios.has('poll') || scenarios.has('mount')) {
    const browser = await launchChromium();
    chromiumVersion = browser.version();
    try {
      // The browser's first page loads are slower (cold caches and code): not counted.
      for (const variant of VARIANTS) await firstRender(browser, server, variant, 100);
      if (scenarios.has('first-render')) {
        for (const rows of ROW_COUNTS) {
          firstRenders.set(
            rows,
            await rounds(`first render, ${rows} rows`, (v) =>
              firstRender(browser, server, v, rows),
            ),
          );
        }
      }
      if (scenarios.has('poll'))
        polls = await rounds('poll windows', (v, run) => pollWindows(browser, server, v, run));
      if (scenarios.has('mount'))
        mounts = await rounds('mount/unmount', (v) => mountCycles(browser, server, v));
    } finally {
      await browser.close();
    }
  }
  let times: Map<string, number[]> | null = null;
  if (scenarios.has('time')) {
    console.log(
      `  time to last row: tachometer, ${samples} samples of ${VARIANTS.length * ROW_COUNTS.length} pages`,
    );
    const benchmarks = ROW_COUNTS.flatMap((rows) => VARIANTS.map((variant) => ({ variant, rows })));
    await mkdir(resultsDir, { recursive: true });
    times = await runTachometer(server.origin, benchmarks, samples, resultsDir);
  }

  for (const rows of ROW_COUNTS) {
    const scenario = `first render, ${rows} rows`;
    if (times) {
      const values = Object.fromEntries(
        VARIANTS.map((variant) => [
          variant.id,
          median(times!.get(tachometerName({ variant, rows })) ?? []),
        ]),
      );
      measures.push({
        scenario,
        measure: 'time to last row on screen, ms (tachometer)',
        key: `first-render-${rows}-time`,
        values,
        format: 'ms',
        ratio: true,
      });
    }
    const samplesOf = firstRenders.get(rows);
    if (samplesOf) {
      measures.push({
        scenario,
        measure: 'main-thread work, ms',
        key: `first-render-${rows}-work`,
        values: perVariant(samplesOf, (s) => s.workMs),
        format: 'ms',
        ratio: true,
      });
      measures.push({
        scenario,
        measure: 'of which style + layout, ms',
        key: `first-render-${rows}-style-layout`,
        values: perVariant(samplesOf, (s) => s.styleLayoutMs),
        format: 'ms',
        ratio: true,
      });
      rawSamples[`first-render-${rows}`] = Object.fromEntries(samplesOf);
    }
  }
  if (polls) {
    const scenario = `poll window: ${POLLS_PER_WINDOW} polls, ${CHANGING_ROWS} of 500 rows change`;
    measures.push({
      scenario,
      measure: 'main-thread work, ms',
      key: 'poll-work',
      values: perVariant(polls, (s) => s.motion.workMs),
      format: 'ms',
      ratio: true,
    });
    measures.push({
      scenario,
      measure: 'main-thread work with reduced motion (no bar transitions), ms',
      key: 'poll-work-reduced-motion',
      values: perVariant(polls, (s) => s.reducedMotion.workMs),
      format: 'ms',
      ratio: true,
    });
    measures.push({
      scenario,
      measure: 'rows whose DOM mutated (most of both windows)',
      key: 'poll-rows-touched',
      values: perVariant(polls, (s) => Math.max(s.motion.rowsTouched, s.reducedMotion.rowsTouched)),
      format: 'count',
      ratio: false,
    });
    measures.push({
      scenario,
      measure: 'DOM mutation records',
      key: 'poll-mutations',
      values: perVariant(polls, (s) => s.motion.mutationRecords),
      format: 'count',
      ratio: true,
    });
    rawSamples.poll = Object.fromEntries(polls);
  }
  if (mounts) {
    const scenario = `${MOUNT_CYCLES} mount/unmount cycles, ${MOUNT_ROWS} rows`;
    measures.push({
      scenario,
      measure: 'main-thread work, ms',
      key: 'mount-work',
      values: perVariant(mounts, (s) => s.workMs),
      format: 'ms',
      ratio: true,
    });
    measures.push({
      scenario,
      measure: 'heap growth after GC, MB',
      key: 'mount-heap',
      values: perVariant(mounts, (s) => s.heapGrowth / 1e6),
      format: 'mb',
      ratio: false,
    });
    measures.push({
      scenario,
      measure: 'timers left',
      key: 'mount-timers',
      values: perVariant(mounts, (s) => s.timersGrowth),
      format: 'count',
      ratio: false,
    });
    measures.push({
      scenario,
      measure: 'window/document listeners left',
      key: 'mount-listeners',
      values: perVariant(mounts, (s) => s.listenersGrowth),
      format: 'count',
      ratio: false,
    });
    measures.push({
      scenario,
      measure: 'requests after unmount',
      key: 'mount-requests',
      values: perVariant(mounts, (s) => s.requestsAfter),
      format: 'count',
      ratio: false,
    });
    rawSamples.mount = Object.fromEntries(mounts);
  }
  const sizes = Object.fromEntries(
    await Promise.all(VARIANTS.map(async (v) => [v.id, (await pageBytes(v)) / 1000])),
  );
  measures.push({
    scenario: 'what the page loads',
    measure: 'JS + CSS, min+gzip, kB',
    key: 'page-size',
    values: sizes,
    format: 'kb',
    ratio: true,
  });
  if (times) rawSamples.time = Object.fromEntries(times);

  const results: Results = {
    date: new Date().toISOString(),
    environment: {
      node: process.version,
      chromium: chromiumVersion,
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? '',
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadavg()[0]!,
    },
    settings: { runs, samples, scenarios: [...scenarios], pollIntervalMs: 700, jobInputs: 1000 },
    measures,
    samples: rawSamples,
  };
  // Relative to apps/bench, where the task runs (e.g. `--compare baseline.json`).
  const previous = args.compare
    ? (JSON.parse(await readFile(resolve(appDir, args.compare), 'utf8')) as Results)
    : undefined;
  await mkdir(resultsDir, { recursive: true });
  await writeFile(`${resultsDir}/last-run.json`, JSON.stringify(results, null, 2));

  console.log(
    `\nMedians of ${runs} CDP runs and ${samples} tachometer samples, Chromium ${chromiumVersion || '(not launched)'}; ` +
      'work = main-thread task CPU time (CDP TaskDuration, threadTicks); ratios are to the React variant, within this run.\n',
  );
  console.log(formatTable(measures, previous));
  const targets = formatTargets(measures);
  if (targets) console.log(`\nIssue 10 targets for <input-progress-list>:\n${targets}`);
  // Work is CPU time and barely moves with load; times to the last row do.
  const load = `load average ${loadAtStart.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`;
  console.log(
    `\nbench: done in ${Math.round((Date.now() - started) / 1000)} s (${load}); figures in apps/bench/results/last-run.json`,
  );
} finally {
  await server.close();
}
