import { createSimulator } from '@input-progress/simulator';
import { simulatorMiddleware } from '@input-progress/simulator/web-test-runner';
import { createConfig } from '../../scripts/wtr-config.mjs';

// The main simulator: tests create their own jobs over its control API (/__simulator).
const simulator = createSimulator({ presets: false });

// A second one that requires a key, under its own path, for the "rejected key" error state
// and the "the key never reaches the DOM" test. Its jobs are made here: it has no control API.
export const AUTH_KEY = 'sk-test-elements-5f2c9a7e41d8';
const authSimulator = createSimulator({ apiKeys: [AUTH_KEY], basePath: '/auth/v0.5', presets: false, control: false });
authSimulator.createJob({ id: 'job_auth', inputs: 3, clock: 'manual', failureRate: 0 });

export default createConfig({
  packageName: 'elements',
  middleware: [simulatorMiddleware(simulator), simulatorMiddleware(authSimulator)],
});
