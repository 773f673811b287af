// Writes the totals of one web-test-runner run to .test-results/<package>-<engine>.json,
// with the name and first error line of each failure, so scripts/test.mjs can print one
// line for every package and engine and, last, what failed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resultsDir } from './results.mjs';

// Launchers name their browsers by product ("Chrome", "MiniBrowser"); report by engine.
function engineName(browserName) {
  const name = browserName.toLowerCase();
  if (name.includes('chrom')) return 'chromium';
  if (name.includes('firefox')) return 'firefox';
  if (name.includes('webkit') || name.includes('minibrowser') || name.includes('safari'))
    return 'webkit';
  return name;
}

/** The first line of an error's message, which names what went wrong. */
const firstLine = (error) => String(error?.message ?? error ?? '').split('\n')[0];

function count(suite, totals, path = []) {
  const names = suite?.name ? [...path, suite.name] : path;
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      totals.failures.push(`${[...names, test.name].join(' > ')}: ${firstLine(test.error)}`);
    }
  }
  for (const child of suite?.suites ?? []) count(child, totals, names);
}

export function resultsReporter(packageName) {
  return {
    onTestRunFinished({ sessions }) {
      const byEngine = new Map();
      for (const session of sessions) {
        const engine = engineName(session.browser.name);
        const totals = byEngine.get(engine) ?? { passed: 0, failed: 0, skipped: 0, failures: [] };
        const before = totals.failed;
        count(session.testResults, totals);
        // A file that failed to load, or errored outside a test, still is a failure.
        if (!session.passed && totals.failed === before) {
          totals.failed++;
          const errors = (session.errors ?? []).map(firstLine).join('; ');
          totals.failures.push(`${session.testFile}: ${errors || 'failed outside its tests'}`);
        }
        byEngine.set(engine, totals);
      }
      mkdirSync(resultsDir, { recursive: true });
      for (const [engine, totals] of byEngine) {
        writeFileSync(
          `${resultsDir}/${packageName}-${engine}.json`,
          JSON.stringify({ package: packageName, engine, ...totals }),
        );
      }
    },
  };
}
