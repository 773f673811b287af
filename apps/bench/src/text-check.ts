// Before anything is measured: every variant shows the same text in every row (the wording
// and formatting come from the elements' own strings and formatters, src/pages/row-view.ts),
// compared with the plain-DOM floor's rows of the same 20-row page.
import type { Browser } from 'playwright-core';
import type { BenchServer } from './server.js';
import { POLL_INTERVAL_MS } from './bench-job.js';
import { STATIC_JOB } from './cdp.js';
import { VARIANTS, type VariantId } from './variants.js';

const ROWS = 20;

/** The rows whose text differs from the floor's, per variant (empty: all the same). */
export async function rowTextDifferences(
  browser: Browser,
  server: BenchServer,
): Promise<Partial<Record<VariantId, string[]>>> {
  const texts = new Map<VariantId, string[]>();
  for (const variant of VARIANTS) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(
        `${server.origin}${variant.page}?job=${STATIC_JOB}&rows=${ROWS}&poll=${POLL_INTERVAL_MS}`,
      );
      await page.waitForFunction(() => 'bench' in window, undefined, { polling: 20 });
      await page.evaluate(() => window.bench.firstRender);
      texts.set(variant.id, await page.evaluate(() => window.bench.rowTexts()));
    } finally {
      await context.close();
    }
  }
  const floor = texts.get('plain')!;
  const differences: Partial<Record<VariantId, string[]>> = {};
  for (const [id, rows] of texts) {
    const differing = floor.flatMap((text, index) =>
      rows[index] === text
        ? []
        : [`row ${index + 1}: "${rows[index] ?? '(none)'}", floor: "${text}"`],
    );
    if (differing.length) differences[id] = differing;
  }
  return differences;
}
