/**
 * A {@link CacheStore} in Redis, so that several forwarder instances behind a load balancer
 * share one cache and one `Retry-After` wait. It takes a client you create (ioredis), so this
 * package does not depend on a Redis client and never opens connections of its own.
 */
import type { CacheStore } from './cache-store.js';

export type { CacheStore } from './cache-store.js';

/**
 * The commands the store uses, as ioredis spells them: `get`, `set` with `PX` (and `NX`), `del`,
 * `incr` and `pexpire`. An `ioredis` `Redis` or `Cluster` instance fits.
 */
export interface RedisLikeClient {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, px: 'PX', ms: number): Promise<unknown>;
  set(key: string, value: string, px: 'PX', ms: number, nx: 'NX'): Promise<unknown>;
  del(key: string): Promise<unknown>;
  incr(key: string): Promise<number>;
  pexpire(key: string, ms: number): Promise<unknown>;
}

/** Options of {@link redisStore}. */
export interface RedisStoreOptions {
  /** Put before every key, so the forwarder's keys stay apart from others. Default `input-progress:`. */
  readonly keyPrefix?: string;
}

/**
 * ioredis options that suit a cache the forwarder can do without: while Redis is away,
 * commands fail at once instead of queueing (`enableOfflineQueue: false`, one retry), and the
 * client reconnects within half a second of Redis coming back, so instances share again
 * quickly. The forwarder puts its own deadline on every call either way.
 */
export const REDIS_CLIENT_OPTIONS = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  connectTimeout: 1000,
  retryStrategy: (attempt: number): number => Math.min(attempt * 50, 500),
} as const;

/**
 * A cache store in Redis for forwarder instances that share a cache.
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis';
 * import { redisStore, REDIS_CLIENT_OPTIONS } from '@input-progress/forwarder/redis';
 *
 * const store = redisStore(new Redis(process.env.REDIS_URL!, REDIS_CLIENT_OPTIONS));
 * const forward = createForwarder({ upstream, apiKey, authorize, store });
 * ```
 */
export function redisStore(client: RedisLikeClient, options: RedisStoreOptions = {}): CacheStore {
  const prefix = options.keyPrefix ?? 'input-progress:';
  const ms = (ttlMs: number): number => Math.max(1, Math.ceil(ttlMs));
  return {
    get: async (key) => (await client.get(prefix + key)) ?? undefined,
    set: async (key, value, ttlMs) => {
      await client.set(prefix + key, value, 'PX', ms(ttlMs));
    },
    delete: async (key) => {
      await client.del(prefix + key);
    },
    claim: async (key, ttlMs) =>
      (await client.set(prefix + key, '1', 'PX', ms(ttlMs), 'NX')) === 'OK',
    increment: async (key, ttlMs) => {
      const count = await client.incr(prefix + key);
      // The window runs from the first count.
      if (count === 1) await client.pexpire(prefix + key, ms(ttlMs));
      return count;
    },
  };
}
