// Injected before any page script in the mount/unmount scenario: counts the timers that are
// still pending, the event listeners on `window` and `document` (where a list that does not
// clean up leaves them: visibility, online/offline, language observers) and the requests the
// page has started. An element's listeners on itself go with it and are not counted.

declare global {
  interface Window {
    benchCounters: { timers(): number; listeners(): number; fetches(): number };
  }
}

const pendingTimers = new Set<number>();
const nativeSetTimeout = window.setTimeout.bind(window);
const nativeSetInterval = window.setInterval.bind(window);
const nativeClearTimeout = window.clearTimeout.bind(window);
const nativeClearInterval = window.clearInterval.bind(window);

window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id = nativeSetTimeout(
    (...callArgs: unknown[]) => {
      pendingTimers.delete(id);
      if (typeof handler === 'function') handler(...callArgs);
    },
    ms,
    ...args,
  );
  pendingTimers.add(id);
  return id;
}) as typeof window.setTimeout;
window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id = nativeSetInterval(handler, ms, ...args);
  pendingTimers.add(id);
  return id;
}) as typeof window.setInterval;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) pendingTimers.delete(id);
  nativeClearTimeout(id);
}) as typeof window.clearTimeout;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) pendingTimers.delete(id);
  nativeClearInterval(id);
}) as typeof window.clearInterval;

type Key = string;
const listeners = new Map<EventTarget, Map<Key, Set<unknown>>>();
const watched = (target: EventTarget) => target === window || target === document;
const keyOf = (type: string, options?: boolean | AddEventListenerOptions) =>
  `${type}|${typeof options === 'boolean' ? options : !!options?.capture}`;
const nativeAdd = EventTarget.prototype.addEventListener;
const nativeRemove = EventTarget.prototype.removeEventListener;

EventTarget.prototype.addEventListener = function (type, listener, options) {
  nativeAdd.call(this, type, listener, options);
  // `once` listeners remove themselves: not something a list can leak.
  if (!listener || !watched(this) || (typeof options === 'object' && options.once)) return;
  const byKey = listeners.get(this) ?? new Map<Key, Set<unknown>>();
  listeners.set(this, byKey);
  const key = keyOf(type, options);
  const set = byKey.get(key) ?? new Set();
  byKey.set(key, set);
  set.add(listener);
  if (typeof options === 'object' && options.signal) {
    options.signal.addEventListener('abort', () => set.delete(listener), { once: true });
  }
};
EventTarget.prototype.removeEventListener = function (type, listener, options) {
  nativeRemove.call(this, type, listener, options);
  listeners.get(this)?.get(keyOf(type, options))?.delete(listener);
};

// Counted as the page starts them: a request started before an unmount can reach the server
// after it on a loaded machine, and is no leak.
let fetches = 0;
const nativeFetch = window.fetch.bind(window);
window.fetch = (...args: Parameters<typeof fetch>) => {
  fetches++;
  return nativeFetch(...args);
};

window.benchCounters = {
  timers: () => pendingTimers.size,
  fetches: () => fetches,
  listeners: () => {
    let count = 0;
    for (const byKey of listeners.values()) for (const set of byKey.values()) count += set.size;
    return count;
  },
};

export {};
