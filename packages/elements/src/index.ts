export { InputProgressRow } from './input-progress-row/input-progress-row.js';
export { defaultStrings, resolveStrings } from './strings.js';
export type { InputProgressStrings } from './strings.js';
export { formattersFor } from './formatters.js';
export type { Formatters } from './formatters.js';
export * from './events.js';
