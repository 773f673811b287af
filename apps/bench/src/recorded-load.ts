// The load that `trace` and `profile` record, set up as the benchmark sets it up: the first
// render of `rows` rows of a variant's page, or, with `poll`, five polls of a 500-row page
// that each change six rows (with `idle`, that change nothing); the page's first render and
// first poll are not recorded.
// `start` runs just before the recorded part, `stop` just after; the simulator, the browser
// and the page are closed afterwards.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { simulatorControl } from '@input-progress/simulator/control';
import { startBenchServer } from './server.js';
import { benchJobConfig, POLL_INTERVAL_MS } from './bench-job.js';
import { launchChromium, POLLS_PER_WINDOW, STATIC_JOB } from './cdp.js';
import type { VariantInfo } from './variants.js';

export interface RecordedLoad<Result> {
  readonly variant: VariantInfo;
  readonly rows: number;
  readonly poll: boolean;
  /** With `poll`: the idle page, the same polls answered with the same data (nothing changes). */
  readonly idle?: boolean;
  /** Emulate `prefers-reduced-motion: reduce` (the bars' transitions off). */
  readonly reducedMotion?: boolean;
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
    const url = `${server.origin}${load.variant.page}?job=${jobId}&rows=${load.rows}&poll=${POLL_INTERVAL_MS}`;
    if (!load.poll) await load.start(tools);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => 'bench' in window, undefined, { polling: 20 });
    await page.evaluate(() => window.bench.firstRender);
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
