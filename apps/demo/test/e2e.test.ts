import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer, createLogger, preview, type Plugin, type ViteDevServer } from 'vite';
import { simulatorControl, type SimulatorControl } from '@input-progress/simulator/control';
import { startSimulatorServer } from '@input-progress/simulator/node';
import type { JobConfig, Simulator } from '@input-progress/simulator';
// The repository's one list of Chromium flags for this machine (no sandbox, no background traffic).
import { CHROMIUM_ARGS } from '../../../scripts/browsers.mjs';

const appRoot = fileURLToPath(new URL('..', import.meta.url));
const viteBin = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));

/** Starts the demo's Vite dev server on a free loopback port, as `pnpm demo` would, and returns its origin. */
async function startDemo(
  env: Record<string, string> = {},
  logs: string[] = [],
): Promise<{ server: ViteDevServer; origin: string }> {
  // vite.config.ts reads its mode from the environment when the server is created.
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  const logger = createLogger('warn');
  const record =
    (write: (message: string, options?: object) => void) =>
    (message: string, options?: object): void => {
      logs.push(message);
      write(message, options);
    };
  logger.warn = record(logger.warn.bind(logger));
  logger.error = record(logger.error.bind(logger));
  logger.info = record(() => {});
  try {
    const server = await createServer({
      root: appRoot,
      configFile: `${appRoot}/vite.config.ts`,
      customLogger: logger,
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    });
    try {
      await server.listen();
      const url = server.resolvedUrls?.local[0];
      if (!url) throw new Error('The Vite dev server did not report a URL.');
      return { server, origin: new URL(url).origin };
    } catch (error) {
      // Nobody else holds the server yet, so a failed start must not leave it running.
      await server.close();
      throw error;
    }
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** The simulator the demo's dev server serves (the `simulatorPlugin` instance in its config). */
function simulatorOf(server: ViteDevServer): Simulator {
  const plugin = server.config.plugins.find((p) => p.name === 'input-progress-simulator') as
    (Plugin & { simulator?: Simulator }) | undefined;
  if (!plugin?.simulator) throw new Error('The dev server runs no simulator plugin.');
  return plugin.simulator;
}

/** A page whose console errors and uncaught exceptions are collected. */
interface WatchedPage {
  readonly page: Page;
  readonly errors: string[];
}

describe('the demo, end to end (Vite dev server + Chromium)', function () {
  this.timeout(30_000);

  let browser: Browser;
  let demo: { server: ViteDevServer; origin: string };
  let control: SimulatorControl;
  let context: BrowserContext;

  before(async function () {
    this.timeout(60_000);
    mkdirSync(artifacts, { recursive: true });
    // One after the other, each assigned as soon as it runs, so `after` closes whatever
    // started even when the other fails.
    demo = await startDemo();
    control = simulatorControl(demo.origin);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await demo?.server.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      colorScheme: 'light',
    });
    // Fail with the locator's name well before mocha's timeout.
    context.setDefaultTimeout(8_000);
  });

  afterEach(async () => {
    await context?.close();
  });

  async function open(path: string): Promise<WatchedPage> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    await page.goto(`${demo.origin}${path}`);
    return { page, errors };
  }

  /** A manual-clock job with predictable file names, made through the simulator's control API. */
  function createJob(config: JobConfig & { inputs: number }): Promise<string> {
    return control.createJob({
      concurrency: 3,
      itemsPerInput: 10,
      msPerItem: 1000,
      spread: 0,
      failureRate: 0,
      metrics: 'full',
      inputOverrides: Array.from({ length: config.inputs }, (_, i) => ({
        filename: `sensor_${String(i + 1).padStart(2, '0')}.csv`,
      })),
      ...config,
    });
  }

  /** Three inputs, `sensor_02.csv` failing with `errorMessage`; the first named `firstFilename`. */
  function createJobWithFailure(errorMessage: string, firstFilename = 'sensor_01.csv') {
    return createJob({
      inputs: 3,
      inputOverrides: [
        { filename: firstFilename },
        { filename: 'sensor_02.csv', fails: true, errorMessage },
        { filename: 'sensor_03.csv' },
      ],
    });
  }

  it('shows the small preset live with no configuration, the events panel and the headless view, with no console error', async () => {
    const { page, errors } = await open('/');
    await expectEventually(async () => (await rows(page).count()) >= 1, 'rows of job_demo_small');
    expect(await rows(page).count()).to.equal(10);
    expect(await page.locator('input-progress-list [part~="job-summary"]').innerText()).to.match(
      / of 10$/,
    );
    expect(await liveState(page)).to.equal('live');
    // The preset runs on real time (2 s start delay, about 1.8 s per item): bars start moving.
    await expectEventually(
      async () => sum(await progressValues(page)) > 0,
      'progress of the small preset',
      15_000,
    );
    // The events panel lists the list's events as they fire.
    await expectEventually(
      async () =>
        (await page.locator('#events li[data-type="input-progress-update"]').count()) >= 1,
      'an input-progress-update entry in the events panel',
    );
    // The headless example renders the same job from the core feed, first page of 5.
    await expectEventually(
      async () => (await page.locator('#headless-view li').count()) === 5,
      'headless rows',
    );
    expect(await page.locator('#headless-view progress').count()).to.equal(5);
    expect(errors).to.deep.equal([]);
  });

  it('shows rows whose progress advances as the job runs, then completed rows', async () => {
    const jobId = await createJob({ inputs: 8 });
    const { page, errors } = await open(`/?job=${jobId}&poll=1000&limit=5`);
    await expectEventually(async () => (await rows(page).count()) === 5, 'five rows');
    const before = sum(await progressValues(page));

    await control.advance(jobId, 4_000);
    await expectEventually(
      async () => sum(await progressValues(page)) > before,
      'progress to advance',
    );
    const processing = page
      .locator('[part~="row"][data-status="processing"] [role="progressbar"]')
      .first();
    expect(Number(await processing.getAttribute('aria-valuenow'))).to.be.within(30, 50);
    expect(await processing.getAttribute('aria-valuetext')).to.match(/of 10 items/);

    await control.advance(jobId, 8_000);
    const summary = page.locator('input-progress-list [part~="job-summary"]');
    await expectEventually(
      async () => (await summary.innerText()) === '3 completed · 0 failed of 8',
      'three inputs done',
    );
    expect(
      await page.locator('input-progress-list [part="chip"]', { hasText: 'Completed' }).innerText(),
    ).to.equal('Completed 3');
    expect(errors).to.deep.equal([]);
  });

  it('shows inputs completing and one failing with its error message', async () => {
    const message = 'Malformed CSV: row 42 has 7 columns, expected 6 <see header>';
    const jobId = await createJobWithFailure(message);
    const { page, errors } = await open(`/?job=${jobId}&poll=1000`);
    await expectEventually(async () => (await rows(page).count()) === 3, 'three rows');

    await control.advance(jobId, 60_000);
    await expectEventually(
      async () =>
        (await page.locator('input-progress-list [part~="job-summary"]').innerText()) ===
        '2 completed · 1 failed of 3',
      'all three inputs done, one failed',
    );
    const failed = page.locator('[part~="row"][data-status="failed"]');
    expect(await failed.count()).to.equal(1);
    expect(await failed.locator('[part="row-name"]').innerText()).to.equal('sensor_02.csv');
    expect(await failed.locator('[part="row-badge"]').innerText()).to.equal('Failed');
    // The message is shown as text, angle brackets and all.
    expect(await failed.locator('[part="row-error"]').innerText()).to.contain(message);
    expect(await page.locator('[part~="row"][data-status="completed"]').count()).to.equal(2);
    expect(
      await page.locator('input-progress-list [part="chip"]', { hasText: 'Failed' }).innerText(),
    ).to.equal('Failed 1');
    expect(errors).to.deep.equal([]);
  });

  it('changes the rows, and the requests, when filter chips and pagination are clicked', async () => {
    const jobId = await createJob({ inputs: 12 });
    await control.advance(jobId, 10_500); // sensor_01–03 completed, 04–06 processing, 07–12 pending
    const { page, errors } = await open(`/?job=${jobId}&poll=0&limit=5`);
    await expectEventually(async () => (await rows(page).count()) === 5, 'five rows');
    expect(await pageStatus(page)).to.equal('Page 1 of 3');
    const firstPage = await rowNames(page);

    await page.locator('input-progress-list [part="next"]').click();
    await expectEventually(async () => (await pageStatus(page)) === 'Page 2 of 3', 'page 2');
    await expectEventually(
      async () => !sameList(await rowNames(page), firstPage),
      'other rows on page 2',
    );
    const secondPage = await rowNames(page);
    expect(secondPage.filter((name) => firstPage.includes(name))).to.deep.equal([]);

    await page.locator('input-progress-list [part="chip"]', { hasText: 'Completed' }).click();
    await expectEventually(
      async () => (await pageStatus(page)) === 'Page 1 of 1',
      'the filtered first page',
    );
    await expectEventually(
      async () => (await rows(page).count()) === 3,
      'only the three completed rows',
    );
    expect(await page.locator('[part~="row"][data-status="completed"]').count()).to.equal(3);
    expect((await rowNames(page)).sort()).to.deep.equal([
      'sensor_01.csv',
      'sensor_02.csv',
      'sensor_03.csv',
    ]);
    expect(
      await page.locator('input-progress-list [part="chip"][aria-pressed="true"]').innerText(),
    ).to.match(/Completed/);

    // The simulator saw exactly what the clicks asked for.
    const searches = (await control.requests(jobId))
      .filter((r) => r.path.endsWith('/inputs/progress'))
      .map((r) => new URLSearchParams(r.search));
    expect(
      searches.some((s) => s.get('offset') === '5' && s.get('limit') === '5' && !s.has('status')),
    ).to.equal(true);
    expect(
      searches.some((s) => s.getAll('status').join() === 'completed' && s.get('offset') === '0'),
    ).to.equal(true);
    // The events panel saw the page and filter changes.
    expect(
      await page.locator('#events li[data-type="input-progress-page-change"]').count(),
    ).to.be.at.least(1);
    expect(
      await page.locator('#events li[data-type="input-progress-filter-change"]').count(),
    ).to.be.at.least(1);
    expect(errors).to.deep.equal([]);
  });

  it('shows the flaky preset backing off when its responses break, then recovering', async () => {
    const { page, errors } = await open('/?poll=1000');
    await page.locator('select[name="job"]').selectOption('job_demo_flaky');
    await expectEventually(async () => (await rows(page).count()) === 10, 'rows of job_demo_flaky');
    expect(page.url()).to.contain('job=job_demo_flaky');

    // The preset's own faults (its configuration, which setFaults leaves alone), put back in
    // `finally`: the dev server is shared by every test, and the preset should stay flaky.
    const presetFaults = simulatorOf(demo.server).getJob('job_demo_flaky')?.config.faults;
    expect(presetFaults, "the flaky preset's faults").to.be.an('object');
    try {
      // Make every progress response unreadable (a 200 with the wrong shape, which no retry hides).
      await control.setFaults('job_demo_flaky', {
        rules: [{ kind: 'wrong-shape', probability: 1, endpoints: ['progress'] }],
      });
      await page.locator('input-progress-list [part="refresh"]').click();
      await expectEventually(
        async () => (await liveState(page)) === 'backing-off',
        'the backing-off state',
      );
      expect(
        await page.locator('input-progress-list [part="live-indicator"]').innerText(),
      ).to.match(/Retrying in \d+ s/);
      // The last good page stays, with the error beside it.
      expect(await rows(page).count()).to.equal(10);
      expect(await page.locator('input-progress-list [part="stale-banner"]').count()).to.equal(1);
      expect(
        await page.locator('#events li[data-type="input-progress-error"]').count(),
      ).to.be.at.least(1);

      await control.setFaults('job_demo_flaky', {});
      await expectEventually(
        async () => ['live', 'done'].includes((await liveState(page)) ?? ''),
        'recovery to live (or all done)',
        15_000,
      );
      expect(await page.locator('input-progress-list [part="stale-banner"]').count()).to.equal(0);
    } finally {
      await control.setFaults('job_demo_flaky', presetFaults ?? {});
    }
    // The preset's own faults (5xx, dropped connections) make the browser log failed loads;
    // those are the simulated network, not errors of the page.
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).to.deep.equal([]);
  });

  it('stops polling the finished preset: no further requests reach the simulator', async () => {
    const { page, errors } = await open('/?job=job_demo_finished&poll=1000');
    await expectEventually(
      async () => (await rows(page).count()) >= 1,
      'rows of job_demo_finished',
    );
    await expectEventually(async () => (await liveState(page)) === 'done', 'the all-done state');
    expect(
      await page.locator('input-progress-list [part="live-indicator"]').innerText(),
    ).to.contain('All done');
    await expectEventually(
      async () =>
        (await page.locator('#headless-view .headless-status').innerText()).includes('stopped'),
      'the headless feed to stop too',
    );
    const settled = (await control.requests('job_demo_finished')).length;
    expect(settled).to.be.greaterThan(0);
    await page.waitForTimeout(3_500); // more than three poll intervals
    expect((await control.requests('job_demo_finished')).length).to.equal(settled);
    expect(errors).to.deep.equal([]);
  });

  it('restarts a finished simulated job with "Run again"', async () => {
    const jobId = await createJob({ inputs: 3 });
    await control.advance(jobId, 60_000);
    const { page, errors } = await open(`/?job=${jobId}&poll=1000`);
    const summary = page.locator('input-progress-list [part~="job-summary"]');
    await expectEventually(
      async () => (await summary.innerText()) === '3 completed · 0 failed of 3',
      'all done',
    );
    await expectEventually(async () => (await liveState(page)) === 'done', 'the all-done state');

    await page.getByRole('button', { name: 'Run again' }).click();
    await expectEventually(
      async () => (await summary.innerText()) === '0 completed · 0 failed of 3',
      'a fresh run',
    );
    await expectEventually(async () => (await liveState(page)) === 'live', 'polling again');
    await expectEventually(
      async () =>
        (await page.locator('#headless-view .headless-status').innerText()).includes('live'),
      'the headless feed to follow',
    );
    expect(errors).to.deep.equal([]);
  });

  it('refuses a restart asked for by another site, so the job keeps its progress', async () => {
    const jobId = await createJob({ inputs: 3 });
    await control.advance(jobId, 60_000);
    const restart = (headers: Record<string, string>) =>
      fetch(`${demo.origin}/__demo/jobs/${jobId}/restart`, { method: 'POST', headers });

    // What a form or fetch on another website open in the same browser would send.
    for (const origin of ['https://evil.example', 'null', `http://localhost:1`]) {
      const refused = await restart({ origin });
      expect(refused.status, origin).to.equal(403);
      const body = (await refused.json()) as { errors: { code: string }[] };
      expect(body.errors[0]!.code).to.equal('cross_origin');
    }
    const { page, errors } = await open(`/?job=${jobId}&poll=0`);
    await expectEventually(
      async () =>
        (await page.locator('input-progress-list [part~="job-summary"]').innerText()) ===
        '3 completed · 0 failed of 3',
      'the job still all done',
    );
    // The dashboard itself (same origin) still may.
    expect((await restart({ origin: demo.origin })).status).to.equal(200);
    await page.locator('input-progress-list [part="refresh"]').click();
    await expectEventually(
      async () =>
        (await page.locator('input-progress-list [part~="job-summary"]').innerText()) ===
        '0 completed · 0 failed of 3',
      'a fresh run after the same-origin restart',
    );
    expect(errors).to.deep.equal([]);
  });

  it('switches between the large and empty presets with the job control', async () => {
    const { page, errors } = await open('/');
    await expectEventually(
      async () => (await rows(page).count()) === 10,
      'rows of the small preset',
    );

    await page.locator('select[name="job"]').selectOption('job_demo_large');
    await expectEventually(
      async () => (await pageStatus(page)) === 'Page 1 of 1,000',
      'a thousand pages of ten',
    );
    expect(await rows(page).count()).to.equal(10);
    expect(await page.locator('input-progress-list').getAttribute('job-id')).to.equal(
      'job_demo_large',
    );

    await page.locator('select[name="job"]').selectOption('job_demo_empty');
    await expectEventually(
      async () => (await page.locator('input-progress-list [part="empty"]').count()) === 1,
      'the empty state',
    );
    // The empty preset has ended: no "yet" on a finished job.
    expect(await page.locator('input-progress-list [part="empty"]').innerText()).to.contain(
      'This job ended with no inputs.',
    );
    expect(await rows(page).count()).to.equal(0);
    expect(page.url()).to.contain('job=job_demo_empty');
    expect(errors).to.deep.equal([]);
  });

  it('renders the list on plain.html from the standalone bundle alone', async () => {
    const { page, errors } = await open('/plain.html');
    await expectEventually(async () => (await rows(page).count()) >= 1, 'rows on plain.html');
    const body = await page.evaluate(() =>
      [...document.body.children].map(
        (el) => `${el.localName}${el.getAttribute('src') ? ` ${el.getAttribute('src')}` : ''}`,
      ),
    );
    expect(body).to.deep.equal(['script /input-progress.standalone.js', 'input-progress-list']);
    expect(await page.locator('input-progress-list [part~="job-summary"]').innerText()).to.match(
      / of 10$/,
    );
    expect(errors).to.deep.equal([]);
  });

  it('switches theme, language and page size from the controls', async () => {
    const { page, errors } = await open('/');
    await expectEventually(async () => (await rows(page).count()) === 10, 'rows');
    const list = page.locator('input-progress-list');
    const surface = () => list.evaluate((el) => getComputedStyle(el).backgroundColor);
    // Rows are drawn on the list's surface: their text colour follows the scheme.
    const rowSurface = () =>
      rows(page)
        .first()
        .evaluate((el) => getComputedStyle(el).color);
    const lightSurface = await surface();
    const lightRowSurface = await rowSurface();

    await page.getByLabel('Dark').check();
    expect(await list.evaluate((el) => getComputedStyle(el).colorScheme)).to.equal('dark');
    expect(await surface()).not.to.equal(lightSurface);
    expect(await rowSurface(), 'rows turn dark with the list').not.to.equal(lightRowSurface);
    expect(page.url()).to.contain('theme=dark');

    await page.getByLabel('Custom').check();
    expect(
      await list.evaluate((el) =>
        getComputedStyle(el).getPropertyValue('--input-progress-color-accent').trim(),
      ),
    ).to.equal('#b4532a');

    await page.locator('select[name="lang"]').selectOption('de');
    await expectEventually(
      async () => (await pageStatus(page)) === 'Seite 1 von 1',
      'German pagination',
    );
    expect(await list.getAttribute('lang')).to.equal('de');
    expect(await page.locator('input-progress-list [part~="job-summary"]').innerText()).to.match(
      /fehlgeschlagen von 10$/,
    );

    await page.locator('select[name="limit"]').selectOption('5');
    await expectEventually(async () => (await rows(page).count()) === 5, 'five rows per page');
    expect(page.url()).to.contain('limit=5');
    expect(errors).to.deep.equal([]);
  });

  it('opens a preset that ran to its end live again, however long after the server started', async () => {
    // As if the first visit came ten minutes after `pnpm demo`: the small preset has finished.
    const preset = () => simulatorOf(demo.server).getJob('job_demo_small')!;
    preset().advance(10 * 60_000);
    expect(preset().status()).to.equal('COMPLETED');
    const { page, errors } = await open('/');
    await expectEventually(async () => preset().status() !== 'COMPLETED', 'the preset restarted');
    await expectEventually(async () => (await liveState(page)) === 'live', 'the list live');
    await expectEventually(
      async () =>
        /^[0-8] completed · [01] failed of 10$/.test(
          await page.locator('input-progress-list [part~="job-summary"]').innerText(),
        ),
      'a fresh run, not all done',
    );
    // The presets meant to look finished stay so.
    await page.locator('select[name="job"]').selectOption('job_demo_finished');
    await expectEventually(async () => (await liveState(page)) === 'done', 'the finished preset');
    expect(errors).to.deep.equal([]);
  });

  it('switches to one line per input with the density control', async () => {
    const { page, errors } = await open('/');
    await expectEventually(async () => (await rows(page).count()) === 10, 'rows');
    const heights = () =>
      page
        .locator('input-progress-list [part="item"]')
        .evaluateAll((items) => items.map((li) => li.getBoundingClientRect().height));
    expect(Math.min(...(await heights()))).to.be.greaterThan(40);
    await page.getByLabel('Compact').check();
    expect(await page.locator('input-progress-list').getAttribute('density')).to.equal('compact');
    await expectEventually(
      async () => Math.max(...(await heights())) <= 40,
      'compact rows of at most 40 px',
    );
    expect(page.url()).to.contain('density=compact');
    const toggle = rows(page).first().locator('[part="row-toggle"]');
    await toggle.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(errors).to.deep.equal([]);
  });

  it('shows its own controls and the events panel in the chosen language', async () => {
    const { page, errors } = await open('/?lang=de');
    await expectEventually(async () => (await rows(page).count()) === 10, 'rows');
    expect(await page.locator('html').getAttribute('lang')).to.equal('de');
    expect(await page.locator('#controls').getByText('Seitengröße').count()).to.equal(1);
    expect(await page.getByRole('button', { name: 'Neu starten' }).count()).to.equal(1);
    // The theme and density choices say their values in German too.
    expect(await page.getByRole('radio', { name: 'Dunkel' }).count()).to.equal(1);
    expect(await page.getByRole('radio', { name: 'Kompakt' }).count()).to.equal(1);
    expect(await page.locator('#events-heading').innerText()).to.equal('Ereignisse');
    await expectEventually(
      async () =>
        /Zeilen, gesamt 10/.test(
          await page.locator('#events li[data-type="input-progress-update"]').first().innerText(),
        ),
      'a German events entry',
    );
    // The headless example speaks the page's language too.
    await expectEventually(
      async () =>
        / · \d+ Eingaben$/.test(await page.locator('#headless-view .headless-status').innerText()),
      'the German headless status',
    );
    await page.locator('select[name="lang"]').selectOption('en');
    expect(await page.locator('#events-heading').innerText()).to.equal('Events');
    expect(await page.locator('#controls').getByText('Page size').count()).to.equal(1);
    expect(await page.getByRole('radio', { name: 'Dark' }).count()).to.equal(1);
    // Entries logged in German are worded again in English, not left behind.
    expect(await page.locator('#events .event-detail').allInnerTexts()).to.satisfy(
      (texts: string[]) =>
        texts.length > 0 && texts.every((t) => !/Zeilen|Seite|abgeschlossen/.test(t)),
    );
    await expectEventually(
      async () =>
        / · \d+ inputs$/.test(await page.locator('#headless-view .headless-status').innerText()),
      'the English headless status',
    );

    // Arabic: the elements' registered translation, the page right to left.
    await page.locator('select[name="lang"]').selectOption('ar');
    expect(await page.locator('html').getAttribute('dir')).to.equal('rtl');
    await expectEventually(
      async () => (await pageStatus(page)) === 'الصفحة 1 من 1',
      'Arabic pagination',
    );
    expect(
      await page.locator('input-progress-list').evaluate((el) => getComputedStyle(el).direction),
    ).to.equal('rtl');
    expect(errors).to.deep.equal([]);
  });

  it('shows a focus ring on a row’s file-name link in both densities (the ellipsis never cuts it)', async () => {
    for (const density of ['comfortable', 'compact']) {
      // A finished job: its rows stay where they are.
      const { page } = await open(`/?job=job_demo_finished&density=${density}`);
      await expectEventually(async () => (await rows(page).count()) >= 3, `rows (${density})`);
      const id = await rows(page).first().getAttribute('data-input-id');
      const row = page.locator(`input-progress-list [data-input-id="${id}"]`);
      const link = row.locator('[part="row-link"]');
      await page.keyboard.press('Tab'); // keyboard modality: focus() below shows :focus-visible
      const name = row.locator('[part="row-name"]');
      const unfocused = await name.screenshot();
      await link.focus();
      const focused = await name.screenshot();
      await page.screenshot({ path: `${artifacts}focus-ring-${density}.png` });
      expect(Buffer.compare(unfocused, focused), `the focus ring shows (${density})`).to.not.equal(
        0,
      );
      await page.close();
    }
  });

  it('keeps compact rows inside a 320 px window and at 640 px with 200 % text, the failed row’s error readable', async () => {
    const message = 'Malformed CSV: row 42 has 7 columns, expected 6';
    const jobId = await createJobWithFailure(message, 'sensor_01_with_a_rather_long_name.csv');
    await control.advance(jobId, 60_000);
    for (const [width, fontSize] of [
      [320, '100%'],
      [640, '200%'],
    ] as const) {
      await context.close();
      context = await browser.newContext({ viewport: { width, height: 900 } });
      const { page, errors } = await open(`/?job=${jobId}&density=compact`);
      await page.evaluate((size) => (document.documentElement.style.fontSize = size), fontSize);
      await expectEventually(async () => (await rows(page).count()) === 3, `rows at ${width}px`);
      const failed = page.locator('[part~="row"][data-status="failed"]');
      await failed.locator('[part="row-toggle"]').click();
      await page.screenshot({
        path: `${artifacts}compact-${width}-${fontSize}.png`,
        fullPage: true,
      });
      // Every box of the list, its rows and controls, inside the window.
      const outside = await page.locator('input-progress-list').evaluate((list, right) => {
        const all = [...list.shadowRoot!.querySelectorAll('*')];
        return all
          .map(
            (node) =>
              [node.getAttribute('part') ?? node.localName, node.getBoundingClientRect()] as const,
          )
          .filter(([, box]) => box.width > 0 && (box.left < -1 || box.right > right + 1))
          .map(([name, box]) => `${name} ${Math.round(box.left)}–${Math.round(box.right)}`);
      }, width);
      expect(outside, `outside a ${width} px window`).to.deep.equal([]);
      const errorBoxes = await failed
        .locator('[part="row-error"]')
        .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().width));
      expect(Math.min(...errorBoxes), 'the error, on its line and expanded').to.be.greaterThan(40);
      expect(await failed.locator('[part="row-more"]').innerText()).to.contain(message);
      expect(errors).to.deep.equal([]);
    }
  });

  it('lines compact rows up in columns at 390 and 1280 px, left to right and right to left', async () => {
    for (const [width, lang] of [
      [1280, 'en'],
      [390, 'en'],
      [1280, 'ar'],
      [390, 'ar'],
    ] as const) {
      await context.close();
      context = await browser.newContext({ viewport: { width, height: 900 } });
      const { page } = await open(`/?job=job_demo_large&density=compact&limit=20&lang=${lang}`);
      await expectEventually(
        async () => (await rows(page).count()) >= 10,
        `rows (${width}, ${lang})`,
      );
      // Each column's starting edge (left, or right in Arabic) on every row shown.
      const columns = ['row-name', 'row-badge', 'row-bar', 'percent', 'eta', 'row-toggle'];
      const edges = await page.locator('input-progress-list').evaluate(
        (list, [names, rtl]) =>
          [...list.shadowRoot!.querySelectorAll('[part~="row"]')].map((row) =>
            (names as string[]).map((column) => {
              const node = row.querySelector(`[part="${column}"], .${column}`);
              const box = node?.getBoundingClientRect();
              return box ? Math.round(rtl ? box.right : box.left) : null;
            }),
          ),
        [columns, lang === 'ar'] as const,
      );
      columns.forEach((column, index) => {
        const seen = edges.map((row) => row[index]).filter((edge) => edge != null) as number[];
        expect(
          Math.max(...seen) - Math.min(...seen),
          `${column} column at ${width} px (${lang}): ${seen.join(', ')}`,
        ).to.be.at.most(1);
      });
      await page.close();
    }
  });

  it('saves screenshots of the light, dark and custom dashboards, each really in its theme', async () => {
    const surfaces: Record<string, string> = {};
    for (const theme of ['light', 'dark', 'custom'] as const) {
      const { page, errors } = await open(`/?theme=${theme}`);
      await expectEventually(async () => (await rows(page).count()) === 10, `rows (${theme})`);
      await expectEventually(
        async () => (await page.locator('#headless-view li').count()) === 5,
        `headless rows (${theme})`,
      );
      await page.screenshot({ path: `${artifacts}dashboard-${theme}.png`, fullPage: true });
      surfaces[theme] = await page
        .locator('input-progress-list')
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      // The job header inside the list is in the list's theme too.
      expect(
        await page
          .locator('input-progress-list [part~="job"]')
          .evaluate((el) => getComputedStyle(el).backgroundColor),
        `the job header background (${theme})`,
      ).to.equal(surfaces[theme]);
      expect(errors).to.deep.equal([]);
      await page.close();
    }
    // A screenshot of a theme that was ignored would look like the light one.
    expect(surfaces['dark'], 'the dark list background').not.to.equal(surfaces['light']);
    expect(surfaces['custom'], 'the custom list background').not.to.equal(surfaces['light']);
  });

  it('saves screenshots of the compact, German, Arabic (right to left) and 390 px wide dashboards', async () => {
    const shots = [
      { name: 'compact', path: '/?job=job_demo_large&density=compact&limit=20', width: 1280 },
      { name: 'de', path: '/?lang=de', width: 1280 },
      { name: 'ar', path: '/?lang=ar', width: 1280 },
      { name: '390', path: '/?density=compact', width: 390 },
    ];
    for (const shot of shots) {
      await context.close();
      context = await browser.newContext({
        viewport: { width: shot.width, height: 900 },
        colorScheme: 'light',
      });
      const { page, errors } = await open(shot.path);
      await expectEventually(async () => (await rows(page).count()) >= 10, `rows (${shot.name})`);
      await expectEventually(
        async () =>
          (await page.locator('input-progress-list [part~="job-name"]').first().innerText()) !== '',
        `the job header (${shot.name})`,
      );
      await page.screenshot({ path: `${artifacts}dashboard-${shot.name}.png`, fullPage: true });
      // Nothing wider than the window: no sideways scrolling at 390 px either.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal overflow (${shot.name})`).to.be.at.most(0);
      expect(errors).to.deep.equal([]);
    }
  });
});

