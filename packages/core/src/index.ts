export { derivePercent } from './percent.js';
export type { PercentSource } from './percent.js';
export { INPUT_STATUSES } from './types.js';
export type * from './types.js';
