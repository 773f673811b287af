import { batch, schedule } from './notify-queue.js';

/** One subscriber: its listener and the last value it was handed. */
interface Subscription<T> {
  readonly listener: (value: T) => void;
  seen: T;
}

/** The listeners of one feed, called through the shared notify queue. */
export interface Listeners<T> {
  /** How many listeners are subscribed. */
  readonly size: number;
  /** Adds `listener`, which has seen `current`; returns whether it is the first one. */
  add(listener: (value: T) => void, current: T): { first: boolean; remove(): boolean };
  /** Drops every listener. */
  clear(): void;
  /**
   * Queues a call of every listener. Each call finds out when it runs whether its listener
   * still needs one, and hands it the value `current()` returns then, never an older one.
   */
  announce(current: () => T): void;
}

/** Creates the listener set of one feed. */
export function createListeners<T>(): Listeners<T> {
  const subscriptions = new Set<Subscription<T>>();
  return {
    get size() {
      return subscriptions.size;
    },
    add(listener, current) {
      const subscription: Subscription<T> = { listener, seen: current };
      subscriptions.add(subscription);
      return {
        first: subscriptions.size === 1,
        remove: () => subscriptions.delete(subscription),
      };
    },
    clear: () => subscriptions.clear(),
    announce(current) {
      // Queue the whole round before any call runs: changes a listener makes come after it.
      batch(() => {
        for (const subscription of subscriptions) {
          schedule(() => {
            const value = current();
            if (!subscriptions.has(subscription) || subscription.seen === value) return;
            subscription.seen = value;
            subscription.listener(value);
          });
        }
      });
    },
  };
}
