// The examples' one end-to-end test (apps/examples/e2e), run on this app's build: the
// wrapper's rows render, its event prop fires, the hook's own list follows the job live.
import { fileURLToPath } from 'node:url';
import { describeExampleApp } from 'example-e2e';

describeExampleApp({
  framework: 'React',
  root: fileURLToPath(new URL('..', import.meta.url)),
  settleHandler: 'onInputProgressSettle',
  ownList: 'the hook',
});
