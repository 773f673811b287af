// Mocha's spec output, plus the run's totals and failures in .test-results/<package>-node.json
// so that scripts/test.mjs can print one line for every package and engine and what failed.
const { mkdirSync, writeFileSync, readFileSync } = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

const resultsDir = path.join(__dirname, '..', '.test-results');

class ResultsReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const failedTests = [];
    runner.on('fail', (test, error) => {
      const message = String(error?.message ?? error ?? '').split('\n')[0];
      failedTests.push(`${test.fullTitle()}: ${message}`);
    });
    runner.once('end', () => {
      const { name } = JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8'));
      const packageName = name.replace(/^@input-progress\//, '');
      const { passes = 0, failures = 0, pending = 0 } = this.stats;
      mkdirSync(resultsDir, { recursive: true });
      writeFileSync(
        path.join(resultsDir, `${packageName}-node.json`),
        JSON.stringify({
          package: packageName,
          engine: 'node',
          passed: passes,
          failed: failures,
          skipped: pending,
          failures: failedTests,
        }),
      );
    });
  }
}

module.exports = ResultsReporter;
