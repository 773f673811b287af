import type { ReactiveControllerHost } from 'lit';

const hosts = new Set<ReactiveControllerHost>();
let timer: ReturnType<typeof setInterval> | undefined;

/**
 * Re-renders the connected elements that show relative times ("finished 5 minutes ago",
 * "about 2 min left") every `ticker.every` ms, on one timer shared by all of them, which runs
 * only while at least one is connected. Lit rewrites only text that changed.
 */
export const ticker = {
  /** Milliseconds between re-renders; read when the timer starts. */
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
        timer ??= setInterval(() => hosts.forEach((h) => h.requestUpdate()), ticker.every);
      },
      hostDisconnected() {
        hosts.delete(host);
        if (!hosts.size) {
          clearInterval(timer);
          timer = undefined;
        }
      },
    });
  },
};
