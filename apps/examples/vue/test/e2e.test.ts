// The examples' one end-to-end test (apps/examples/e2e), run on this app's build: the
// element's rows render, its @input-progress-settle listener fires, a list of our own from the
// core feed follows the job live.
import { fileURLToPath } from 'node:url';
import { describeExampleApp } from 'example-e2e';

describeExampleApp({
  framework: 'Vue',
  root: fileURLToPath(new URL('..', import.meta.url)),
  settleHandler: 'the @input-progress-settle listener',
  ownList: 'the core feed',
});
