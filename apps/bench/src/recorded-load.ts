// The load that `trace` and `profile` record, set up as the benchmark sets it up: the first
// render of `rows` rows of a variant's page, or, with `poll`, five polls of a 500-row page
// that each change six rows (with `idle`, that change nothing), or, with `mount`, the 50
// mount/unmount cycles of a 20-row list; the page's first render, first poll and first
// cycle are not recorded.
// `start` runs just before the recorded part, `stop` just after; the simulator, the browser
// and the page are closed afterwards.
import { parseArgs } from 'node:util';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { simulatorControl } from '@input-progress/simulator/control';
import { startBenchServer } from './server.js';
import { benchJobConfig, POLL_INTERVAL_MS } from './bench-job.js';
import { launchChromium, MOUNT_CYCLES, MOUNT_ROWS, POLLS_PER_WINDOW, STATIC_JOB } from './cdp.js';
import { cliArgs } from './cli-args.js';
import { VARIANTS, type VariantInfo } from './variants.js';

/** Which load to record: a variant's page, and how. */
export interface LoadChoice {
  readonly variant: VariantInfo;
  readonly rows: number;
  readonly poll: boolean;
  /** With `poll`: the idle page, the same polls answered with the same data (nothing changes). */
  readonly idle?: boolean;
  /** Emulate `prefers-reduced-motion: reduce` (the bars' transitions off). */
  readonly reducedMotion?: boolean;
  /** The mount/unmount cycles instead of a first render. */
  readonly mount?: boolean;
}

/** The load a command's arguments ask for: `<variant> [rows] [--poll [--idle]] [--reduced-motion] [--mount]`. */
export function loadFromArgs(command: string): LoadChoice {
  const { positionals, values } = parseArgs({
    args: cliArgs(),
    allowPositionals: true,
    options: {
      poll: { type: 'boolean', default: false },
      idle: { type: 'boolean', default: false },
      'reduced-motion': { type: 'boolean', default: false },
      mount: { type: 'boolean', default: false },
    },
  });
  const variant = VARIANTS.find((v) => v.id === positionals[0]);
  if (!variant) {
    const ids = VARIANTS.map((v) => v.id).join('|');
    console.error(
      `usage: ${command} <${ids}> [rows] [--poll [--idle]] [--reduced-motion] [--mount]`,
    );
    process.exit(2);
  }
  return {
    variant,
    rows: values.poll ? 500 : values.mount ? MOUNT_ROWS : Number(positionals[1] ?? 500),
    poll: values.poll,
    mount: values.mount,
    idle: values.idle,
    reducedMotion: values['reduced-motion'],
  };
}

/** The load in words, for the head of a command's report. */
export function describeLoad(load: LoadChoice): string {
  const { variant, rows, poll, idle, reducedMotion, mount } = load;
  const what = poll
    ? `${POLLS_PER_WINDOW} polls${idle ? ' that change nothing' : ''}`
    : mount
      ? `${MOUNT_CYCLES} mount/unmount cycles of ${rows} rows`
      : `first render of ${rows} rows`;
  return `${variant.label}, ${what}${reducedMotion ? ', reduced motion' : ''}`;
}

export interface RecordedLoad<Result> extends LoadChoice {
  /** Starts recording (before a first render: with a blank page, the variant's not loaded yet). */
  start(tools: RecordingTools): Promise<unknown>;
  /** Stops recording and returns what was recorded. */
  stop(tools: RecordingTools): Promise<Result>;
}

/** The browser, the page and a DevTools session of that page. */
export interface RecordingTools {
  readonly browser: Browser;
  readonly page: Page;
  readonly cdp: CDPSession;
}

/** Runs `load` and returns what its `stop` returned. */
export async function recordLoad<Result>(load: RecordedLoad<Result>): Promise<Result> {
  const server = await startBenchServer();
  const browser = await launchChromium();
  try {
    const jobId = load.poll ? 'bench_recorded_poll' : STATIC_JOB;
    await simulatorControl(server.origin).createJob(benchJobConfig(jobId));
    if (load.poll && !load.idle) server.advanceOnPoll(jobId, POLL_INTERVAL_MS);
    const context = await browser.newContext({
      viewport: { width: 1024, height: 768 },
      reducedMotion: load.reducedMotion ? 'reduce' : 'no-preference',
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}/dist/blank.html`);
    const tools: RecordingTools = { browser, page, cdp: await context.newCDPSession(page) };
    const url = `${server.origin}${load.variant.page}?job=${jobId}&rows=${load.rows}&poll=${POLL_INTERVAL_MS}${load.mount ? '&autostart=0' : ''}`;
    if (!load.poll && !load.mount) await load.start(tools);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => 'bench' in window, undefined, { polling: 20 });
    if (load.mount) {
      await page.evaluate((rows) => window.bench.cycle(1, rows), load.rows);
      await load.start(tools);
      await page.evaluate(([cycles, rows]) => window.bench.cycle(cycles, rows), [
        MOUNT_CYCLES,
        load.rows,
      ] as const);
    } else await page.evaluate(() => window.bench.firstRender);
    if (load.poll) {
      await server.nextPoll(jobId);
      await halfAnInterval();
      await load.start(tools);
      for (let i = 0; i < POLLS_PER_WINDOW; i++) await server.nextPoll(jobId);
      await halfAnInterval();
    }
    const result = await load.stop(tools);
    await context.close();
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

const halfAnInterval = () => new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS / 2));
