// Requests per viewer per poll interval: every variant's page shows a live job of its own
// (the simulator's real clock: inputs finish and the counts change at nearly every poll) for
// one minute, all four side by side in one browser, and the simulator's request log says
// what each viewer asked for, by endpoint. Timers, not CPU, decide these counts, so the
// variants can share the minute.
import type { Browser } from 'playwright-core';
import { simulatorControl } from '@input-progress/simulator/control';
import type { RecordedRequest } from '@input-progress/simulator';
import type { BenchServer } from './server.js';
import { POLL_INTERVAL_MS } from './bench-job.js';
import type { VariantInfo } from './variants.js';

/** How long each viewer watches. */
export const REQUESTS_WINDOW_MS = 60_000;

/** The endpoints a viewer reads, as the simulator's request log names them by path. */
export const ENDPOINTS = ['page', 'counts', 'job', 'traces'] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

export interface RequestsSample {
  /** Poll intervals in the window. */
  readonly intervals: number;
  /** Requests in the window, from navigation on, by endpoint. */
  readonly byEndpoint: Record<Endpoint | 'other', number>;
  /** All of them divided by the intervals. */
  readonly perInterval: number;
  /** The same after the first load (its job record, traces, page and counts left out). */
  readonly perIntervalAfterFirstLoad: number;
  /**
   * All of them divided by the page requests: per poll the viewer actually made (a poll's
   * timer starts when the previous answer is in, so there are fewer polls than intervals).
   */
  readonly perPoll: number;
}

function endpointOf({ path }: RecordedRequest): Endpoint | 'other' {
  if (path.endsWith('/inputs/progress/counts')) return 'counts';
  if (path.endsWith('/inputs/progress/traces')) return 'traces';
  if (path.endsWith('/inputs/progress')) return 'page';
  return /\/batch\/jobs\/[^/]+$/.test(path) ? 'job' : 'other';
}

/** A job that stays live for minutes: about one input finishes per poll interval. */
const liveJob = (id: string) => ({
  id,
  name: 'Live benchmark job',
  clock: 'real' as const,
  inputs: 1000,
  concurrency: 6,
  itemsPerInput: 6,
  msPerItem: POLL_INTERVAL_MS,
  failureRate: 0.1,
  seed: 5,
  elapsedMs: 30_000,
});

/** One minute of every variant's page on a live job; a sample per variant. */
export async function requestsPerInterval(
  browser: Browser,
  server: BenchServer,
  variants: readonly VariantInfo[],
  run: number,
): Promise<Map<VariantInfo['id'], RequestsSample>> {
  const control = simulatorControl(server.origin);
  const viewers = await Promise.all(
    variants.map(async (variant) => {
      const jobId = `bench_live_${variant.id}_${run}`;
      await control.createJob(liveJob(jobId));
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
      return { variant, jobId, context, page };
    }),
  );
  try {
    const started = await Promise.all(
      viewers.map(async ({ page, variant, jobId }) => {
        const at = Date.now();
        await page.goto(
          `${server.origin}${variant.page}?job=${jobId}&rows=20&poll=${POLL_INTERVAL_MS}`,
          { waitUntil: 'commit' },
        );
        return at;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, REQUESTS_WINDOW_MS));
    const samples = new Map<VariantInfo['id'], RequestsSample>();
    for (const [index, { variant, jobId }] of viewers.entries()) {
      const from = started[index]!;
      const inWindow = (await control.requests(jobId)).filter((request) => {
        const at = Date.parse(request.at);
        return at >= from && at < from + REQUESTS_WINDOW_MS;
      });
      const byEndpoint = { page: 0, counts: 0, job: 0, traces: 0, other: 0 };
      for (const request of inWindow) byEndpoint[endpointOf(request)]++;
      // The first load: the first request to each endpoint the viewer reads.
      const firstLoad = ENDPOINTS.filter((endpoint) => byEndpoint[endpoint] > 0).length;
      const intervals = REQUESTS_WINDOW_MS / POLL_INTERVAL_MS;
      samples.set(variant.id, {
        intervals,
        byEndpoint,
        perInterval: inWindow.length / intervals,
        perIntervalAfterFirstLoad: (inWindow.length - firstLoad) / (intervals - 1),
        perPoll: inWindow.length / Math.max(1, byEndpoint.page),
      });
    }
    return samples;
  } finally {
    for (const { context, jobId } of viewers) {
      await context.close();
      await control.deleteJob(jobId);
    }
  }
}