describe('the demo in real-API mode (forwarder in front of a key-checking simulator)', function () {
  this.timeout(40_000);

  const KEY = 'sk_live_e2e_Hk29xQ7mZpL4';

  it('refuses to start without a key instead of falling back silently', async () => {
    let failure: unknown = null;
    try {
      const demo = await startDemo({ DEMO_API: 'real', ATAI_API_KEY: '' });
      await demo.server.close();
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(Error);
    expect((failure as Error).message).to.contain('ATAI_API_KEY');
  });

  it('serves the list through /api with the key added on the server, never showing it to the browser', async () => {
    let upstream: Awaited<ReturnType<typeof startSimulatorServer>> | undefined;
    let demo: Awaited<ReturnType<typeof startDemo>> | undefined;
    let browser: Browser | undefined;
    try {
      upstream = await startSimulatorServer({ apiKeys: [KEY] });
      const logs: string[] = [];
      demo = await startDemo(
        {
          DEMO_API: 'real',
          ATAI_API_KEY: KEY,
          ATAI_API_URL: upstream.url,
          // Not the job plain.html names: the page must follow DEMO_JOB_ID.
          DEMO_JOB_ID: 'job_demo_finished',
        },
        logs,
      );
      browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
      const page = await browser.newPage();
      const errors: string[] = [];
      const apiPaths: string[] = [];
      const sentHeaders: string[] = [];
      const bodies: Promise<string>[] = [];
      page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/v0.5/'))
          apiPaths.push(url.pathname);
        for (const [name, value] of Object.entries(request.headers()))
          sentHeaders.push(`${name}: ${value}`);
      });
      page.on('response', (response) => bodies.push(response.text().catch(() => '')));

      await page.goto(`${demo.origin}/`);
      await expectEventually(
        async () => (await rows(page).count()) === 10,
        'rows through the forwarder',
      );
      expect(await page.locator('input-progress-list').getAttribute('base-url')).to.equal('/api');
      expect(await page.locator('#api-mode').innerText()).to.contain('forwarder');
      expect(apiPaths.length).to.be.greaterThan(0);
      expect(apiPaths.every((p) => p.startsWith('/api/batch/jobs/job_demo_finished'))).to.equal(
        true,
      );
      expect(upstream.simulator.requests('job_demo_finished').length).to.be.greaterThan(0);

      // No page, DOM (shadow roots included), response or server log line shows the key.
      // A loop, not a named helper: tsx would wrap a named function in `__name`, unknown in the page.
      const dom = await page.evaluate(() => {
        const texts: string[] = [document.documentElement.outerHTML];
        const roots: (Document | ShadowRoot)[] = [document];
        for (let root = roots.pop(); root; root = roots.pop()) {
          for (const el of root.querySelectorAll('*')) {
            if (el.shadowRoot) {
              texts.push(el.shadowRoot.innerHTML);
              roots.push(el.shadowRoot);
            }
          }
        }
        return texts.join('\n');
      });
      expect(dom).not.to.include(KEY);
      // The browser never holds the key, so none of its requests can carry it.
      expect(sentHeaders.join('\n')).not.to.include(KEY);
      for (const body of await Promise.all(bodies)) expect(body).not.to.include(KEY);
      expect(logs.join('\n')).not.to.include(KEY);
      expect(errors).to.deep.equal([]);

      // plain.html works here too: the server hands it the forwarder's base-url and DEMO_JOB_ID.
      apiPaths.length = 0;
      await page.goto(`${demo.origin}/plain.html`);
      await expectEventually(
        async () => (await rows(page).count()) === 20,
        'rows on plain.html through the forwarder (its default page of 20)',
      );
      expect(await page.locator('input-progress-list').getAttribute('base-url')).to.equal('/api');
      expect(await page.locator('input-progress-list').getAttribute('job-id')).to.equal(
        'job_demo_finished',
      );
      expect(apiPaths.length).to.be.greaterThan(0);
      expect(apiPaths.every((p) => p.startsWith('/api/batch/jobs/job_demo_finished'))).to.equal(
        true,
      );
      // It says which API it serves, and where that is, without the key.
      expect(logs.join('\n')).to.contain(
        `real API mode, /api forwards to ${upstream.url.replace(/\/$/, '')}`,
      );
      for (const body of await Promise.all(bodies)) expect(body).not.to.include(KEY);
      expect(errors).to.deep.equal([]);
    } finally {
      await browser?.close();
      await demo?.server.close();
      await upstream?.close();
    }
  });
});

