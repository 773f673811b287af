import { InputProgressRow } from './input-progress-row/input-progress-row.js';

// Checked one by one so that loading this module twice (two bundles, or a bundle and the
// standalone file) never throws, and a tag defined elsewhere first is left alone.
if (!customElements.get('input-progress-row')) customElements.define('input-progress-row', InputProgressRow);

export * from './index.js';
