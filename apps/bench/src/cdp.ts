// The scenarios tachometer cannot measure, driven through Playwright and the Chrome DevTools
// Protocol: main-thread work, rows whose DOM mutated during a poll window, and mount/unmount
// cycles (work, heap after GC, timers, listeners and requests left behind). Every sample gets
// a fresh browser context.
//
// Work is CDP `Performance.getMetrics` `TaskDuration`: every task on the page's main thread
// (script, custom element reactions, template cloning, style, layout, paint, parsing, GC),
// not script time alone. It is read twice: in thread CPU time (`timeDomain: 'threadTicks'`,
// the figure the table shows: a machine busy with other work barely moves it) and in wall
// time (`timeTicks`, kept in the results file: it grows when the machine is loaded).
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { simulatorControl } from '@input-progress/simulator/control';
import type { BenchServer } from './server.js';
import { benchJobConfig, CHANGING_ROWS, POLL_INTERVAL_MS } from './bench-job.js';
import type { VariantInfo } from './variants.js';

/** The job the first-render and mount/unmount scenarios read; it never changes. */
export const STATIC_JOB = 'bench_static';
export const CHROMIUM = '/usr/bin/chromium';
/** Debian's chromium-driver; tachometer drives Chromium through it. */
export const CHROMEDRIVER = '/usr/bin/chromedriver';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const VIEWPORT = { width: 1024, height: 768 };
const countersScript = fileURLToPath(new URL('../dist/counters.js', import.meta.url));

/** Main-thread task time, ms. */
export interface Work {
  /** In the main thread's CPU time. */
  readonly workMs: number;
  /** Of it, style recalculation and layout (`RecalcStyleDuration` + `LayoutDuration`, CPU time). */
  readonly styleLayoutMs: number;
  /** Of it, script as CDP counts it (`ScriptDuration`, CPU time: without microtasks run inside custom element reactions). */
  readonly scriptMs: number;
  /** In wall time (includes time the thread waited for a CPU). */
  readonly wallWorkMs: number;
}

export interface FirstRenderSample extends Work {
  /** Ms from navigation until the last row was on screen (page clock). */
  readonly lastRowMs: number;
}

/** Work over five polls (from just after one poll's render to just after the fifth next one's). */
export interface PollWindow extends Work {
  /** Rows (of those on the page) whose DOM mutated in the window. */
  readonly rowsTouched: number;
  readonly rowsWatched: number;
  readonly mutationRecords: number;
  readonly windowMs: number;
}

/**
 * Three windows on one page: as users see it; the idle page (the same polls, answered with
 * the same data: what the page costs when nothing changes); then with
 * `prefers-reduced-motion: reduce`.
 */
export interface PollSample {
  readonly motion: PollWindow;
  readonly idle: PollWindow;
  readonly reducedMotion: PollWindow;
}

export interface MountSample extends Work {
  /** Heap used after GC, after the cycles minus before them (bytes). */
  readonly heapGrowth: number;
  readonly timersGrowth: number;
  readonly listenersGrowth: number;
  /** Requests the page started in the two poll intervals after the last unmount. */
  readonly requestsAfter: number;
  /** Requests the page started during the cycles (each spends the API's rate limit). */
  readonly requestsDuring: number;
}

export const POLLS_PER_WINDOW = 5;
export const MOUNT_CYCLES = 50;
export const MOUNT_ROWS = 20;
/** After a poll's request arrives, this long is left for its response to be rendered. */
const RENDER_ALLOWANCE_MS = POLL_INTERVAL_MS / 2;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Reads `TaskDuration` in both time domains; `since` turns the totals into the work since then. */
class WorkMeter {
  readonly #cpu: CDPSession;
  readonly #wall: CDPSession;
  constructor(cpu: CDPSession, wall: CDPSession) {
    this.#cpu = cpu;
    this.#wall = wall;
  }

  static async attach(context: BrowserContext, page: Page): Promise<WorkMeter> {
    const cpu = await context.newCDPSession(page);
    const wall = await context.newCDPSession(page);
    await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
    await wall.send('Performance.enable', { timeDomain: 'timeTicks' });
    return new WorkMeter(cpu, wall);
  }

