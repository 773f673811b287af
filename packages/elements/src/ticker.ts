/**
 * One shared timer that re-renders every connected element showing relative times ("finished
 * 5 minutes ago", "about 2 min left"), so all of them move on together, from the same clock.
 */
import type { ReactiveControllerHost } from 'lit';
import { clock } from './clock.js';

const hosts = new Set<ReactiveControllerHost>();
let timer: unknown;

function schedule(): void {
  timer = clock.setTimeout(() => {
    hosts.forEach((host) => host.requestUpdate());
    schedule();
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
  /** Registers `host` for as long as it is connected. */
  use(host: ReactiveControllerHost): void {
    host.addController({
      hostConnected() {
        hosts.add(host);
        if (hosts.size === 1) schedule();
      },
      hostDisconnected() {
        hosts.delete(host);
        if (!hosts.size) clock.clearTimeout(timer);
      },
    });
  },
};
