import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import type { AxeResults, RunOptions } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
// The repository's one list of Chromium flags for this machine (no sandbox, no background traffic).
import { CHROMIUM_ARGS } from '../../../scripts/browsers.mjs';
import { serveStatic, type StaticServer } from './static-server.js';
import { EXPECTED_STATES, WITH_ROWS } from './expected-states.js';

const appRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface IndexEntry {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly type: 'story' | 'docs';
  readonly tags: readonly string[];
}

// Built before the tests are declared, so there is one test per entry of the build's index.
// (Under turbo, `test` waits for this package's `build` task: two builds at once would clean
// `storybook-static` under the pages being opened.)
const built = spawnSync('pnpm', ['run', 'build'], { cwd: appRoot, encoding: 'utf8' });
if (built.status !== 0)
  throw new Error(`storybook build failed:\n${built.stdout}\n${built.stderr}`);
const entries = Object.values(
  (
    JSON.parse(readFileSync(`${outDir}index.json`, 'utf8')) as {
      entries: Record<string, IndexEntry>;
    }
  ).entries,
);

/** Docs pages whose look a person checks: screenshots in test-artifacts/ after every run. */
const SCREENSHOTS = new Set([
  'introduction--docs',
  'reference-input-progress-list--docs',
  'theming-custom-properties--docs',
]);

const counts = { stories: 0, docs: 0, consoleErrors: 0, axeSeriousOrCritical: 0, offOrigin: 0 };

/** Everything the page did that the site must never do. */
interface Watch {
  readonly consoleErrors: string[];
  readonly offOrigin: string[];
}

describe('the docs site, built and served as static files (Chromium)', function () {
  this.timeout(30_000);
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let watch: Watch;

  before(async () => {
    mkdirSync(artifacts, { recursive: true });
    server = await serveStatic(outDir);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') watch.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => watch.consoleErrors.push(`uncaught: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== server.origin)
        watch.offOrigin.push(request.url());
    });
  });

  beforeEach(() => {
    watch = { consoleErrors: [], offOrigin: [] };
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    console.log(
      `docs site: ${counts.stories} stories and ${counts.docs} docs pages opened, ` +
        `console errors ${counts.consoleErrors}, axe serious/critical ${counts.axeSeriousOrCritical}, ` +
        `off-origin requests ${counts.offOrigin}`,
    );
  });

  /**
   * axe's serious and critical violations inside `root`, as "rule: target" lines. The page's
   * a11y panel may be running axe already; this waits for it to finish.
   */
  async function seriousViolations(root: string): Promise<string[]> {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
    for (;;) {
      const outcome = await page.evaluate(async (selector) => {
        const { axe } = window as unknown as {
          axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
        };
        try {
          const result = await axe.run(document.querySelector(selector)!, {
            resultTypes: ['violations'],
          });
          return result.violations
            .filter(
              (violation) => violation.impact === 'serious' || violation.impact === 'critical',
            )
            .flatMap((violation) =>
              violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
            );
        } catch (error) {
          if (/already running/.test(String(error))) return null;
          throw error;
        }
      }, root);
      if (outcome) return outcome;
      // Storybook's own audit is still running: try again after the page's next frame.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
  }

  /** Tallies and checks what every entry must get right besides its own state. */
  async function expectClean(root: string): Promise<void> {
    const violations = await seriousViolations(root);
    counts.consoleErrors += watch.consoleErrors.length;
    counts.axeSeriousOrCritical += violations.length;
    counts.offOrigin += watch.offOrigin.length;
    expect(watch.consoleErrors, 'console errors').to.deep.equal([]);
    expect(violations, 'axe serious/critical violations').to.deep.equal([]);
    expect(watch.offOrigin, 'requests leaving the origin').to.deep.equal([]);
  }

  it('has stories, every one of them saying what it must show', () => {
    const stories = entries.filter((entry) => entry.type === 'story');
    expect(stories.length).to.be.greaterThan(20);
    const unclear = stories.filter(
      (story) => story.tags.filter((tag) => tag in EXPECTED_STATES).length !== 1,
    );
    expect(
      unclear.map((story) => story.id),
      'stories without exactly one expect-… tag',
    ).to.deep.equal([]);
  });

  for (const entry of entries.filter((candidate) => candidate.type === 'story')) {
    it(`story ${entry.title} / ${entry.name}`, async () => {
      const tag = entry.tags.find((candidate) => candidate in EXPECTED_STATES)!;
      await page.emulateMedia({
        forcedColors: entry.tags.includes('forced-colors') ? 'active' : 'none',
      });
      await page.goto(`${server.origin}/iframe.html?id=${entry.id}&viewMode=story`);
      counts.stories++;
      const expected = EXPECTED_STATES[tag]!;
      await page.locator(expected.selector).first().waitFor({ state: 'visible' });
      if (WITH_ROWS.has(tag))
        await page.locator(EXPECTED_STATES['expect-rows']!.selector).first().waitFor();
      await expectClean('#storybook-root');
    });
  }

  for (const entry of entries.filter((candidate) => candidate.type === 'docs')) {
    it(`docs page ${entry.title} / ${entry.name}`, async () => {
      await page.emulateMedia({ forcedColors: 'none' });
      await page.goto(`${server.origin}/iframe.html?id=${entry.id}&viewMode=docs`);
      counts.docs++;
      await page.locator('#storybook-docs .sbdocs-content').first().waitFor({ state: 'visible' });
      await expectClean('#storybook-docs');
      if (SCREENSHOTS.has(entry.id))
        await page.screenshot({ path: `${artifacts}${entry.id}.png`, fullPage: true });
    });
  }
});
