import { fileURLToPath } from 'node:url';
import { createConfig } from '../../scripts/wtr-config.mjs';
import { createSimulator } from '@input-progress/simulator';
import { simulatorMiddleware } from '@input-progress/simulator/web-test-runner';

// Browser tests talk real HTTP to a simulator served from the test page's own origin.
export default createConfig({
  packageName: 'core',
  // The repository root: the simulator the tests import imports core's own build back, and
  // from the package's folder that path resolves outside what the server serves.
  overrides: { rootDir: fileURLToPath(new URL('../..', import.meta.url)) },
  middleware: [simulatorMiddleware(createSimulator({ presets: false }))],
});
