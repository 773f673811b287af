/**
 * A tiny subscribable with lazy start and stop (after TanStack Query's Subscribable): work
 * starts with the first listener and stops with the last, so an unobserved store costs
 * nothing.
 */
export interface Subscribable<T> {
  /** The current listeners (each subscription is its own entry, even for the same function). */
  readonly listeners: Set<(value: T) => void>;
  /** Adds a listener; returns the function that removes it (calling it twice is harmless). */
  subscribe(listener: (value: T) => void): () => void;
}

/** Creates a subscribable that calls `onStart` for the first listener and `onStop` after the last. */
export function createSubscribable<T>(onStart: () => void, onStop: () => void): Subscribable<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    listeners,
    subscribe(listener) {
      const own = (value: T) => listener(value);
      listeners.add(own);
      if (listeners.size === 1) onStart();
      return () => {
        if (listeners.delete(own) && !listeners.size) onStop();
      };
    },
  };
}
