import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../define.js';
import { cleanUpEachTest } from '../test-support/each-test.js';
import {
  advanceUntil,
  useFakeClock,
  type FakeClock,
  testClock,
} from '../test-support/fake-clock.js';
import { waitUntil } from '../test-support/wait-until.js';
import {
  BASE_URL,
  control,
  createJob,
  feedOf,
  part,
  parts,
  simulatorClient,
  text,
  untilPartText,
} from '../test-support/list-helpers.js';
import type { InputProgressJob } from './input-progress-job.js';

/** Where the simulator's manual clocks start: the fake clock starts there too, so times agree. */
const SIMULATOR_EPOCH = Date.parse('2026-04-14T10:00:00Z');

/** Two at a time, 6 s each: 20 inputs a minute, the last done at 5 min. */
const TWENTY_A_MINUTE = { inputs: 100, concurrency: 2, itemsPerInput: 1, msPerItem: 6000 };

let fake: FakeClock;
cleanUpEachTest();

async function jobFixture(jobId: string, pollInterval = 0): Promise<InputProgressJob> {
  return fixture<InputProgressJob>(
    html`<input-progress-job
      .clock=${testClock()}
      job-id=${jobId}
      base-url=${BASE_URL}
      poll-interval=${pollInterval}
    ></input-progress-job>`,
  );
}
/** Lets the current task end: what a removal leaves to the end of its task has run. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
const jobRecordRequests = async (jobId: string) =>
  (await control.requests(jobId)).filter((r) => r.path.endsWith(`/jobs/${jobId}`)).length;

/**
 * Headers of `jobId` on one client whose job record requests are held until `letGo()` (only
 * an abort ends one before): `records` has each request's signal, in order.
 */
function holdRecords(jobId: string) {
  const records: AbortSignal[] = [];
  let letGo!: () => void;
  const gate = new Promise<void>((resolve) => (letGo = resolve));
  const client = simulatorClient({
    fetch: async (input, init) => {
      if (String(input).endsWith(`/jobs/${jobId}`)) {
        records.push(init!.signal!);
        await gate;
      }
      return fetch(input, init);
    },
  });
  const header = () =>
    html`<input-progress-job
      .clock=${testClock()}
      poll-interval="0"
      .client=${client}
      job-id=${jobId}
    ></input-progress-job>`;
  return { records, letGo, header };
}

