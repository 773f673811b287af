/**
 * A controllable FeedEnvironment for tests: the one fake clock (`createFakeClock`) plus
 * visibility and online sources that tests flip. It counts live listeners so a test can
 * check that nothing is left behind.
 */
import type { FeedEnvironment } from '../environment.js';
import { createFakeClock, type FakeClock } from '../testing/fake-clock.js';

export interface FakeEnvironment extends FeedEnvironment, FakeClock {
  /** Shows or hides the page and tells the listeners. */
  setVisible(visible: boolean): void;
  /** Connects or disconnects the network and tells the listeners. */
  setOnline(online: boolean): void;
  /** Visibility and online listeners still attached. */
  readonly listenerCount: number;
}

export function createFakeEnvironment(start?: number): FakeEnvironment {
  const clock = createFakeClock({ start });
  let visible = true;
  let online = true;
  const visibility = new Set<() => void>();
  const network = new Set<() => void>();
  const listen = (set: Set<() => void>, listener: () => void) => {
    const wrapped = () => listener();
    set.add(wrapped);
    return () => void set.delete(wrapped);
  };
  const sources = {
    // Own properties, so spreading the environment (as `createEnvironment` does) keeps them.
    now: () => clock.now(),
    setTimeout: (callback: () => void, ms: number) => clock.setTimeout(callback, ms),
    clearTimeout: (handle: unknown) => clock.clearTimeout(handle),
    random: () => clock.random(),
    isVisible: () => visible,
    onVisibilityChange: (listener: () => void) => listen(visibility, listener),
    isOnline: () => online,
    onOnlineChange: (listener: () => void) => listen(network, listener),
    setVisible(value: boolean) {
      visible = value;
      for (const listener of [...visibility]) listener();
    },
    setOnline(value: boolean) {
      online = value;
      for (const listener of [...network]) listener();
    },
    get listenerCount() {
      return visibility.size + network.size;
    },
  };
  // Descriptors, not values: the clock's and our getters must stay live.
  return Object.defineProperties(
    Object.create(clock) as FakeClock,
    Object.getOwnPropertyDescriptors(sources),
  ) as FakeEnvironment;
}
