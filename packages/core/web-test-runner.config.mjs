import { createConfig } from '../../scripts/wtr-config.mjs';
import { createSimulator } from '@input-progress/simulator';
import { simulatorMiddleware } from '@input-progress/simulator/web-test-runner';

// Browser tests talk real HTTP to a simulator served from the test page's own origin.
export default createConfig({
  packageName: 'core',
  middleware: [simulatorMiddleware(createSimulator({ presets: false }))],
});
