// Node-side tests (core without a DOM, the simulator, the demo's end-to-end run).
// TypeScript runs directly through tsx; the reporter records totals for scripts/test.mjs.
module.exports = {
  'node-option': ['import=tsx'],
  reporter: require.resolve('./scripts/mocha-reporter.cjs'),
  timeout: 10000,
};