describe('<input-progress-job>', () => {
  it('shows the job, a segmented bar that names every status, and a summary that never hides failures', async () => {
    fake = useFakeClock();
    const jobId = await createJob({
      name: 'Nightly sensor batch',
      inputs: 10,
      concurrency: 10,
      itemsPerInput: 1,
      inputOverrides: [null, null, null, null, null, null, { fails: true }],
    });
    await control.advance(jobId, 2000);
    const el = await jobFixture(jobId);
    await waitUntil(() => text(part(el, 'status')) === 'Completed', 'the job record');
    expect(text(part(el, 'name'))).to.equal('Nightly sensor batch');
    expect(text(part(el, 'summary'))).to.equal('9 completed · 1 failed of 10');
    const bar = part(el, 'bar')!;
    expect(bar.getAttribute('role')).to.equal('progressbar');
    expect(bar.getAttribute('aria-valuenow')).to.equal('100');
    expect(bar.getAttribute('aria-valuetext')).to.equal(
      '9 completed, 1 failed, 0 processing, 0 pending of 10',
    );
    const segments = parts(el, 'segment');
    expect(segments.map((s) => s.dataset.status)).to.deep.equal([
      'completed',
      'failed',
      'processing',
      'pending',
    ]);
    await Promise.all(segments.flatMap((s) => s.getAnimations().map((a) => a.finished)));
    const share = (s: HTMLElement) =>
      s.getBoundingClientRect().width / bar.getBoundingClientRect().width;
    expect(share(segments[0]!)).to.be.closeTo(0.9, 0.02);
    expect(share(segments[1]!)).to.be.closeTo(0.1, 0.02);
    const colour = (s: HTMLElement) => getComputedStyle(s).backgroundColor;
    expect(new Set(segments.map(colour)).size, 'each status its own colour').to.equal(4);
    // Done: no time left, and the elapsed time stops at the job's end.
    expect(part(el, 'eta')).to.equal(null);
    await expect(el).to.be.accessible();
    el.style.colorScheme = 'dark';
    await expect(el).to.be.accessible();
  });

  it('measures throughput over the recent window and the time left against a known rate', async () => {
    // The fake clock reads what the job's does.
    fake = useFakeClock(SIMULATOR_EPOCH);
    const jobId = await createJob(TWENTY_A_MINUTE);
    const el = await jobFixture(jobId, 5000);
    await untilPartText(el, 'summary', '0 completed · 0 failed of 100');
    expect(part(el, 'throughput'), 'no rate before anything finished').to.equal(null);
    expect(part(el, 'eta'), 'no time left without a rate').to.equal(null);

    await control.advance(jobId, 60_000);
    fake.advance(60_000);
    // The rate comes from the traces and the counts from the feed's polls, two loads that can
    // arrive a poll apart (a traces load sent before the advance may answer after it).
    await advanceUntil(
      fake,
      () =>
        text(part(el, 'throughput')).startsWith('20 inputs/min') &&
        text(part(el, 'summary')) === '20 completed · 0 failed of 100',
      'the rate and the counts after a minute',
      1000,
    );
    expect(text(part(el, 'summary'))).to.equal('20 completed · 0 failed of 100');
    // 80 left at 20 a minute.
    expect(text(part(el, 'eta'))).to.equal('about 4 min left');
    // Since the job started, on the clock that moved while the loads came in (a minute or a
    // little more on a loaded machine).
    const minutes = Math.round((fake.now() - SIMULATOR_EPOCH) / 60_000);
    expect(text(part(el, 'elapsed'))).to.equal(`${minutes} min elapsed`);
    const line = part(el, 'sparkline')!.querySelector('polyline')!;
    expect(
      line.getAttribute('points')!.split(' ').length,
      'one point per bucket',
    ).to.be.greaterThan(10);

    // The last inputs finish at 5 min: no time left once done, whatever the rate.
    await control.advance(jobId, 240_000);
    fake.advance(240_000);
    // The counts come first (the feed's polls); they tell the element to read the record.
    await advanceUntil(
      fake,
      () => text(part(el, 'summary')) === '100 completed · 0 failed of 100',
      'all counted',
      1000,
    );
    await waitUntil(() => text(part(el, 'status')) === 'Completed', 'the job done');
    expect(part(el, 'eta')).to.equal(null);
    expect(text(part(el, 'throughput'))).to.match(/^20 inputs\/min/);
    expect(text(part(el, 'elapsed'))).to.equal('5 min elapsed');
  });

  it('reads the job record once a minute while inputs run and once more when all finished, the traces at most every 30 s', async () => {
    fake = useFakeClock(SIMULATOR_EPOCH);
    const jobId = await createJob({
      inputs: 3,
      concurrency: 3,
      itemsPerInput: 10,
    });
    const reads = async (path: string) =>
      (await control.requests(jobId)).filter((r) => r.path.endsWith(path)).length;
    const el = await jobFixture(jobId, 1000);
    await waitUntil(() => text(part(el, 'status')) === 'Running', 'the job record');
    expect(await jobRecordRequests(jobId)).to.equal(1);
    // Most of a minute of one-second polls, the inputs moving on between them.
    const start = fake.now();
    while (fake.now() - start < 57_000) {
      await control.advance(jobId, 50);
      const polls = await reads('/counts');
      await advanceUntil(fake, async () => (await reads('/counts')) > polls, 'a poll', 1000);
    }
    expect(await reads('/counts'), 'a poll a second').to.be.at.least(40);
    expect(await jobRecordRequests(jobId), 'the record within the first minute').to.equal(1);
    expect(await reads('/traces'), 'the traces within the first minute').to.equal(2);
    // A minute after the first read, the next update reads the record again.
    await advanceUntil(
      fake,
      async () => (await jobRecordRequests(jobId)) === 2,
      'the record a minute later',
      1000,
    );
    // Every input finishes: the job's status can have changed, so the record is read at once.
    await control.advance(jobId, 60_000);
    await advanceUntil(
      fake,
      () => text(part(el, 'summary')) === '3 completed · 0 failed of 3',
      'all finished',
      1000,
    );
    await waitUntil(async () => (await jobRecordRequests(jobId)) === 3, 'the record once more');
    await waitUntil(() => text(part(el, 'status')) === 'Completed', 'the job completed');
    const traces = await reads('/traces');
    fake.advance(300_000);
    await el.updateComplete;
    expect(await jobRecordRequests(jobId), 'nothing more once finished').to.equal(3);
    expect(await reads('/traces')).to.equal(traces);
  });

  it('shows the job at once when mounted again within a minute, without reading the record or traces again', async () => {
    fake = useFakeClock(SIMULATOR_EPOCH);
    const jobId = await createJob({ inputs: 3, concurrency: 3, itemsPerInput: 10 });
    const reads = async (path: string) =>
      (await control.requests(jobId)).filter((r) => r.path.endsWith(path)).length;
    const first = await jobFixture(jobId, 1000);
    await waitUntil(() => text(part(first, 'status')) === 'Running', 'the job record');
    await waitUntil(async () => (await reads('/traces')) === 1, 'the traces');
    first.remove();
    fake.advance(20_000);
    const again = await jobFixture(jobId, 1000);
    await waitUntil(() => text(part(again, 'status')) === 'Running', 'the kept record');
    expect(await jobRecordRequests(jobId), 'the record kept').to.equal(1);
    expect(await reads('/traces'), 'the traces kept').to.equal(1);
    // The traces' cadence (30 s from their read) and the record's (a minute) still hold.
    await advanceUntil(fake, async () => (await reads('/traces')) === 2, 'the traces again', 1000);
    expect(fake.now() - SIMULATOR_EPOCH, 'about 30 s after the first read').to.be.within(
      30_000,
      32_000,
    );
    await advanceUntil(
      fake,
      async () => (await jobRecordRequests(jobId)) === 2,
      'the record',
      1000,
    );
    expect(fake.now() - SIMULATOR_EPOCH, 'about a minute after the first read').to.be.within(
      60_000,
      62_000,
    );
  });

  it('sends one read of the record and of the traces for two headers of a job, and removing one does not cut it short', async () => {
    const jobId = await createJob({
      name: 'Two headers',
      inputs: 3,
      concurrency: 3,
      itemsPerInput: 10,
    });
    const held = holdRecords(jobId);
    const box = await fixture<HTMLElement>(html`<div>${held.header()}${held.header()}</div>`);
    const [first, second] = box.querySelectorAll('input-progress-job');
    try {
      await waitUntil(() => held.records.length > 0, 'the record asked for');
      first!.remove();
      expect(held.records[0]!.aborted, 'one header still waits for it').to.equal(false);
      held.letGo();
      await waitUntil(() => text(part(second!, 'name')) === 'Two headers', 'the record');
      await waitUntil(
        async () => (await control.requests(jobId)).some((r) => r.path.endsWith('/traces')),
        'the traces',
      );
      const paths = (await control.requests(jobId)).map((r) => r.path);
      expect(held.records.length, 'record reads').to.equal(1);
      expect(paths.filter((path) => path.endsWith('/traces')).length, 'traces reads').to.equal(1);
    } finally {
      held.letGo();
    }
  });

  it('keeps its read in flight when its only header is moved in the page: one request', async () => {
    const jobId = await createJob({ name: 'Moved', inputs: 2 });
    const held = holdRecords(jobId);
    const box = await fixture<HTMLElement>(html`<div>${held.header()}</div>`);
    const header = box.querySelector('input-progress-job')!;
    try {
      await waitUntil(() => held.records.length > 0, 'the record asked for');
      // Moved within the page: disconnected, then connected again in one go.
      box.append(header);
      await nextTask();
      expect(held.records[0]!.aborted, 'the read, joined again').to.equal(false);
      held.letGo();
      await waitUntil(() => text(part(header, 'name')) === 'Moved', 'the record');
      expect(['Pending', 'Running', 'Completed']).to.include(text(part(header, 'status')));
      expect(held.records.length, 'record reads').to.equal(1);
    } finally {
      held.letGo();
    }
  });

  it('aborts the read in flight once no header of the job waits for it, at the end of that task', async () => {
    const jobId = await createJob({ inputs: 2 });
    const held = holdRecords(jobId);
    const box = await fixture<HTMLElement>(html`<div>${held.header()}${held.header()}</div>`);
    try {
      await waitUntil(() => held.records.length > 0, 'the record asked for');
      const [first, second] = box.querySelectorAll('input-progress-job');
      first!.remove();
      await nextTask();
      expect(held.records[0]!.aborted, 'one header still waits').to.equal(false);
      second!.remove();
      expect(held.records[0]!.aborted, 'a header may still take it up in this task').to.equal(
        false,
      );
      await nextTask();
      expect(held.records[0]!.aborted, 'nobody waits').to.equal(true);
      expect(held.records.length).to.equal(1);
    } finally {
      held.letGo();
    }
  });

  it('aborts an obsolete load of the job record when the job changes', async () => {
    const slow = await createJob({ inputs: 2 });
    const other = await createJob({ name: 'The other job', inputs: 2 });
    const records: Array<{ url: string; signal: AbortSignal }> = [];
    // The slow job's record is sent only once the test lets it go: still pending at the switch.
    let letGo!: () => void;
    const gate = new Promise<void>((resolve) => (letGo = resolve));
    const client = simulatorClient({
      fetch: async (input, init) => {
        const url = String(input);
        if (/\/jobs\/[^/?]+$/.test(url)) records.push({ url, signal: init!.signal! });
        if (url.endsWith(`/jobs/${slow}`)) await gate;
        return fetch(input, init);
      },
    });
    const el = await fixture<InputProgressJob>(
      html`<input-progress-job
        .clock=${testClock()}
        poll-interval="0"
        .client=${client}
        job-id=${slow}
      ></input-progress-job>`,
    );
    try {
      await waitUntil(
        () => records.some((r) => r.url.endsWith(slow)),
        'the slow job record asked for',
      );
      expect(text(part(el, 'status'))).to.equal('Loading job…');
      el.jobId = other;
      await waitUntil(() => text(part(el, 'name')) === 'The other job', 'the other job');
      expect(
        records.find((r) => r.url.endsWith(slow))!.signal.aborted,
        'the old load aborted',
      ).to.equal(true);
      expect(records.find((r) => r.url.endsWith(other))!.signal.aborted).to.equal(false);
    } finally {
      letGo();
    }
  });

  it('shows its loading state, then says when the job record cannot be loaded', async () => {
    const jobId = await createJob({
      inputs: 2,
      faults: {
        rules: [{ kind: 'server-error', status: 500, probability: 1, endpoints: ['job'] }],
      },
    });
    const el = await jobFixture(jobId);
    expect(text(part(el, 'status'))).to.equal('Loading job…');
    expect(text(part(el, 'name'))).to.equal(jobId);
    const event = await oneEvent(el, 'input-progress-error');
    expect(event.detail.error.status).to.equal(500);
    await untilPartText(el, 'status', 'Job details unavailable');
    // The counts come from the feed: the bar and summary still work.
    expect(text(part(el, 'summary'))).to.equal('0 completed · 0 failed of 2');
    await expect(el).to.be.accessible();
  });

  it('shows an empty job without a rate or time left', async () => {
    const jobId = await createJob({ inputs: 0 });
    const el = await jobFixture(jobId);
    await untilPartText(el, 'summary', '0 completed · 0 failed of 0');
    expect(part(el, 'bar')!.getAttribute('aria-valuetext')).to.equal(
      '0 completed, 0 failed, 0 processing, 0 pending of 0',
    );
    expect(part(el, 'throughput')).to.equal(null);
    expect(part(el, 'eta')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says what is missing without a job-id or a feed', async () => {
    const el = await fixture<InputProgressJob>(
      html`<input-progress-job .clock=${testClock()}></input-progress-job>`,
    );
    expect(text(part(el, 'status'))).to.equal('No job-id was given.');
  });
});

describe('<input-progress-job> on a feed of one port', () => {
  it('asks for the job-wide traces and divides the job’s remaining inputs by the job’s rate', async () => {
    fake = useFakeClock(SIMULATOR_EPOCH);
    const jobId = await createJob(TWENTY_A_MINUTE);
    await control.advance(jobId, 60_000);
    const feed = feedOf(jobId, { query: { portName: 'worker.inference', limit: 1 } });
    const el = await fixture<InputProgressJob>(
      html`<input-progress-job .clock=${testClock()} .feed=${feed}></input-progress-job>`,
    );
    await waitUntil(() => text(part(el, 'eta')) === 'about 4 min left', 'the time left');
    const traces = (await control.requests(jobId)).filter((r) => r.path.endsWith('/traces'));
    expect(traces.length).to.be.greaterThan(0);
    expect(
      traces.every((r) => !r.search.includes('port_name')),
      'no port filter on the traces',
    ).to.equal(true);
  });
});
