// `pnpm bench`: <input-progress-list> side by side with three React 19 lists (TanStack Query
// and core's feed with the elements' CSS techniques, and TanStack as typically written) and a
// plain-DOM list on core with the elements' CSS (the floor), all showing the same simulated
// job on one loopback origin. Prints one table of medians with ours ÷ the best React variant and ours ÷
// the floor (and the spread of each ratio over the rounds), checks issue 21's "done when"
// figures, and writes everything to results/last-run.json. Options (after `--`):
//   --runs N          rounds of the poll and mount scenarios (default 3, at least 3); each
//                     variant once per round, each round starting with the next variant
//   --render-runs N   rounds of each first-render size (default 5: cheap, and wall-clock
//                     times move most)
//   --samples N       tachometer samples per page (default 5, at least 3)
//   --only LIST       scenarios: first-render,poll,mount,requests,tachometer (default: all but
//                     tachometer, which runs too when Debian's chromedriver is installed)
//   --rows LIST       first-render sizes (default 20,100,500)
//   --request-rounds N minutes of the live job watched (default 1; all variants at once)
//   --quick           one round of everything, a 20-row first render only: checks the harness
//   --compare FILE    add a column with an earlier run's <input-progress-list> figures
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
import { benchJobConfig, POLL_INTERVAL_MS } from './bench-job.js';
import {
  CHROMEDRIVER,
  CHROMIUM,
  firstRender,
  launchChromium,
  mountCycles,
  pollWindows,
  STATIC_JOB,
} from './cdp.js';
import { requestsPerInterval, type RequestsSample } from './requests.js';
import { rowTextDifferences } from './text-check.js';
import { runTachometer, tachometerName } from './tachometer.js';
import { VARIANTS, type VariantId, type VariantInfo } from './variants.js';
import {
  firstRenderMeasures,
  measureOf,
  mountMeasures,
  pollMeasures,
  requestsMeasures,
  ROW_COUNTS,
  type Measure,
} from './measures.js';
import { formatTable, type Results } from './report.js';
import { formatTargets, targetsOf } from './targets.js';
import { cliArgs } from './cli-args.js';

const SCENARIOS = ['first-render', 'poll', 'mount', 'requests', 'tachometer'] as const;
type Scenario = (typeof SCENARIOS)[number];
/** The whole run stops after this long, whatever state it is in. */
const DEADLINE_MS = 25 * 60_000;

const appDir = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = `${appDir}results`;
const hasChromedriver = existsSync(CHROMEDRIVER);

const { values: args } = parseArgs({
  args: cliArgs(),
  options: {
    runs: { type: 'string', default: '3' },
    'render-runs': { type: 'string', default: '5' },
    samples: { type: 'string', default: '5' },
    only: { type: 'string' },
    rows: { type: 'string', default: ROW_COUNTS.join(',') },
    'request-rounds': { type: 'string', default: '1' },
    quick: { type: 'boolean', default: false },
    compare: { type: 'string' },
    standalone: { type: 'string' },
  },
});
function usage(problem: string): never {
  console.error(`bench: ${problem}`);
  process.exit(2);
}
const runs = args.quick ? 1 : Number(args.runs);
const renderRuns = args.quick ? 1 : Number(args['render-runs']);
const samples = args.quick ? 3 : Number(args.samples);
const rowCounts = args.quick ? [20] : args.rows.split(',').map(Number);
const scenarios = new Set(
  (args.only?.split(',').map((s) => s.trim()) ??
    SCENARIOS.filter((s) => s !== 'tachometer' || hasChromedriver)) as Scenario[],
);
for (const scenario of scenarios) {
  if (!SCENARIOS.includes(scenario))
    usage(`unknown scenario "${scenario}"; use ${SCENARIOS.join(', ')}.`);
}
if (!args.quick && (!(runs >= 3) || !(renderRuns >= 3) || !(samples >= 3)))
  usage(
    '--runs and --samples must be at least 3 (medians of 3 or more; --quick checks the harness).',
  );
if (!rowCounts.every((rows) => Number.isInteger(rows) && rows > 0 && rows <= 1000))
  usage('--rows takes row counts from 1 to 1000, e.g. 20,100,500.');

