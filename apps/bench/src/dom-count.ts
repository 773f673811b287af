// `pnpm --filter bench dom-count -- [rows] [--standalone file]`: what a first render of `rows`
// rows (default 500) of `<input-progress-list>` leaves in the DOM, counted in Chromium through
// every shadow root: elements, Lit's marker comments, text nodes, and the whitespace-only text
// nodes among them (template indentation; each one is cloned, and laid out when it sits
// between inline content). Whitespace-only text nodes are split by their neighbours: next to
// a comment (a binding's marker: the text between `${a} ${b}` that a template minifier must
// keep, since it cannot know what the bindings render) or between elements only (what
// minifying the template text can remove). --standalone counts another build of the bundle.
import { parseArgs } from 'node:util';
import { simulatorControl } from '@input-progress/simulator/control';
import { startBenchServer } from './server.js';
import { benchJobConfig, POLL_INTERVAL_MS } from './bench-job.js';
import { launchChromium, STATIC_JOB } from './cdp.js';
import { cliArgs } from './cli-args.js';
import { VARIANTS } from './variants.js';

const { positionals, values } = parseArgs({
  args: cliArgs(),
  allowPositionals: true,
  options: { standalone: { type: 'string' } },
});
const rows = Number(positionals[0] ?? 500);

interface Counts {
  shadowRoots: number;
  elements: number;
  comments: number;
  texts: number;
  whitespaceTexts: number;
  whitespaceBesideMarkers: number;
  whitespaceBetweenElements: number;
}

/** Runs in the page: counts the nodes under `document.body`, through every shadow root. */
const COUNT_NODES = `(() => {
  const counts = {
    shadowRoots: 0, elements: 0, comments: 0, texts: 0,
    whitespaceTexts: 0, whitespaceBesideMarkers: 0, whitespaceBetweenElements: 0,
  };
  const visit = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.ELEMENT_NODE) {
        counts.elements++;
        if (child.shadowRoot) {
          counts.shadowRoots++;
          visit(child.shadowRoot);
        }
        visit(child);
      } else if (child.nodeType === Node.COMMENT_NODE) {
        counts.comments++;
      } else if (child.nodeType === Node.TEXT_NODE) {
        counts.texts++;
        if (child.textContent.trim() !== '') continue;
        counts.whitespaceTexts++;
        const beside = [child.previousSibling, child.nextSibling];
        if (beside.some((n) => n && n.nodeType === Node.COMMENT_NODE)) counts.whitespaceBesideMarkers++;
        else counts.whitespaceBetweenElements++;
      }
    }
  };
  visit(document.body);
  return counts;
})()`;

const server = await startBenchServer({ standalone: values.standalone });
const browser = await launchChromium();
try {
  await simulatorControl(server.origin).createJob(benchJobConfig(STATIC_JOB));
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  const { page: elementsPage } = VARIANTS.find((variant) => variant.id === 'elements')!;
  await page.goto(
    `${server.origin}${elementsPage}?job=${STATIC_JOB}&rows=${rows}&poll=${POLL_INTERVAL_MS}`,
  );
  await page.waitForFunction(() => 'bench' in window, undefined, { polling: 20 });
  await page.evaluate(() => window.bench.firstRender);
  // A string, not a function: tsx would wrap the function's inner names in a helper (__name)
  // that the page does not have.
  const counts = (await page.evaluate(COUNT_NODES)) as Counts;
  const perRow = (n: number) => (n / rows).toFixed(1);
  const line = (label: string, n: number) =>
    console.log(
      `  ${label.padEnd(44)} ${n.toLocaleString('en').padStart(8)}   ${perRow(n).padStart(6)} per row`,
    );
  console.log(
    `First render of ${rows} rows of <input-progress-list> (${values.standalone ?? 'the built standalone bundle'}):`,
  );
  line('shadow roots', counts.shadowRoots);
  line('elements', counts.elements);
  line('comments (Lit markers)', counts.comments);
  line('text nodes', counts.texts);
  line('  whitespace-only', counts.whitespaceTexts);
  line('    beside a marker (between bindings)', counts.whitespaceBesideMarkers);
  line('    between elements only', counts.whitespaceBetweenElements);
  line('all nodes', counts.elements + counts.comments + counts.texts);
} finally {
  await browser.close();
  await server.close();
}