const rows = (page: Page) => page.locator('input-progress-list [part~="row"]');
const rowNames = (page: Page) =>
  page.locator('input-progress-list [part="row-name"]').allInnerTexts();
const progressValues = (page: Page) =>
  page
    .locator('input-progress-list [part~="row"] [role="progressbar"]')
    .evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('aria-valuenow') ?? 0)));
const liveState = (page: Page) =>
  page.locator('input-progress-list [part="live-indicator"]').getAttribute('data-state');

describe('the demo as a static build (vite build + vite preview)', function () {
  this.timeout(60_000);

  it('builds a static site whose preview serves the dashboard, plain.html and the simulator', async () => {
    let outDir: string | undefined;
    let browser: Browser | undefined;
    let server: Awaited<ReturnType<typeof preview>> | undefined;
    try {
      outDir = mkdtempSync(join(tmpdir(), 'input-progress-demo-'));
      browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
      const config = {
        root: appRoot,
        configFile: `${appRoot}/vite.config.ts`,
        logLevel: 'warn' as const,
      };
      // The CLI, as `pnpm --filter demo build` runs it, into a temporary directory.
      await promisify(execFile)(
        process.execPath,
        [viteBin, 'build', '--outDir', outDir, '--emptyOutDir'],
        { cwd: appRoot },
      );
      server = await preview({
        ...config,
        build: { outDir },
        preview: { host: '127.0.0.1', port: 0, strictPort: false },
      });
      const url = server.resolvedUrls?.local[0];
      expect(url, 'the preview URL').to.be.a('string');
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      for (const path of ['', 'plain.html']) {
        await page.goto(new URL(path, url).href);
        await expectEventually(
          async () => (await rows(page).count()) === 10,
          `rows on /${path} of the build`,
        );
      }
      // The built plain.html is the source file, loading the published bundle untouched.
      const scripts = await page
        .locator('script')
        .evaluateAll((els) => els.map((el) => el.getAttribute('src')));
      expect(scripts).to.deep.equal(['/input-progress.standalone.js']);
      expect(errors).to.deep.equal([]);
    } finally {
      await browser?.close();
      await server?.close();
      if (outDir !== undefined) rmSync(outDir, { recursive: true, force: true });
    }
    // The build leaves nothing behind in the temporary directory.
    expect(existsSync(outDir), 'the temporary outDir').to.equal(false);
  });
});

/** "Page 2 of 3" as a user reads it: the words around the page number field, with its value. */
function pageStatus(page: Page): Promise<string> {
  return page.locator('input-progress-list [part="page-status"]').evaluate((label) => {
    const value = label.querySelector('input')?.value ?? '';
    const words = (label.textContent ?? '').replace(/\s+/g, ' ').trim();
    return words.replace(/^(\S+)\s*/, `$1 ${value} `);
  });
}

/** Polls `condition` until it holds; fails with `what` after `timeoutMs`. */
async function expectEventually(
  condition: () => Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
