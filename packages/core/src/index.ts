export { createClient, DEFAULT_BASE_URL } from './client.js';
export { clientIdentity } from './client-identity.js';
export type {
  ClientHeaders,
  ClientOptions,
  FetchInit,
  FetchLike,
  FetchResponse,
  InputProgressClient,
  RequestOptions,
  RetryOptions,
} from './client-options.js';
export { sleep, systemClock, timeoutSignal } from './clock.js';
export type { Clock } from './clock.js';
export type { FeedEnvironment } from './environment.js';
export { etagMatches } from './etag.js';
export { parseRetryAfter } from './retry-after.js';
export {
  ApiError,
  InputProgressError,
  isAbortError,
  isRetryable,
  NetworkError,
  ResponseShapeError,
  TimeoutError,
} from './errors.js';
export type { ApiErrorEntry, ApiErrorInit, InputProgressErrorOptions } from './errors.js';
export { createFeed } from './feed.js';
export type {
  FeedItem,
  FeedListener,
  FeedOptions,
  FeedSnapshot,
  FeedStatus,
  InputProgressFeed,
} from './feed-types.js';
export {
  clampToTotal,
  createPagination,
  DEFAULT_LIMIT,
  fromSearchParams,
  goToPage,
  MAX_LIMIT,
  nextPage,
  pageCountOf,
  pageOf,
  previousPage,
  toSearchParams,
  updatePagination,
} from './pagination.js';
export type { Pagination, PaginationInit } from './pagination.js';
export { derivePercent } from './percent.js';
export { timeOf } from './iso-time.js';
export type { PercentSource } from './percent.js';
export type { LiveState } from './poll-schedule.js';
export { INPUT_STATUSES } from './types.js';
export type * from './types.js';
export type {
  ViteHostConfig,
  VitePluginOptions,
  ViteServePlugin,
  ViteServerLike,
} from './vite-plugin-types.js';
