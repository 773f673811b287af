export { createForwarder, CACHE_HEADER } from './create-forwarder.js';
export { memoryStore, type MemoryStoreOptions } from './memory-store.js';
export type { CacheStore } from './cache-store.js';
export { JOB_ID_FORM, JOB_ID_PATTERN, isJobId } from './job-id.js';
export type {
  Authorize,
  CacheOutcome,
  Endpoint,
  ForwarderHandler,
  ForwarderOptions,
  ForwarderRequestEvent,
  ForwarderStoreEvent,
  ForwarderTarget,
  ForwarderUpstreamEvent,
  StoreCircuitState,
} from './types.js';
