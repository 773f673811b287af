/**
 * The job header's job-wide reads (the job record, the traces), shared by every header of a
 * job on one clock and client configuration, and kept after the header goes: one cadence per
 * read (while inputs run, a new round at most every interval, counted from the first read;
 * once every input finished, one last round for good), the read of a round in flight (the
 * headers asking for it meanwhile wait for that one request) and the answer of its latest
 * round. A header mounted again within a round (a tab, a route, a list put back) shows that
 * answer at once instead of asking the API again, as core's shared feeds keep the page itself.
 * Failures are not kept. At most {@link MAX_KEPT} reads are kept per clock, the oldest going first.
 *
 * A read its last header left is aborted at the end of the task that removed the header, not
 * at once: a header put back within that task (moved in the page, a list re-rendered by its
 * framework) joins it instead of sending it again.
 */
import { clientIdentity, type Clock, type InputProgressClient } from '@input-progress/core';
import { Cadence } from './cadence.js';

const MAX_KEPT = 40;

/** The round once every input finished. */
const ENDED = 'ended';

/** A read in flight: its round, its answer to come, and how many headers wait for it. */
interface Flight {
  readonly round: string;
  readonly answer: Promise<unknown>;
  readonly controller: AbortController;
  waiting: number;
}

/** One read of one job: its cadence, the read of a round in flight, and the latest round's answer. */
export class SharedRead {
  readonly #cadence: Cadence;
  #round: string | null = null;
  #value: unknown;
  #flight: Flight | null = null;

  constructor(every: number) {
    this.#cadence = new Cadence(every);
  }

  /** The round at `now`: {@link ENDED} once every input finished, else the cadence's. */
  round(now: number, ended: boolean): string {
    return ended ? ENDED : `running ${this.#cadence.round(now)}`;
  }

  /**
   * The answer of `round`: kept when it was read already; else `read`'s, which every header
   * asking for the round while it is in flight waits for (two headers of one job on a page
   * send one request). A header stops waiting when its `signal` aborts; once the last one has
   * left, the read is aborted at the end of the task (see {@link waitFor}).
   */
  answer<Value>(
    round: string,
    signal: AbortSignal,
    read: (signal: AbortSignal) => Promise<Value>,
  ): Promise<Value> {
    if (signal.aborted) return Promise.reject(signal.reason as Error);
    if (this.#round === round) return Promise.resolve(this.#value as Value);
    // A read already aborted cannot be joined: this header reads again.
    let flight = this.#flight;
    if (flight?.round !== round || flight.controller.signal.aborted)
      flight = this.#flight = this.#start(round, read);
    return waitFor(flight, signal) as Promise<Value>;
  }

  #start(round: string, read: (signal: AbortSignal) => Promise<unknown>): Flight {
    const controller = new AbortController();
    const flight: Flight = {
      round,
      controller,
      waiting: 0,
      // Failures are not kept: the next header asking reads again.
      answer: read(controller.signal).then(
        (value) => {
          if (this.#flight === flight) {
            this.#flight = null;
            this.#round = round;
            this.#value = value;
          }
          return value;
        },
        (error: unknown) => {
          if (this.#flight === flight) this.#flight = null;
          throw error;
        },
      ),
    };
    return flight;
  }
}

/**
 * `flight`'s answer, or `signal`'s reason once it aborts first. When the last waiter leaves,
 * the read is aborted in a task of its own unless a header joined it meanwhile: removing and
 * putting back an element happen in one task, and its first update (which asks again) runs
 * in that task's microtasks. The platform's zero-delay timer marks the end of the task (later
 * in a hidden tab, where browsers throttle timers), not the element's clock: it is no wait
 * for time to pass.
 */
function waitFor(flight: Flight, signal: AbortSignal): Promise<unknown> {
  flight.waiting++;
  return new Promise((resolve, reject) => {
    const leave = () => {
      reject(signal.reason as Error);
      if (--flight.waiting > 0) return;
      setTimeout(() => {
        if (flight.waiting === 0) flight.controller.abort(signal.reason);
      });
    };
    signal.addEventListener('abort', leave, { once: true });
    void flight.answer
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', leave));
  });
}

const reads = new WeakMap<Clock, Map<string, SharedRead>>();

/** The shared `what` read of `jobId` through `client` on `clock`, read every `every` ms while inputs run. */
export function sharedRead(
  clock: Clock,
  client: InputProgressClient,
  jobId: string,
  what: string,
  every: number,
): SharedRead {
  let byKey = reads.get(clock);
  if (!byKey) reads.set(clock, (byKey = new Map()));
  const key = `${clientIdentity(client)} ${jobId} ${what}`;
  let read = byKey.get(key);
  if (!read) {
    byKey.set(key, (read = new SharedRead(every)));
    if (byKey.size > MAX_KEPT) byKey.delete(byKey.keys().next().value!);
  }
  return read;
}
