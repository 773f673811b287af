// The built example (dist/, from `pnpm build`) served by `vite preview` with the simulator,
// in Chromium: the element's rows render, its @input-progress-settle listener fires, a list of our own from the core feed follows
// the job live, and the console stays clean.
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { simulatorControl } from '@input-progress/simulator/control';
// The repository's one list of Chromium flags for this machine (no sandbox, no background traffic).
import { CHROMIUM_ARGS } from '../../../../scripts/browsers.mjs';

const appRoot = fileURLToPath(new URL('..', import.meta.url));

describe('the Vue example, end to end (vite preview + Chromium)', function () {
  this.timeout(30_000);
  let server: PreviewServer;
  let browser: Browser;
  let origin: string;

  before(async function () {
    this.timeout(60_000);
    server = await preview({
      root: appRoot,
      configFile: `${appRoot}/vite.config.ts`,
      logLevel: 'warn',
      preview: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite preview did not report a URL (was the example built?)');
    origin = new URL(url).origin;
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders rows, calls the @input-progress-settle listener, and its own feed list updates live, with no console error', async () => {
    const control = simulatorControl(origin);
    const jobId = await control.createJob({
      inputs: 8,
      concurrency: 2,
      itemsPerInput: 2,
      msPerItem: 1000,
      spread: 0,
      failureRate: 0,
      metrics: 'full',
      inputOverrides: Array.from({ length: 8 }, (_, i) => ({
        filename: `input_${String(i + 1).padStart(2, '0')}.csv`,
      })),
    });
    const context = await browser.newContext();
    context.setDefaultTimeout(10_000);
    try {
      const page: Page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await page.goto(`${origin}/?job=${jobId}`);

      // The element's rows (in its shadow root) and the rows Vue renders from the core feed.
      await page.locator('input-progress-list input-progress-row').nth(4).waitFor();
      expect(await page.locator('input-progress-list input-progress-row').count()).to.equal(5);
      await page.locator('#own-rows li').nth(4).waitFor();
      expect(await ownProgress(page)).to.equal(0);

      // One item of the first two inputs: the feed's list moves on its next poll.
      await control.advance(jobId, 1_000);
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLProgressElement>('#own-rows progress')].some(
          (bar) => bar.value > 0,
        ),
      );
      expect(await ownProgress(page)).to.equal(100);

      // Both finish: the settle listener lists them.
      await control.advance(jobId, 1_000);
      await page.locator('#finished li').nth(1).waitFor();
      const finished = await page.locator('#finished li').allInnerTexts();
      expect(finished).to.have.members(['input_01.csv: completed', 'input_02.csv: completed']);
      expect(errors).to.deep.equal([]);
    } finally {
      await context.close();
    }
  });
});

/** Sum of the own list's progress values (percent per input). */
function ownProgress(page: Page): Promise<number> {
  return page.$$eval('#own-rows progress', (bars) =>
    bars.reduce((sum, bar) => sum + (bar as HTMLProgressElement).value, 0),
  );
}
