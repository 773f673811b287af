/**
 * The forwarder's view of its {@link CacheStore}: answers and waits go in as JSON and come out
 * decoded, under keys that tell forwarders with different keys apart. A store that fails
 * makes the forwarder answer without the cache, never fail.
 */
import { LRUCache } from 'lru-cache';
import type { CacheStore } from './cache-store.js';
import { parseAnswer, type CachedAnswer, type UpstreamWait } from './cached-answer.js';

/** The store, as the forwarder uses it: never rejects. */
export interface AnswerCache {
  /** The key of `target` (an upstream path and query) in the store. */
  keyOf(target: string): Promise<string>;
  /** The key of a per-forwarder record named `name` (the wait, a probe claim). */
  recordKey(name: string): Promise<string>;
  /** The cached answer under `key`, decoded (once per distinct stored text). */
  answer(key: string): Promise<CachedAnswer | undefined>;
  /** The raw text under `key`, or undefined when absent or the store failed. */
  get(key: string): Promise<string | undefined>;
  set(key: string, value: CachedAnswer | UpstreamWait, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** True when this caller may go ahead (also when the store failed: one instance alone). */
  claim(key: string, ttlMs: number): Promise<boolean>;
}

/** Wraps `store` for the forwarder of `upstream` with `apiKey`. */
export function createAnswerCache(
  store: CacheStore,
  upstream: string,
  apiKey: string,
): AnswerCache {
  let namespace: Promise<string> | undefined;
  const prefixed = async (name: string): Promise<string> =>
    (await (namespace ??= cacheNamespace(upstream, apiKey))) + name;
  // The last answer read for each key, decoded: a hit whose stored text is unchanged skips
  // parsing and encoding again (most requests are hits of a few hot queries).
  const decoded = new LRUCache<string, { text: string; answer: CachedAnswer }>({ max: 1000 });
  const get = (key: string) => store.get(key).catch(() => undefined);

  return {
    keyOf: prefixed,
    recordKey: prefixed,
    get,
    async answer(key) {
      const text = await get(key);
      if (text === undefined) return undefined;
      const last = decoded.get(key);
      if (last !== undefined && last.text === text) return last.answer;
      const answer = parseAnswer(text);
      if (answer === undefined) return undefined;
      // The body encoded once, shared by every response built from this answer.
      const withBytes: CachedAnswer = { ...answer, bytes: new TextEncoder().encode(answer.body) };
      decoded.set(key, { text, answer: withBytes });
      return withBytes;
    },
    set: (key, value, ttlMs) =>
      store
        // The encoded body stays in this process.
        .set(
          key,
          JSON.stringify(value, (name, v: unknown) => (name === 'bytes' ? undefined : v)),
          ttlMs,
        )
        .catch(() => undefined),
    delete: (key) => store.delete(key).catch(() => undefined),
    claim: (key, ttlMs) => store.claim(key, ttlMs).catch(() => true),
  };
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
