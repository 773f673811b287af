/**
 * One shared timer per clock that re-renders every connected element showing relative times
 * ("finished 5 seconds ago", "about 2 min left", "4 min elapsed"), as often as the finest of
 * those texts needs: every second while any shown time is under a minute, every minute while
 * the finest is in minutes, every hour beyond. No timer runs while no element shows a
 * relative time, nor while the page is hidden (it ticks at once when the page is shown).
 *
 * It also hands out the one `now` of a frame: every element rendering in the same task counts
 * from the same time, so no two times on screen disagree.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Clock } from '@input-progress/core';

/** What an element tells the ticker: its clock, and the finest relative time it shows. */
export interface TickerClient {
  /** The clock the element runs on (read again before each of its updates). */
  readonly clock: () => Clock;
  /**
   * The shortest time the element shows counted from `now` (an age, or a time left), in ms;
   * null when it shows none. Read after each of its updates and at each tick.
   */
  readonly finest: () => number | null;
}

/** The elements on one clock, its timer, and the `now` of the current frame. */
interface Beat {
  readonly clock: Clock;
  readonly hosts: Map<ReactiveControllerHost, TickerClient>;
  timer: unknown;
  /** When the armed timer fires (on the beat's clock), or null while none is armed. */
  dueAt: number | null;
  /** The `now` of the current frame, or null when the next read starts a new frame. */
  frame: number | null;
}

const beats = new Map<Clock, Beat>();

/** How often a text showing `ms` changes: its unit. */
const cadenceFor = (ms: number): number =>
  Math.abs(ms) < 60_000 ? 1000 : Math.abs(ms) < 3_600_000 ? 60_000 : 3_600_000;

const scope = globalThis as { document?: Document };
const hidden = () => scope.document?.visibilityState === 'hidden';

/** Arms the beat's timer for the finest time its elements show (or none). */
function arm(beat: Beat): void {
  const { clock } = beat;
  let finest: number | null = null;
  for (const client of beat.hosts.values()) {
    const shown = client.finest();
    if (shown !== null && (finest === null || Math.abs(shown) < Math.abs(finest))) finest = shown;
  }
  const now = clock.now();
  const cadence = finest === null || hidden() ? null : cadenceFor(finest);
  // On the next whole unit of the clock: every element's texts turn over together.
  const dueAt = cadence === null ? null : now + cadence - (now % cadence);
  if (dueAt === beat.dueAt) return;
  clock.clearTimeout(beat.timer);
  beat.dueAt = dueAt;
  beat.timer = dueAt === null ? undefined : clock.setTimeout(() => tick(beat), dueAt - now);
}

function tick(beat: Beat): void {
  beat.dueAt = null;
  beat.frame = null;
  beat.hosts.forEach((_, host) => host.requestUpdate());
  arm(beat);
}

/** Shown again: what the page shows is out of date, so every beat ticks now. */
function onVisibilityChange(): void {
  for (const beat of beats.values())
    if (hidden()) arm(beat);
    else tick(beat);
}

/** Re-renders elements showing relative times, on one timer per clock (see the module doc). */
export const ticker = {
  /** How many elements are registered on all clocks. */
  get size(): number {
    let size = 0;
    for (const beat of beats.values()) size += beat.hosts.size;
    return size;
  },
  /**
   * The time every relative time of this frame is counted from: `clock`'s time when the
   * first element of the frame asked. A frame ends with the task's microtasks.
   */
  now(clock: Clock): number {
    const beat = beats.get(clock);
    if (!beat) return clock.now();
    if (beat.frame === null) {
      beat.frame = clock.now();
      queueMicrotask(() => (beat.frame = null));
    }
    return beat.frame;
  },
  /** Registers `host` for as long as it is connected. */
  use(host: ReactiveControllerHost, client: TickerClient): void {
    let joined: Beat | null = null;
    const leave = () => {
      if (!joined) return;
      joined.hosts.delete(host);
      if (!joined.hosts.size) {
        joined.clock.clearTimeout(joined.timer);
        beats.delete(joined.clock);
        if (!beats.size)
          scope.document?.removeEventListener('visibilitychange', onVisibilityChange);
      }
      joined = null;
    };
    const join = () => {
      const clock = client.clock();
      if (joined?.clock === clock) return;
      leave();
      let beat = beats.get(clock);
      if (!beat) {
        if (!beats.size) scope.document?.addEventListener('visibilitychange', onVisibilityChange);
        beat = { clock, hosts: new Map(), timer: undefined, dueAt: null, frame: null };
        beats.set(clock, beat);
      }
      beat.hosts.set(host, client);
      joined = beat;
    };
    host.addController({
      hostConnected: join,
      // The element's clock may have been replaced since.
      hostUpdate: () => {
        if (joined) join();
      },
      // What it shows may have changed: the timer follows the finest time on screen.
      hostUpdated: () => {
        if (joined) arm(joined);
      },
      hostDisconnected: leave,
    });
  },
};
