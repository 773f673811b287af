/**
 * One shared timer per clock that re-renders every connected element showing relative times
 * ("finished 5 minutes ago", "about 2 min left", "4 min elapsed"), and the one `now` they all
 * count from: the clock's time at the latest tick. A row that re-renders between two ticks (its
 * input changed) still counts from that `now`, so no two times on screen disagree.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Clock } from '@input-progress/core';

/** The elements that run on one clock, and that clock's tick. */
interface Beat {
  readonly hosts: Set<ReactiveControllerHost>;
  timer: unknown;
  /** The clock's time at the latest tick. */
  frame: number;
}

const beats = new Map<Clock, Beat>();

function schedule(clock: Clock, beat: Beat): void {
  beat.frame = clock.now();
  beat.timer = clock.setTimeout(() => {
    schedule(clock, beat);
    beat.hosts.forEach((host) => host.requestUpdate());
  }, ticker.every);
}

/**
 * Re-renders the registered connected elements every `ticker.every` ms, on one timer per clock
 * that runs only while at least one of its elements is connected. Lit rewrites only text that
 * changed.
 */
export const ticker = {
  /** Milliseconds between re-renders; read when the timer is armed. */
  every: 30_000,
  /** How many elements are registered on all clocks (timers run while this is above 0). */
  get size(): number {
    let size = 0;
    for (const beat of beats.values()) size += beat.hosts.size;
    return size;
  },
  /** The time every relative time on screen is counted from: `clock`'s time at its latest tick. */
  now(clock: Clock): number {
    return beats.get(clock)?.frame ?? clock.now();
  },
  /** Registers `host`, which runs on `clock()`, for as long as it is connected. */
  use(host: ReactiveControllerHost, clock: () => Clock): void {
    let joined: Clock | null = null;
    const leave = () => {
      const beat = joined && beats.get(joined);
      if (!beat) return;
      beat.hosts.delete(host);
      if (!beat.hosts.size) {
        joined!.clearTimeout(beat.timer);
        beats.delete(joined!);
      }
      joined = null;
    };
    const join = () => {
      const next = clock();
      if (next === joined) return;
      leave();
      joined = next;
      let beat = beats.get(next);
      if (!beat) {
        beat = { hosts: new Set(), timer: undefined, frame: next.now() };
        beats.set(next, beat);
        schedule(next, beat);
      }
      beat.hosts.add(host);
    };
    host.addController({
      hostConnected: join,
      // The element's clock may have been replaced since.
      hostUpdate: () => {
        if (joined) join();
      },
      hostDisconnected: leave,
    });
  },
};
