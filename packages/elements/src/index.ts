export { InputProgressList } from './input-progress-list/input-progress-list.js';
export type { RenderItem, RenderItemContext } from './input-progress-list/input-progress-list.js';
export { InputProgressRow } from './input-progress-row/input-progress-row.js';
export { FeedController } from './feed-controller.js';
export { defaultStrings, resolveStrings } from './strings.js';
export type { InputProgressStrings } from './strings.js';
export { formattersFor } from './formatters.js';
export type { Formatters } from './formatters.js';
export * from './events.js';
