/** A shared store the test can make hang, fail or recover: a real memory store behind a switch. */
import type { CacheStore } from '../cache-store.js';
import { memoryStore } from '../memory-store.js';

export type StoreMode = 'ok' | 'hang' | 'fail';

export interface FaultyStore extends CacheStore {
  mode: StoreMode;
  /** Calls that arrived while the store was hanging (they never settle). */
  readonly hung: number;
  /** Every call that reached the store, in any mode. */
  readonly calls: number;
}

export function faultyStore(inner: CacheStore = memoryStore()): FaultyStore {
  let hung = 0;
  let calls = 0;
  const store = {
    mode: 'ok' as StoreMode,
    get hung() {
      return hung;
    },
    get calls() {
      return calls;
    },
  } as FaultyStore;
  const guard =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      calls++;
      if (store.mode === 'hang') {
        hung++;
        return new Promise<R>(() => undefined);
      }
      if (store.mode === 'fail') return Promise.reject(new Error('store down'));
      return call(...args);
    };
  store.get = guard((key) => inner.get(key));
  store.set = guard((key, value, ttlMs) => inner.set(key, value, ttlMs));
  store.delete = guard((key) => inner.delete(key));
  store.claim = guard((key, ttlMs) => inner.claim(key, ttlMs));
  store.increment = guard((key, ttlMs) => inner.increment!(key, ttlMs));
  return store;
}
