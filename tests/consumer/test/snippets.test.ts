// The README's promise, kept as a user would check it: its React and plain-HTML snippets,
// pasted verbatim into fresh Vite apps next to its simulator setup (vite.config.ts, also
// verbatim), show live rows. One app per package manager (npm, pnpm, yarn 1), each installing
// the tarballs as the README says, started with `vite` and opened in Chromium.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { simulatorControl } from '@input-progress/simulator/control';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../../scripts/browsers.mjs';
import { packPublicPackages, runOk, workDir, writeAppManifest, type Packed } from './packages.js';
import { ourPackagesIn, readmeSnippet } from './readme-snippets.js';
import { startViteDevServer } from './vite-dev-server.js';

/** What a Vite app's own scaffold has (the README's snippets go into these). */
const page = (title: string, body: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>${title}</title>
  </head>
  <body>
${body}
  </body>
</html>
`;
const MAIN_TSX = `import { createRoot } from 'react-dom/client';
import { Job } from './job';

createRoot(document.getElementById('root')!).render(<Job jobId="job_demo_small" />);
`;

type Manager = 'npm' | 'pnpm' | 'yarn';
/** Each manager's install command, run with the package.json below. */
const INSTALL: Record<Manager, [string, string[]]> = {
  npm: ['npm', ['install', '--no-audit', '--no-fund', '--prefer-offline']],
  pnpm: ['pnpm', ['install', '--reporter=append-only']],
  yarn: ['npx', ['--yes', 'yarn@1.22.22', 'install', '--non-interactive', '--no-progress']],
};

const snippets = {
  viteConfig: readmeSnippet('vite-config'),
  react: readmeSnippet('react'),
  plainHtml: readmeSnippet('plain-html'),
};

/**
 * A fresh app: our tarballs for every package the snippets name, React and Vite from the
 * registry, and what the README tells each manager to add so our packages' dependencies on
 * each other stay on the tarballs (pnpm `overrides`, yarn `resolutions`; npm needs none).
 */
function writeApp(app: string, manager: Manager, packed: Packed[]): void {
  mkdirSync(app, { recursive: true });
  const manifestOf = (name: string) => {
    const found = packed.find((p) => p.manifest.name === name);
    if (!found) throw new Error(`a snippet names ${name}, which is not a public package`);
    return found;
  };
  const dependenciesOf = (name: string) =>
    Object.keys(
      (manifestOf(name).manifest as { dependencies?: Record<string, string> }).dependencies ?? {},
    ).filter((dependency) => dependency.startsWith('@input-progress/'));
  // The packages the snippets name and ours that those depend on (the README packs them all).
  const needed = new Set(ourPackagesIn(Object.values(snippets).join('\n')));
  for (const name of needed) for (const dependency of dependenciesOf(name)) needed.add(dependency);
  const ours = Object.fromEntries(
    [...needed].map((name) => [name, `file:${manifestOf(name).tarball}`]),
  );
  // Ours that ours depend on: the entries the README lists under overrides / resolutions.
  const internal = Object.fromEntries(
    [...needed].flatMap(dependenciesOf).map((name) => [name, ours[name]!]),
  );
  writeAppManifest(app, {
    name: `snippets-${manager}`,
    ours,
    registry: ['react', 'react-dom', 'vite'],
    ...(manager === 'npm' ? {} : { pinned: { manager, specs: internal } }),
  });
  writeFileSync(join(app, 'vite.config.ts'), snippets.viteConfig);
  writeFileSync(join(app, 'job.tsx'), snippets.react);
  writeFileSync(join(app, 'main.tsx'), MAIN_TSX);
  writeFileSync(
    join(app, 'index.html'),
    page(
      'React',
      '    <div id="root"></div>\n    <script type="module" src="./main.tsx"></script>',
    ),
  );
  writeFileSync(join(app, 'plain.html'), page('Plain HTML', snippets.plainHtml));
}

/** Opens `url` and collects what would show a user something broke. */
async function open(browser: Browser, url: string): Promise<{ page: Page; problems: string[] }> {
  const tab = await browser.newPage();
  const problems: string[] = [];
  tab.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
  tab.on('pageerror', (error) => problems.push(String(error)));
  tab.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  await tab.goto(url);
  return { page: tab, problems };
}

/** Rows of the list, read through its shadow root as a user sees them. */
const rowsIn = (tab: Page, list: string) => tab.locator(`${list} [part~="row"]`);

describe("the README's snippets, pasted into fresh Vite apps (tarballs)", function () {
  // Per app: an install from the registry (cached after the first), Vite's first
  // dependency scan, and a live list in Chromium. Budgets, not waits.
  this.timeout(240_000);
  let browser: Browser;
  let packed: Packed[];

  before(async () => {
    packed = packPublicPackages();
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
  });

  it('names every package they import, and packs each', () => {
    const named = ourPackagesIn(Object.values(snippets).join('\n')).sort();
    expect(named).to.deep.equal([
      '@input-progress/elements',
      '@input-progress/react',
      '@input-progress/simulator',
    ]);
    for (const name of named) expect(packed.map((p) => p.manifest.name)).to.include(name);
  });

  for (const manager of ['npm', 'pnpm', 'yarn'] as const) {
    it(`shows rows in the React and the plain-HTML page, installed with ${manager}`, async () => {
      const app = join(workDir, `snippets-${manager}`);
      writeApp(app, manager, packed);
      const [command, args] = INSTALL[manager];
      runOk(command, args, app, `${manager} install`);

      const server = await startViteDevServer(app);
      try {
        const plain = await open(browser, `${server.origin}/plain.html`);
        await rowsIn(plain.page, 'body > input-progress-list').first().waitFor({ timeout: 60_000 });
        expect(await rowsIn(plain.page, 'body > input-progress-list').count()).to.equal(10);

        const react = await open(browser, `${server.origin}/`);
        await rowsIn(react.page, '#root input-progress-list').first().waitFor({ timeout: 60_000 });
        // The hook's own state: its count moves once inputs finish. The simulator's control
        // API moves the job a minute on rather than the test waiting for it.
        await simulatorControl(server.origin).advance('job_demo_small', 60_000);
        await react.page
          .locator('#root > p', { hasText: /^[1-9]\d* inputs completed$/ })
          .waitFor({ timeout: 60_000 });

        expect([...react.problems, ...plain.problems], server.output()).to.deep.equal([]);
      } finally {
        await server.stop();
      }
    });
  }
});
