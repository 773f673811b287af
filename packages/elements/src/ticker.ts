/**
 * One shared timer that re-renders every connected element showing relative times ("finished
 * 5 minutes ago", "about 2 min left", "4 min elapsed"), and the one `now` they all count from:
 * the clock's time at the latest tick. A row that re-renders between two ticks (its input
 * changed) still counts from that `now`, so no two times on screen disagree.
 */
import type { ReactiveControllerHost } from 'lit';
import { clock } from './clock.js';

const hosts = new Set<ReactiveControllerHost>();
let timer: unknown;
/** The time of the latest tick; null while no element is registered. */
let frame: number | null = null;

function schedule(): void {
  frame = clock.now();
  timer = clock.setTimeout(() => {
    schedule();
    hosts.forEach((host) => host.requestUpdate());
  }, ticker.every);
}

/**
 * Re-renders the registered connected elements every `ticker.every` ms, on one timer that runs
 * only while at least one of them is connected. Lit rewrites only text that changed.
 */
export const ticker = {
  /** Milliseconds between re-renders; read when the timer is armed. */
  every: 30_000,
  /** How many elements are registered (the timer runs while this is above 0). */
  get size(): number {
    return hosts.size;
  },
  /** The time every relative time on screen is counted from: the clock's time at the latest tick. */
  now(): number {
    return frame ?? clock.now();
  },
  /** Registers `host` for as long as it is connected. */
  use(host: ReactiveControllerHost): void {
    host.addController({
      hostConnected() {
        hosts.add(host);
        if (hosts.size === 1) schedule();
      },
      hostDisconnected() {
        hosts.delete(host);
        if (hosts.size) return;
        clock.clearTimeout(timer);
        frame = null;
      },
    });
  },
};
