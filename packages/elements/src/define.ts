import { InputProgressList } from './input-progress-list/input-progress-list.js';
import { InputProgressRow } from './input-progress-row/input-progress-row.js';
import { InputProgressJob } from './input-progress-job/input-progress-job.js';

// Checked one by one so that loading this module twice (two bundles, or a bundle and the
// standalone file) never throws, and a tag defined elsewhere first is left alone.
if (!customElements.get('input-progress-row'))
  customElements.define('input-progress-row', InputProgressRow);
if (!customElements.get('input-progress-job'))
  customElements.define('input-progress-job', InputProgressJob);
if (!customElements.get('input-progress-list'))
  customElements.define('input-progress-list', InputProgressList);

export * from './index.js';
