import { expect } from '@open-wc/testing';
import '../define.js';
import { fakeClockEachTest } from '../test-support/each-test.js';
import {
  control,
  jobPart,
  listOfNewJob,
  part,
  rowPart,
  rows,
  text,
} from '../test-support/list-helpers.js';

/** Where the simulator's manual clocks start: the fake clock starts there too, so times agree. */
const SIMULATOR_EPOCH = Date.parse('2026-04-14T10:00:00Z');
const UNITS: Record<string, number> = { second: 1000, sec: 1000, minute: 60_000, min: 60_000 };

/** "12 seconds ago", "now", "1 minute ago", "12 sec" or "3 min elapsed" as [amount, unit ms]. */
function reading(phrase: string): [number, number] {
  if (/\bnow\b/.test(phrase)) return [0, 1000];
  const match = /(\d+(?:\.\d+)?)\s*(second|sec|minute|min)/.exec(phrase);
  if (!match) throw new Error(`Not a time: "${phrase}"`);
  return [Number(match[1]), UNITS[match[2]!]!];
}

const fake = fakeClockEachTest(SIMULATOR_EPOCH);

describe('<input-progress-list> times on screen', () => {
  it('move like a clock and agree with each other: 90 s of a live job sampled every 500 ms', async () => {
    const { el, jobId } = await listOfNewJob(
      { inputs: 12, concurrency: 2, itemsPerInput: 5 },
      { pollInterval: 2000 },
    );
    /** Each live text (a row's created/finished age, the job's elapsed) and since when it reads so. */
    const shown = new Map<string, { text: string; since: number }>();
    let settledSamples = 0;
    for (let step = 0; step < 180; step++) {
      await control.advance(jobId, 500);
      await fake.advanceAsync(500);
      // The list and its job header (an element of its own) have drawn this moment.
      await el.updateComplete;
      await (part(el, 'job') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const now = fake.now();
      const live: Array<[string, string]> = [];
      for (const row of rows(el)) {
        const [created, finished, took] = text(rowPart(row, 'times')).split(' · ');
        const id = row.dataset.inputId!;
        live.push([`${id} created`, created!]);
        if (!finished) continue;
        live.push([`${id} finished`, finished]);
        // took = finished − created, in the unit shown (exactly, when all three are in seconds).
        const [createdAgo, createdUnit] = reading(created!);
        const [finishedAgo, finishedUnit] = reading(finished);
        const [tookFor, tookUnit] = reading(took!);
        const coarsest = Math.max(createdUnit, finishedUnit, tookUnit);
        expect(
          Math.abs(createdAgo * createdUnit - finishedAgo * finishedUnit - tookFor * tookUnit),
          `${created} · ${finished} · ${took}`,
        ).to.be.at.most(coarsest === 1000 ? 0 : coarsest);
        settledSamples++;
      }
      const elapsed = text(jobPart(el, 'elapsed'));
      if (text(jobPart(el, 'status')) === 'Running' && elapsed) live.push(['job elapsed', elapsed]);
      for (const [key, value] of live) {
        const before = shown.get(key);
        if (before?.text !== value) {
          shown.set(key, { text: value, since: now });
          continue;
        }
        const [, unit] = reading(value);
        // Its unit, and at most one sample more: the job header is an element of its own,
        // whose redraw can land a sample after the rows' on a loaded machine.
        expect(now - before.since, `"${value}" (${key}) unchanged`).to.be.at.most(unit + 500);
      }
    }
    expect(settledSamples, 'rows that finished, sampled').to.be.greaterThan(100);
    expect(shown.size, 'live texts followed').to.be.at.least(25);
  });
});
