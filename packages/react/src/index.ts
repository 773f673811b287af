export { InputProgressJob, InputProgressList, InputProgressRow } from './components.js';
export type {
  InputProgressJobProps,
  InputProgressListProps,
  InputProgressRowProps,
} from './components.js';
export { useInputProgressFeed } from './use-input-progress-feed.js';
export type {
  InputProgressFeedState,
  UseInputProgressFeedOptions,
} from './use-input-progress-feed.js';
// The types a React app meets through the props, events and the hook, so it needs no
// direct dependency on the other packages to name them.
export type {
  InputProgressErrorEvent,
  InputProgressFilterChangeEvent,
  InputProgressPageChangeEvent,
  InputProgressSettleEvent,
  InputProgressUpdateEvent,
  InputProgressWarningEvent,
} from '@input-progress/elements';
export type {
  FeedItem,
  FeedSnapshot,
  InputProgressClient,
  InputProgressFeed,
  PaginationInit,
} from '@input-progress/core';
