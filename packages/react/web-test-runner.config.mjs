import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { createSimulator } from '@input-progress/simulator';
import { simulatorMiddleware } from '@input-progress/simulator/web-test-runner';
import { createConfig } from '../../scripts/wtr-config.mjs';

// React ships CommonJS only, which browsers cannot import: each test file is bundled with
// esbuild (React, ReactDOM and the packages inside) before the browser gets it.
// REACT_VERSION=18 runs the same tests on React 18 (the react-18 / react-dom-18 aliases).
const react18 = process.env.REACT_VERSION === '18';
const packageDir = fileURLToPath(new URL('.', import.meta.url));

/** @type {import('@web/test-runner').TestRunnerPlugin} */
const bundleTests = {
  name: 'bundle-react-tests',
  async serve(context) {
    if (!context.path.endsWith('.test.tsx')) return undefined;
    const result = await build({
      absWorkingDir: packageDir,
      entryPoints: [`.${context.path}`],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      jsx: 'automatic',
      // React's development build: its warnings are what the tests check for.
      conditions: ['browser', 'development'],
      define: {
        'process.env.NODE_ENV': '"development"',
        // Lets a test check which React it really runs on.
        'process.env.EXPECTED_REACT_MAJOR': react18 ? '"18"' : '"19"',
      },
      alias: react18 ? { react: 'react-18', 'react-dom': 'react-dom-18' } : {},
      sourcemap: 'inline',
      logLevel: 'error',
    });
    return { body: result.outputFiles[0].text, type: 'js' };
  },
};

export default createConfig({
  packageName: react18 ? 'react@18' : 'react',
  files: 'src/**/*.browser.test.tsx',
  middleware: [simulatorMiddleware(createSimulator({ presets: false }))],
  overrides: { plugins: [bundleTests] },
});
