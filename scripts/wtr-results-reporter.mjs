// Writes the totals of one web-test-runner run to .test-results/<package>-<engine>.json,
// so scripts/test.mjs can print one line for every package and engine.
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

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function resultsReporter(packageName) {
  return {
    onTestRunFinished({ sessions }) {
      const byEngine = new Map();
      for (const session of sessions) {
        const engine = engineName(session.browser.name);
        const totals = byEngine.get(engine) ?? { passed: 0, failed: 0, skipped: 0 };
        const before = totals.failed;
        count(session.testResults, totals);
        // A file that failed to load, or errored outside a test, still is a failure.
        if (!session.passed && totals.failed === before) totals.failed++;
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
