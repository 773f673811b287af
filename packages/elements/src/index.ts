export { InputProgressList } from './input-progress-list/input-progress-list.js';
export type { RenderItem, RenderItemContext } from './input-progress-list/input-progress-list.js';
export { InputProgressRow } from './input-progress-row/input-progress-row.js';
export type { Density } from './input-progress-row/input-progress-row.js';
// What a row says of an input, for a `renderItem` (or a page of your own) in the row's words.
export { rowTimes, rowView } from './input-progress-row/row-view.js';
export type { RowTimes, RowView } from './input-progress-row/row-view.js';
export { InputProgressJob } from './input-progress-job/input-progress-job.js';
export { FeedBinding } from './controllers/feed-binding.js';
export type { FeedBindingOptions, FeedSource } from './controllers/feed-binding.js';
export { defaultStrings } from './default-strings.js';
export { resolveStrings } from './resolve-strings.js';
export { registerTranslation, registeredTranslations, translationFor } from './locale-registry.js';
export type { InputProgressStrings, InputProgressTranslation } from './strings.js';
export { formattersFor } from './formatters.js';
export type { Formatters, PluralForms } from './formatters.js';
export * from './events.js';

// The core's names that this package's API mentions (the list's `feed` and `client`, event
// details, `renderItem`), so typed users need no direct dependency on @input-progress/core.
// The error classes are values, for `instanceof` on `input-progress-error` events.
export {
  ApiError,
  InputProgressError,
  NetworkError,
  ResponseShapeError,
  TimeoutError,
  systemClock,
} from '@input-progress/core';
export type {
  ApiErrorEntry,
  Clock,
  FeedItem,
  FeedSnapshot,
  FeedStatus,
  Input,
  InputData,
  InputProgressClient,
  InputProgressFeed,
  InputProgressItem,
  InputsProgressCounts,
  InputStatus,
  Job,
  KnownInputStatus,
  LatestProgress,
  LiveState,
  Order,
  Pagination,
  ProgressKind,
  ProgressMetrics,
  StatusCounts,
} from '@input-progress/core';
