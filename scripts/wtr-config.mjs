// The one @web/test-runner configuration every browser-tested package uses.
// Same tests, three engines: Chromium (CDP), Firefox (puppeteer / WebDriver BiDi) and
// WebKitGTK (WebDriver). The WebKit driver and its X server are started by scripts/wtr.mjs,
// which passes the driver's port in WTR_WEBKIT_PORT.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { enginesToRun, MINIBROWSER, CHROMIUM_ARGS } from './browsers.mjs';
import { resultsReporter } from './wtr-results-reporter.mjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: '/usr/bin/chromium',
        // `window.gc()` and unrounded `performance.memory`, so a test can compare the heap
        // before and after a long run (the elements' 24-hour endurance test).
        args: [
          '--headless=new',
          ...CHROMIUM_ARGS,
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true },
    }),
  webkit: () => {
    const port = Number(process.env.WTR_WEBKIT_PORT);
    if (!port) throw new Error('WebKit needs scripts/wtr.mjs to start WebKitWebDriver first.');
    const launcher = webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        'webkitgtk:browserOptions': {
          binary: MINIBROWSER,
          args: ['--automation'],
        },
      },
    });
    // WebKitGTK reports no product name over WebDriver; name it for the progress and results.
    Object.defineProperty(launcher, 'name', { get: () => 'WebKit', set() {} });
    return launcher;
  },
};

/**
 * @param {object} options
 * @param {string} options.packageName  names the results file, e.g. "core"
 * @param {string | string[]} [options.files]
 * @param {import('@web/dev-server-core').Middleware[]} [options.middleware]  e.g. the simulator
 * @param {import('@web/dev-server-core').Plugin[]} [options.plugins]  transform the served
 *   sources before esbuild compiles them (e.g. the elements' template minifier)
 * @param {import('@web/test-runner').TestRunnerConfig} [options.overrides]
 */
/**
 * `executeServerCommand('forced-colors', { active })`: emulates `forced-colors: active` where
 * the launcher hands out its page (Chromium over CDP, through puppeteer); resolves to whether
 * it could. Firefox and WebKit expose no such switch to a running page.
 */
const forcedColorsPlugin = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    const page = session.browser.getPage?.(session.id);
    if (!page?.emulateMediaFeatures) return false;
    try {
      await page.emulateMediaFeatures([
        { name: 'forced-colors', value: payload?.active ? 'active' : 'none' },
      ]);
      return true;
    } catch {
      // Firefox through puppeteer: no CDP, no emulation.
      return false;
    }
  },
};

export function createConfig({
  packageName,
  files = 'src/**/*.test.ts',
  middleware = [],
  plugins = [],
  overrides = {},
}) {
  const engines = enginesToRun();
  return {
    files,
    nodeResolve: { exportConditions: ['browser', 'development'] },
    plugins: [
      ...plugins,
      forcedColorsPlugin,
      // `json`: a source's `import … from './x.json' with { type: 'json' }` (the elements'
      // translations) loses its attribute when esbuild compiles it for es2022, so the JSON is
      // served as a module that exports it (built locale modules have it inlined instead).
      esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    ],
    middleware,
    browsers: engines.map((engine) => launchers[engine]()),
    // WebKitWebDriver drives one session at a time; keep every engine to one page for fairness.
    concurrency: 1,
    concurrentBrowsers: 3,
    browserStartTimeout: 60_000,
    testsStartTimeout: 60_000,
    // Generous budgets, not waits: CI runs three browsers on two cores, where an axe audit
    // alone can take several seconds. Tests wait for outcomes, never for these to pass.
    testsFinishTimeout: 300_000,
    testFramework: { config: { timeout: 30_000 } },
    reporters: [
      defaultReporter(),
      summaryReporter({ flatten: false }),
      resultsReporter(packageName),
    ],
    ...overrides,
  };
}