  async read(): Promise<Work> {
    const read = async (session: CDPSession) => {
      const { metrics } = await session.send('Performance.getMetrics');
      return (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    };
    const cpu = await read(this.#cpu);
    const wall = await read(this.#wall);
    return {
      workMs: cpu('TaskDuration'),
      styleLayoutMs: cpu('RecalcStyleDuration') + cpu('LayoutDuration'),
      scriptMs: cpu('ScriptDuration'),
      wallWorkMs: wall('TaskDuration'),
    };
  }

  async since(start: Work): Promise<Work> {
    const now = await this.read();
    return {
      workMs: now.workMs - start.workMs,
      styleLayoutMs: now.styleLayoutMs - start.styleLayoutMs,
      scriptMs: now.scriptMs - start.scriptMs,
      wallWorkMs: now.wallWorkMs - start.wallWorkMs,
    };
  }

  /** The CPU-time session, for other CDP commands. */
  get session(): CDPSession {
    return this.#cpu;
  }
}

/** A fresh context and page on the bench origin, with `Performance` metrics enabled. */
async function openPage(
  browser: Browser,
  server: BenchServer,
  init?: string,
): Promise<{ context: BrowserContext; page: Page; meter: WorkMeter }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  if (init) await context.addInitScript({ path: init });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  // Start on the same origin, so the measured navigation stays in this renderer.
  await page.goto(`${server.origin}/dist/blank.html`);
  return { context, page, meter: await WorkMeter.attach(context, page) };
}

async function gotoVariant(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => 'bench' in window, undefined, { polling: 20 });
}

/** First render of `rows` rows of the static job. */
export async function firstRender(
  browser: Browser,
  server: BenchServer,
  variant: VariantInfo,
  rows: number,
): Promise<FirstRenderSample> {
  const { context, page, meter } = await openPage(browser, server);
  try {
    const start = await meter.read();
    await gotoVariant(
      page,
      `${server.origin}${variant.page}?job=${STATIC_JOB}&rows=${rows}&poll=${POLL_INTERVAL_MS}`,
    );
    const lastRowMs = await page.evaluate(() => window.bench.firstRender);
    return { lastRowMs, ...(await meter.since(start)) };
  } finally {
    await context.close();
  }
}

/**
 * Five polls of a 500-row page of a fresh job whose clock moves one item per poll, so each
 * poll changes exactly the six processing rows. A window runs from half an interval after
 * one poll's request (its response rendered) to half an interval after the fifth next one.
 * The second window is the idle page: the clock stands still, so the same polls bring the
 * same data and change nothing (the work "above the idle page" is the first window's minus
 * this one's). The third emulates `prefers-reduced-motion: reduce`, which turns off the bars'
 * transitions (every stylesheet honours it): what is left is the cost of the updates.
 */
export async function pollWindows(
  browser: Browser,
  server: BenchServer,
  variant: VariantInfo,
  sample: number,
): Promise<PollSample> {
  const control = simulatorControl(server.origin);
  const jobId = `bench_poll_${variant.id}_${sample}`;
  await control.createJob(benchJobConfig(jobId));
  server.advanceOnPoll(jobId, POLL_INTERVAL_MS);
  const { context, page, meter } = await openPage(browser, server);
  const measureWindow = async (): Promise<PollWindow> => {
    await server.nextPoll(jobId);
    await sleep(RENDER_ALLOWANCE_MS);
    const rowsWatched = await page.evaluate(() => window.bench.watchRows());
    const start = await meter.read();
    const startedAt = Date.now();
    for (let poll = 0; poll < POLLS_PER_WINDOW; poll++) await server.nextPoll(jobId);
    await sleep(RENDER_ALLOWANCE_MS);
    const work = await meter.since(start);
    const windowMs = Date.now() - startedAt;
    const { rowsTouched, records } = await page.evaluate(() => window.bench.stopWatching());
    return { ...work, rowsTouched, rowsWatched, mutationRecords: records, windowMs };
  };
  try {
    await gotoVariant(
      page,
      `${server.origin}${variant.page}?job=${jobId}&rows=500&poll=${POLL_INTERVAL_MS}`,
    );
    await page.evaluate(() => window.bench.firstRender);
    const motion = await measureWindow();
    server.advanceOnPoll(jobId, 0);
    const idle = await measureWindow();
    server.advanceOnPoll(jobId, POLL_INTERVAL_MS);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const reducedMotion = await measureWindow();
    return { motion, idle, reducedMotion };
  } finally {
    await context.close();
    await control.deleteJob(jobId);
  }
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * 50 mount/unmount cycles of a 20-row list (each waits for every row on screen). One cycle
 * runs first so that what is created once per page (caches, Intl formatters, a query
 * client's idle timer) is not counted as growth.
 */
export async function mountCycles(
  browser: Browser,
  server: BenchServer,
  variant: VariantInfo,
): Promise<MountSample> {
  const { context, page, meter } = await openPage(browser, server, countersScript);
  const cdp = meter.session;
  try {
    await gotoVariant(
      page,
      `${server.origin}${variant.page}?job=${STATIC_JOB}&autostart=0&poll=${POLL_INTERVAL_MS}`,
    );
    await cdp.send('HeapProfiler.enable');
    await page.evaluate((rows) => window.bench.cycle(1, rows), MOUNT_ROWS);
    const counters = () =>
      page.evaluate(() => ({
        timers: window.benchCounters.timers(),
        listeners: window.benchCounters.listeners(),
        fetches: window.benchCounters.fetches(),
      }));
    const heapBefore = await heapAfterGc(cdp);
    const countersBefore = await counters();
    const start = await meter.read();
    await page.evaluate(([cycles, rows]) => window.bench.cycle(cycles, rows), [
      MOUNT_CYCLES,
      MOUNT_ROWS,
    ] as const);
    const work = await meter.since(start);
    const fetchesAtUnmount = (await counters()).fetches;
    // Two poll intervals: a list that kept polling after removal would ask again in them.
    await sleep(2 * POLL_INTERVAL_MS + 100);
    const countersAfter = await counters();
    const requestsAfter = countersAfter.fetches - fetchesAtUnmount;
    const heapGrowth = (await heapAfterGc(cdp)) - heapBefore;
    return {
      ...work,
      heapGrowth,
      timersGrowth: countersAfter.timers - countersBefore.timers,
      listenersGrowth: countersAfter.listeners - countersBefore.listeners,
      requestsAfter,
      requestsDuring: fetchesAtUnmount - countersBefore.fetches,
    };
  } finally {
    await context.close();
  }
}

export { CHANGING_ROWS };
