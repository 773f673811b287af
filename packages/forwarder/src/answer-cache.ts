/**
 * The forwarder's view of its stores: answers and waits go in as JSON and come out decoded,
 * under keys that tell forwarders with different keys apart. With a shared store, every
 * write also lands in the instance's own memory, and every call to the shared store goes
 * through the circuit breaker: when it fails or is late, the instance answers from its own
 * memory, as a single instance would. Never rejects.
 */
import { LRUCache } from 'lru-cache';
import type { CacheStore } from './cache-store.js';
import { parseAnswer, type CachedAnswer, type UpstreamWait } from './cached-answer.js';
import type { StoreGuard } from './store-guard.js';

/** The stores, as the forwarder uses them. */
export interface AnswerCache {
  /** The key of a record named `name` (a query's upstream target, a wait, a claim). */
  keyOf(name: string): Promise<string>;
  /** The cached answer under `key`, decoded (once per distinct stored text). */
  answer(key: string): Promise<CachedAnswer | undefined>;
  /** The raw text under `key`, or undefined when absent. */
  get(key: string): Promise<string | undefined>;
  set(key: string, value: CachedAnswer | UpstreamWait, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** True when this caller may go ahead (across instances while the shared store answers). */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Counts one more under `key` and returns the count (shared when the store can count). */
  increment(key: string, ttlMs: number): Promise<number>;
}

/** Where the cache lives. */
export interface AnswerCacheStores {
  /** The instance's own memory store. */
  readonly local: CacheStore;
  /** A store shared by instances, behind its circuit breaker; null when there is none. */
  readonly shared: { readonly store: CacheStore; readonly guard: StoreGuard } | null;
}

/** Most bytes of decoded answers (bodies and their encoded bytes) kept in this process. */
const DECODED_BYTES = 16 * 1024 * 1024;

/** Wraps the stores for the forwarder of `upstream` with `apiKey`. */
export function createAnswerCache(
  { local, shared }: AnswerCacheStores,
  upstream: string,
  apiKey: string,
): AnswerCache {
  let namespace: Promise<string> | undefined;
  // The last answer read for each key, decoded: a hit whose stored text is unchanged skips
  // parsing and encoding again (most requests are hits of a few hot queries).
  const decoded = new LRUCache<string, { text: string; answer: CachedAnswer }>({
    max: 1000,
    maxSize: DECODED_BYTES,
    sizeCalculation: (entry) => Math.max(1, entry.text.length + (entry.answer.bytes?.length ?? 0)),
  });
  const localGet = (key: string) => local.get(key).catch(() => undefined);
  /** The shared store's value, or `fallback()` when there is no shared store or it failed. */
  const viaShared = async <T>(
    call: (store: CacheStore) => Promise<T>,
    fallback: () => Promise<T>,
  ): Promise<T> => {
    if (shared === null) return fallback();
    const result = await shared.guard.run(() => call(shared.store));
    return result.ok ? result.value : fallback();
  };
  const get = (key: string) =>
    viaShared(
      (store) => store.get(key),
      () => localGet(key),
    );

  return {
    keyOf: async (name) => (await (namespace ??= cacheNamespace(upstream, apiKey))) + name,
    get,
    async answer(key) {
      if (shared !== null) {
        const result = await shared.guard.run(() => shared.store.get(key));
        if (result.ok && result.value !== undefined) return decode(key, result.value);
      }
      // No shared store, or it failed, or it lost the answer (Redis restarted empty).
      return decode(key, await localGet(key));
    },
    async set(key, value, ttlMs) {
      // The encoded body stays in this process.
      const text = JSON.stringify(value, (name, v: unknown) => (name === 'bytes' ? undefined : v));
      await Promise.all([
        local.set(key, text, ttlMs).catch(() => undefined),
        viaShared(
          (store) => store.set(key, text, ttlMs),
          async () => undefined,
        ),
      ]);
    },
    async delete(key) {
      await Promise.all([
        local.delete(key).catch(() => undefined),
        viaShared(
          (store) => store.delete(key),
          async () => undefined,
        ),
      ]);
    },
    claim: (key, ttlMs) =>
      viaShared(
        (store) => store.claim(key, ttlMs),
        () => local.claim(key, ttlMs).catch(() => true),
      ),
    increment: (key, ttlMs) => {
      const locally = () => (local.increment?.(key, ttlMs) ?? Promise.resolve(1)).catch(() => 1);
      return viaShared(
        (store) => (store.increment ? store.increment(key, ttlMs) : locally()),
        locally,
      );
    },
  };

  function decode(key: string, text: string | undefined): CachedAnswer | undefined {
    if (text === undefined) return undefined;
    const last = decoded.get(key);
    if (last !== undefined && last.text === text) return last.answer;
    const answer = parseAnswer(text);
    if (answer === undefined) return undefined;
    // The body encoded once, shared by every response built from this answer.
    const withBytes: CachedAnswer = { ...answer, bytes: new TextEncoder().encode(answer.body) };
    decoded.set(key, { text, answer: withBytes });
    return withBytes;
  }
}

/**
 * The part of every cache key that tells forwarders apart: a digest of the upstream and the
 * key, so forwarders with different keys (organisations) sharing one store never share
 * answers. A 64-bit prefix of SHA-256 cannot be turned back into the key.
 */
async function cacheNamespace(upstream: string, apiKey: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(`${upstream}\n${apiKey}`),
  );
  const hex = [...new Uint8Array(digest).subarray(0, 8)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
  return `${hex}:`;
}