function requireFile(path: string, help: string): void {
  if (existsSync(path)) return;
  console.error(`bench: ${path} is missing. ${help}`);
  process.exit(1);
}
requireFile(CHROMIUM, 'Install Chromium: apt-get install -y chromium (or `pnpm browsers`).');
if (scenarios.has('tachometer')) {
  requireFile(
    CHROMEDRIVER,
    'tachometer drives Chromium through chromedriver: apt-get install -y chromium-driver.',
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

/** Runs `fn` for every variant, `count` times, starting each round with the next variant. */
async function rounds<T>(
  label: string,
  fn: (variant: VariantInfo, run: number) => Promise<T>,
  count = runs,
) {
  const results = new Map<VariantId, T[]>(VARIANTS.map((v) => [v.id, []]));
  process.stdout.write(`  ${label}: `);
  for (let run = 0; run < count; run++) {
    process.stdout.write(`${run + 1} `);
    for (let i = 0; i < VARIANTS.length; i++) {
      const variant = VARIANTS[(run + i) % VARIANTS.length]!;
      results.get(variant.id)!.push(await fn(variant, run));
    }
  }
  process.stdout.write('\n');
  return results;
}

const started = Date.now();
const loadAtStart = loadavg()[0]!;
const server = await startBenchServer({ standalone });
const measures: Measure[] = [];
const rawSamples: Record<string, unknown> = {};
let chromiumVersion = '';
try {
  await simulatorControl(server.origin).createJob(benchJobConfig(STATIC_JOB));
  console.log(
    `bench: simulator and pages on ${server.origin}; ${renderRuns} or ${runs} rounds of ${[...scenarios].join(', ')}` +
      (hasChromedriver ? '' : ' (no chromedriver: tachometer left out)'),
  );

  const browser = await launchChromium();
  chromiumVersion = browser.version();
  try {
    // Like for like: the same text in every variant's rows (these loads also warm the browser).
    const textDifferences = await rowTextDifferences(browser, server);
    rawSamples.rowTextDifferences = textDifferences;
    const differing = Object.entries(textDifferences);
    if (differing.length === 0) console.log('  row text: the same in every variant');
    for (const [id, rows] of differing) {
      console.error(`  row text of ${id} differs from the floor's:\n    ${rows.join('\n    ')}`);
    }
    // The browser's first page loads are slower (cold caches and code): not counted.
    for (const variant of VARIANTS) await firstRender(browser, server, variant, 100);
    if (scenarios.has('first-render')) {
      for (const rows of rowCounts) {
        const samplesOf = await rounds(
          `first render, ${rows} rows`,
          (v) => firstRender(browser, server, v, rows),
          renderRuns,
        );
        measures.push(...firstRenderMeasures(rows, samplesOf));
        rawSamples[`first-render-${rows}`] = Object.fromEntries(samplesOf);
      }
    }
    if (scenarios.has('poll')) {
      const polls = await rounds('poll windows', (v, run) => pollWindows(browser, server, v, run));
      measures.push(...pollMeasures(polls));
      rawSamples.poll = Object.fromEntries(polls);
    }
    if (scenarios.has('mount')) {
      const mounts = await rounds('mount/unmount', (v) => mountCycles(browser, server, v));
      measures.push(...mountMeasures(mounts));
      rawSamples.mount = Object.fromEntries(mounts);
    }
    if (scenarios.has('requests')) {
      // A minute per round, every variant at once: timers decide these counts, not the CPU.
      const requestRounds = Number(args['request-rounds']);
      const requests = new Map<VariantId, RequestsSample[]>(VARIANTS.map((v) => [v.id, []]));
      for (let run = 0; run < requestRounds; run++) {
        console.log(`  requests, one minute of a live job (round ${run + 1} of ${requestRounds})`);
        const round = await requestsPerInterval(browser, server, VARIANTS, run);
        for (const [id, sample] of round) requests.get(id)!.push(sample);
      }
      measures.push(...requestsMeasures(requests));
      rawSamples.requests = Object.fromEntries(requests);
    }
  } finally {
    await browser.close();
  }

  if (scenarios.has('tachometer')) {
    console.log(`  time to last row: tachometer, ${samples} samples of each page`);
    const benchmarks = rowCounts.flatMap((rows) => VARIANTS.map((variant) => ({ variant, rows })));
    await mkdir(resultsDir, { recursive: true });
    const times = await runTachometer(server.origin, benchmarks, samples, resultsDir);
    for (const rows of rowCounts) {
      const perVariant = new Map(
        VARIANTS.map((variant) => [variant.id, times.get(tachometerName({ variant, rows })) ?? []]),
      );
      measures.push(
        measureOf(
          {
            scenario: `first render, ${rows} rows`,
            measure: 'navigation to last row, ms (tachometer, no DevTools attached)',
            key: `first-render-${rows}-tachometer`,
            format: 'ms',
            ratio: true,
          },
          perVariant,
          (ms) => ms,
        ),
      );
    }
    rawSamples.tachometer = Object.fromEntries(times);
  }

  const sizes = new Map(
    await Promise.all(VARIANTS.map(async (v) => [v.id, [(await pageBytes(v)) / 1000]] as const)),
  );
  measures.push(
    measureOf(
      {
        scenario: 'what the page loads',
        measure: 'JS + CSS, min+gzip, kB',
        key: 'page-size',
        format: 'kb',
        ratio: true,
      },
      sizes,
      (kb) => kb,
    ),
  );

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
    settings: {
      runs,
      renderRuns,
      samples,
      rows: rowCounts,
      scenarios: [...scenarios],
      pollIntervalMs: POLL_INTERVAL_MS,
      jobInputs: 1000,
    },
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
    `\nMedians of ${renderRuns} rounds (first render) and ${runs} (poll, mount), Chromium ${chromiumVersion}; work = main-thread task CPU time ` +
      '(CDP TaskDuration, threadTicks). Ratios are within this run, to the best React variant ' +
      'of each line (in bold) and to the plain-DOM floor; "runs a–b" is the lowest and highest ' +
      'ratio of a single round.\n',
  );
  console.log(formatTable(measures, previous));
  const targets = formatTargets(
    targetsOf(measures, Object.keys((rawSamples.rowTextDifferences as object | undefined) ?? {})),
  );
  if (targets) console.log(`\nIssue 21, done when (ours ÷ the best React variant):\n${targets}`);
  // Work is CPU time and barely moves with load; wall-clock times do.
  const load = `load average ${loadAtStart.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`;
  console.log(
    `\nbench: done in ${Math.round((Date.now() - started) / 1000)} s (${load}); figures in apps/bench/results/last-run.json`,
  );
} finally {
  await server.close();
}
