/**
 * One row of the fault table: viewers poll through a forwarder on the fake clock while the
 * API (or the store) misbehaves; the row prints what the viewers got, what the API was sent
 * and the heap growth, and hands the tallies back for the test's assertions.
 */
import type { FakeClock } from '@input-progress/core/testing';
import type { ForwarderHandler } from '../types.js';

export interface RowTally {
  /** `status cache-outcome` → how many viewers got it. */
  readonly viewers: Record<string, number>;
  /** Requests that reached the API. */
  readonly api: number;
  readonly heapMb: number;
}

export interface RowRun {
  readonly forwarders: readonly ForwarderHandler[];
  readonly clock: FakeClock;
  /** The paths each viewer polls, after `/api`. */
  readonly paths: readonly string[];
  readonly viewers: number;
  /** Poll rounds, one fake second apart. */
  readonly rounds: number;
  /** Requests the API has seen so far. */
  readonly apiCount: () => number;
  /** Moves a round along while its requests are in flight (default: nothing). */
  readonly during?: (answers: Promise<unknown>) => Promise<void>;
}

/** Runs the viewers, prints the row and returns its tally. */
export async function faultRow(name: string, run: RowRun): Promise<RowTally> {
  const heapBefore = process.memoryUsage().heapUsed;
  const apiBefore = run.apiCount();
  const viewers: Record<string, number> = {};
  for (let round = 0; round < run.rounds; round++) {
    const answers = Promise.all(
      Array.from({ length: run.viewers }, async (_, viewer) => {
        const forward = run.forwarders[viewer % run.forwarders.length]!;
        const controller = new AbortController();
        for (const path of run.paths) {
          const response = await forward(
            new Request(`http://localhost/api${path}`, { signal: controller.signal }),
          ).catch(() => null);
          const outcome = response
            ? `${response.status} ${response.headers.get('x-input-progress-cache') ?? 'refused'}`
            : 'gone';
          await response?.arrayBuffer();
          viewers[outcome] = (viewers[outcome] ?? 0) + 1;
        }
      }),
    );
    await run.during?.(answers);
    await answers;
    run.clock.advance(1000);
  }
  return printRow(name, viewers, run.apiCount() - apiBefore, heapBefore);
}

/** Prints a row of the table (viewers' outcomes, API requests, heap growth since `heapBefore`). */
export function printRow(
  name: string,
  viewers: Record<string, number>,
  api: number,
  heapBefore: number,
): RowTally {
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const got = Object.entries(viewers)
    .map(([outcome, count]) => `${count}× ${outcome}`)
    .join(', ');
  console.log(
    `      | ${name} | ${got} | ${api} | ${heapMb >= 0 ? '+' : ''}${heapMb.toFixed(1)} MB |`,
  );
  return { viewers, api, heapMb };
}
