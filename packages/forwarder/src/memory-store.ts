/**
 * The default cache store: an in-process LRU (`lru-cache`), bounded in entries, for a single
 * forwarder instance. Instances behind a load balancer share nothing through it; give them a
 * shared store (`redisStore`) instead.
 */
import { LRUCache } from 'lru-cache';
import type { CacheStore } from './cache-store.js';

/** Options of {@link memoryStore}. */
export interface MemoryStoreOptions {
  /** Most entries kept; the least recently used go first. Default 10,000. */
  readonly maxEntries?: number;
}

/** An in-memory {@link CacheStore} for one forwarder instance (the default). */
export function memoryStore(options: MemoryStoreOptions = {}): CacheStore {
  const entries = new LRUCache<string, string>({ max: options.maxEntries ?? 10_000 });
  return {
    get: async (key) => entries.get(key),
    set: async (key, value, ttlMs) => {
      entries.set(key, value, { ttl: Math.max(1, Math.ceil(ttlMs)) });
    },
    delete: async (key) => {
      entries.delete(key);
    },
    claim: async (key, ttlMs) => {
      if (entries.has(key)) return false;
      entries.set(key, '1', { ttl: Math.max(1, Math.ceil(ttlMs)) });
      return true;
    },
  };
}
