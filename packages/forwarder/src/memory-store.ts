/**
 * The default cache store: an in-process LRU (`lru-cache`), bounded in bytes and in entries,
 * for a single forwarder instance. Instances behind a load balancer share nothing through it;
 * give them a shared store (`redisStore`) instead.
 */
import { LRUCache } from 'lru-cache';
import type { CacheStore } from './cache-store.js';

/** Options of {@link memoryStore}. */
export interface MemoryStoreOptions {
  /**
   * Most bytes of keys and values kept (strings count 1 byte per character, 2 when they hold
   * any character beyond Latin-1, as V8 stores them); the least recently used go first, and a
   * single value larger than this is not kept. Default 64 MiB.
   */
  readonly maxBytes?: number;
  /** Most entries kept. Default 10,000. */
  readonly maxEntries?: number;
}

/** Bytes V8 holds for a string's characters. */
const stringBytes = (text: string): number =>
  // eslint-disable-next-line no-control-regex
  /[^\u0000-\u00ff]/.test(text) ? text.length * 2 : text.length;

/** The stores {@link memoryStore} made: in this process, so never behind a circuit breaker. */
const inProcess = new WeakSet<CacheStore>();

/** True for a store made by {@link memoryStore}. */
export const isMemoryStore = (store: CacheStore): boolean => inProcess.has(store);

/** An in-memory {@link CacheStore} for one forwarder instance (the default). */
export function memoryStore(options: MemoryStoreOptions = {}): CacheStore {
  const entries = new LRUCache<string, string>({
    max: options.maxEntries ?? 10_000,
    maxSize: options.maxBytes ?? 64 * 1024 * 1024,
    sizeCalculation: (value, key) => Math.max(1, stringBytes(value) + stringBytes(key)),
  });
  const ttl = (ttlMs: number) => ({ ttl: Math.max(1, Math.ceil(ttlMs)) });
  const store: CacheStore = {
    get: async (key) => entries.get(key),
    set: async (key, value, ttlMs) => {
      entries.set(key, value, ttl(ttlMs));
    },
    delete: async (key) => {
      entries.delete(key);
    },
    claim: async (key, ttlMs) => {
      if (entries.has(key)) return false;
      entries.set(key, '1', ttl(ttlMs));
      return true;
    },
    increment: async (key, ttlMs) => {
      const count = Number(entries.get(key) ?? 0) + 1;
      // The window runs from the first count: later ones keep its expiry.
      entries.set(key, String(count), { ...ttl(ttlMs), noUpdateTTL: true });
      return count;
    },
  };
  inProcess.add(store);
  return store;
}
