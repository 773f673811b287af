/**
 * The job header's job-wide reads (the job record, the traces), shared by every header of a
 * job on one clock and client configuration, and kept after the header goes: one cadence per
 * read (while inputs run, a new round at most every interval, counted from the first read;
 * once every input finished, one last round for good) and the answer of its latest round. A
 * header mounted again within a round (a tab, a route, a list put back) shows that answer at
 * once instead of asking the API again, as core's shared feeds keep the page itself. Failures
 * are not kept. At most {@link MAX_KEPT} reads are kept per clock, the oldest going first.
 */
import { clientIdentity, type Clock, type InputProgressClient } from '@input-progress/core';
import { Cadence } from './cadence.js';

const MAX_KEPT = 40;

/** The round once every input finished. */
const ENDED = 'ended';

/** One read of one job: its cadence, and the answer of the latest round read. */
export class SharedRead {
  readonly #cadence: Cadence;
  #round: string | null = null;
  #value: unknown;

  constructor(every: number) {
    this.#cadence = new Cadence(every);
  }

  /** The round at `now`: {@link ENDED} once every input finished, else the cadence's. */
  round(now: number, ended: boolean): string {
    return ended ? ENDED : `running ${this.#cadence.round(now)}`;
  }

  /** The answer of `round` when it was read already, else `read`'s (kept once it answers). */
  async answer<Value>(round: string, read: () => Promise<Value>): Promise<Value> {
    if (this.#round === round) return this.#value as Value;
    const value = await read();
    this.#round = round;
    this.#value = value;
    return value;
  }
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
