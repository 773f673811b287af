/**
 * A controllable FeedEnvironment for tests: a manual clock with timers, and visibility and
 * online sources that tests flip. It counts live timers and listeners so a test can check
 * that nothing is left behind.
 */
import type { FeedEnvironment } from '../environment.js';

interface Timer {
  readonly at: number;
  readonly callback: () => void;
}

export interface FakeEnvironment extends FeedEnvironment {
  /** Moves the clock by `ms`, running every timer that falls due, in order. */
  advance(ms: number): void;
  /** Shows or hides the page and tells the listeners. */
  setVisible(visible: boolean): void;
  /** Connects or disconnects the network and tells the listeners. */
  setOnline(online: boolean): void;
  /** Timers scheduled and not yet run or cleared. */
  readonly timerCount: number;
  /** Visibility and online listeners still attached. */
  readonly listenerCount: number;
  /** When the earliest pending timer is due, or null. */
  readonly nextTimerAt: number | null;
}

export function createFakeEnvironment(start = Date.parse('2026-04-14T10:00:00Z')): FakeEnvironment {
  let now = start;
  let nextId = 1;
  let visible = true;
  let online = true;
  const timers = new Map<number, Timer>();
  const visibility = new Set<() => void>();
  const network = new Set<() => void>();
  const listen = (set: Set<() => void>, listener: () => void) => {
    const wrapped = () => listener();
    set.add(wrapped);
    return () => void set.delete(wrapped);
  };
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    isVisible: () => visible,
    onVisibilityChange: (listener) => listen(visibility, listener),
    isOnline: () => online,
    onOnlineChange: (listener) => listen(network, listener),
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= until)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = until;
    },
    setVisible(value) {
      visible = value;
      for (const listener of [...visibility]) listener();
    },
    setOnline(value) {
      online = value;
      for (const listener of [...network]) listener();
    },
    get timerCount() {
      return timers.size;
    },
    get listenerCount() {
      return visibility.size + network.size;
    },
    get nextTimerAt() {
      const ats = [...timers.values()].map((t) => t.at);
      return ats.length ? Math.min(...ats) : null;
    },
  };
}
