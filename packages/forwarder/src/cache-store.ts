/**
 * What the forwarder needs from a cache store: a few string operations that an in-memory map
 * and Redis both do in one step. Several forwarder instances that share one store share their
 * cached answers and the API's "wait" (`Retry-After`) as well.
 */

/**
 * A key–value store for the forwarder's shared cache. Values are opaque strings; `ttlMs` only
 * bounds how long the store keeps them (the forwarder decides freshness with its own clock).
 * Keys never contain the API key or anything user-specific.
 *
 * Implement it to put the cache somewhere else (Memcached, a database); the package ships
 * {@link memoryStore} (the default) and `redisStore` (`@input-progress/forwarder/redis`).
 * A store that fails (rejects) makes the forwarder answer without the cache, never fail.
 */
export interface CacheStore {
  /** The value stored under `key`, or `undefined` when there is none (or it has expired). */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key`, replacing any value, kept for at most `ttlMs`. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Removes `key`. */
  delete(key: string): Promise<void>;
  /**
   * Stores a marker under `key` for `ttlMs` only if there is none, and says whether it did:
   * the one caller (across every instance sharing the store) that gets `true` may go ahead.
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /**
   * Adds 1 to the counter under `key` (created at 0, kept for `ttlMs` from its creation) and
   * returns the new count. Optional: with it, instances share one upstream budget per job;
   * without it, each instance counts its own.
   */
  increment?(key: string, ttlMs: number): Promise<number>;
}
