// The examples' one end-to-end test. Each app's built dist/ (from `pnpm build`) is served by
// `vite preview` with the simulator and opened in Chromium: the element's rows render, the
// app's settle handler fires, the list the app renders itself follows the job live, and the
// console stays clean. The apps keep one page contract (`#own-rows`, `#finished`), so only
// their names differ.
import { expect } from 'chai';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { simulatorControl } from '@input-progress/simulator/control';
// The repository's one list of Chromium flags for this machine (no sandbox, no background traffic).
import { CHROMIUM_ARGS } from '../../../../scripts/browsers.mjs';

/** One example app, as its test names it. */
export interface ExampleApp {
  /** The framework, e.g. `React`: names the suite. */
  readonly framework: string;
  /** The app's folder, with its `vite.config.ts` and built `dist/`. */
  readonly root: string;
  /** What hears an input settle, e.g. `onInputProgressSettle`: names the test. */
  readonly settleHandler: string;
  /** What renders the app's own list, e.g. `the hook`: names the test. */
  readonly ownList: string;
}

/** Declares the end-to-end suite of one example app (call it from the app's test file). */
export function describeExampleApp(app: ExampleApp): void {
  describe(`the ${app.framework} example, end to end (vite preview + Chromium)`, function () {
    this.timeout(30_000);
    let server: PreviewServer;
    let browser: Browser;
    let origin: string;

    before(async function () {
      this.timeout(60_000);
      server = await preview({
        root: app.root,
        configFile: `${app.root}/vite.config.ts`,
        logLevel: 'warn',
        preview: { host: '127.0.0.1', port: 0, strictPort: false },
      });
      const url = server.resolvedUrls?.local[0];
      if (!url) throw new Error('vite preview did not report a URL (was the example built?)');
      origin = new URL(url).origin;
      browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
      });
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it(`renders rows, calls ${app.settleHandler}, and ${app.ownList}’s list updates live, with no console error`, async () => {
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

        // The element's rows (in its shadow root) and the app's own rows.
        await page.locator('input-progress-list [part~="row"]').nth(4).waitFor();
        expect(await page.locator('input-progress-list [part~="row"]').count()).to.equal(5);
        await page.locator('#own-rows li').nth(4).waitFor();
        expect(await ownProgress(page)).to.equal(0);

        // One item of the first two inputs: the app's own list moves on its next poll.
        await control.advance(jobId, 1_000);
        await page.waitForFunction(() =>
          [...document.querySelectorAll<HTMLProgressElement>('#own-rows progress')].some(
            (bar) => bar.value > 0,
          ),
        );
        expect(await ownProgress(page)).to.equal(100);

        // Both finish: the settle handler lists them.
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
}

/** Sum of the app's own list's progress values (percent per input). */
function ownProgress(page: Page): Promise<number> {
  return page.$$eval('#own-rows progress', (bars) =>
    bars.reduce((sum, bar) => sum + (bar as HTMLProgressElement).value, 0),
  );
}
