import { expect } from 'chai';
import fc from 'fast-check';
import { createClient } from './client.js';
import { InputProgressError, ResponseShapeError } from './errors.js';
import type { FeedSnapshot } from './feed-types.js';
import { createFeed } from './feed.js';
import { parseJson } from './parse-json.js';
import { parseInputsProgressCounts, parseInputsProgressPage } from './parse-response.js';
import { createFakeEnvironment } from './test-support/fake-environment.js';
import { bodyText, validCounts, validPage } from './test-support/fuzz-bodies.js';
import { nextMacrotask } from './test-support/wait-for.js';

// Node runs 10,000 bodies through the parser and 10,000 through a feed (5,000 feeds of two
// loads each); each browser engine runs a tenth of that, which keeps the three-engine suite
// quick on a shared 2-core machine.
const inBrowser = typeof window !== 'undefined';
const PARSER_CASES = inBrowser ? 1000 : 10_000;
const FEED_CASES = PARSER_CASES / 2;

/** Where in `value` a NaN, ±Infinity or undefined sits, or `null` when nowhere. */
function badValueIn(value: unknown, path = 'snapshot', seen = new Set<unknown>()): string | null {
  if (value === undefined) return `${path} is undefined`;
  if (typeof value === 'number' && !Number.isFinite(value)) return `${path} is ${value}`;
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  for (const [key, child] of Object.entries(value)) {
    const bad = badValueIn(child, `${path}.${key}`, seen);
    if (bad) return bad;
  }
  return null;
}

/**
 * Runs `property` for `cases` cases, prints the count of bodies (`bodiesPerCase` each) and
 * the seed, then fails with fast-check's report (seed and counterexample) on a failure.
 */
async function fuzz<T extends unknown[]>(
  label: string,
  cases: number,
  bodiesPerCase: number,
  property: fc.IAsyncProperty<T>,
) {
  const result = await fc.check(property, { numRuns: cases });
  const bodies = result.numRuns * bodiesPerCase;
  const failures = result.failed ? 1 : 0;
  const feeds = bodiesPerCase > 1 ? ` (${result.numRuns} feeds of ${bodiesPerCase} bodies)` : '';
  console.log(`fuzz: ${bodies} ${label} cases${feeds}, ${failures} failures (seed ${result.seed})`);
  if (result.failed) throw new Error(fc.defaultReportMessage(result));
}

/** Counts unhandled rejections while `run` runs (none may happen). */
async function withoutUnhandledRejections(run: () => Promise<void>) {
  const unhandled: unknown[] = [];
  const onNode = (reason: unknown) => unhandled.push(reason);
  const onBrowser = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
  if (inBrowser) window.addEventListener('unhandledrejection', onBrowser);
  else process.on('unhandledRejection', onNode);
  try {
    await run();
    // Rejections are reported after a macrotask.
    await nextMacrotask();
  } finally {
    if (inBrowser) window.removeEventListener('unhandledrejection', onBrowser);
    else process.off('unhandledRejection', onNode);
  }
  expect(unhandled, 'unhandled rejections').to.deep.equal([]);
}

describe('generated response bodies (fast-check)', function () {
  this.timeout(inBrowser ? 120_000 : 180_000);

  it('the parser reads each body or rejects it with a ResponseShapeError, never NaN, Infinity or undefined', async () => {
    await fuzz(
      'parser',
      PARSER_CASES,
      1,
      // Each case: a page body and a counts body.
      fc.asyncProperty(bodyText(validPage), bodyText(validCounts), async (pageText, countsText) => {
        for (const [text, parse] of [
          [pageText, parseInputsProgressPage],
          [countsText, parseInputsProgressCounts],
        ] as const) {
          let parsed: unknown;
          try {
            parsed = parse(parseJson(text), 'job_fuzz');
          } catch (error) {
            if (!(error instanceof ResponseShapeError)) throw error;
            continue;
          }
          const bad = badValueIn(parsed, 'result');
          if (bad) throw new Error(bad);
        }
      }),
    );
  });

  it('a feed shows each body or a typed error, never an exception, NaN, Infinity or undefined', async () => {
    await withoutUnhandledRejections(() =>
      fuzz(
        'feed',
        FEED_CASES,
        2,
        fc.asyncProperty(
          bodyText(validPage),
          bodyText(validPage),
          bodyText(validCounts),
          async (firstPage, secondPage, countsText) => {
            // Two loads with two page bodies: the second exercises ETA tracks and structural
            // sharing (inputs share a few ids), the counts body goes with both.
            const pages = [firstPage, secondPage];
            const client = createClient({
              baseUrl: 'https://fuzz.invalid/v0.5',
              fetch: async (url) =>
                new Response(String(url).includes('/counts') ? countsText : pages.shift(), {
                  headers: { 'content-type': 'application/json' },
                }),
            });
            const feed = createFeed({
              client,
              jobId: 'job_fuzz',
              query: { limit: 5 },
              environment: createFakeEnvironment(),
            });
            try {
              const seen: FeedSnapshot[] = [];
              feed.subscribe((snapshot) => seen.push(snapshot));
              await feed.refresh();
              await feed.refresh();
              for (const snapshot of [...seen, feed.getSnapshot()]) {
                const bad = badValueIn(snapshot);
                if (bad) throw new Error(bad);
              }
              const s = feed.getSnapshot();
              if (s.isFetching) throw new Error('still fetching after refresh()');
              if (s.status === 'error' && !(s.error instanceof ResponseShapeError)) {
                throw new Error(`error of type ${s.error?.name}: ${s.error?.message}`);
              }
              if (s.countsError && !(s.countsError instanceof ResponseShapeError)) {
                throw new Error(`counts error of type ${s.countsError.name}`);
              }
              if (s.status !== 'success' && s.status !== 'error')
                throw new Error(`status ${s.status}`);
              for (const row of s.items) {
                if (row.percent !== null && !(row.percent >= 0 && row.percent <= 100)) {
                  throw new Error(`percent ${row.percent}`);
                }
                if (row.eta !== null && !(row.eta >= 0)) throw new Error(`eta ${row.eta}`);
              }
              if (s.error && !(s.error instanceof InputProgressError)) throw new Error('untyped');
            } finally {
              feed.destroy();
            }
          },
        ),
      ),
    );
  });
});
