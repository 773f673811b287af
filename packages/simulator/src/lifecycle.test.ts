import { expect } from 'chai';
import { createFakeClock } from '@input-progress/core/testing';
import { createSimulator, PRESET_JOB_IDS, type Simulator } from './index.js';
import { advance, api, createJob, listAll, STEADY } from './test-support/http.js';

describe('job lifecycle', () => {
  let sim: Simulator;
  beforeEach(() => {
    sim = createSimulator({ presets: false });
  });

  it('moves an input from pending through processing to completed, with rising progress rows', async () => {
    const id = await createJob(sim, {
      ...STEADY,
      inputs: 1,
      itemsPerInput: 4,
      startDelayMs: 500,
      metrics: 'full',
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const item = async (): Promise<any> =>
      (await api(sim, `/batch/jobs/${id}/inputs/progress`)).body.items[0];
    let it = await item();
    expect(it.input.status).to.equal('pending');
    expect(it.latest_progress).to.equal(null);
    expect(it.step).to.equal(null);

    await advance(sim, id, 500);
    it = await item();
    expect(it.input.status).to.equal('processing');
    expect(it.latest_progress).to.include({
      step: 1,
      message: 'Processing item 1 of 4',
      created_at: '2026-04-14T10:00:00.500Z',
    });
    expect(it.latest_progress.metrics).to.deep.equal({
      percent_complete: 0,
      items_processed: 0,
      items_total: 4,
    });

    const seen: number[] = [];
    for (let k = 0; k < 3; k++) {
      await advance(sim, id, 1000);
      it = await item();
      seen.push(it.latest_progress.step);
      expect(it.latest_progress.metrics.items_processed).to.equal(k + 1);
      expect(it.latest_progress.message).to.equal(`Processing item ${k + 2} of 4`);
    }
    expect(seen).to.deep.equal([2, 3, 4]);
    expect(it.input.completed_at).to.equal(null);

    await advance(sim, id, 1000);
    it = await item();
    expect(it.input.status).to.equal('completed');
    expect(it.input.completed_at).to.equal('2026-04-14T10:00:04.500Z');
    expect(it.latest_progress.metrics).to.deep.equal({
      percent_complete: 100,
      items_processed: 4,
      items_total: 4,
    });
    expect(it.latest_progress.step).to.equal(5);
    expect(it.step).to.equal(1);
  });

  it('fails an input with an error message and a completed_at, and stops its progress there', async () => {
    const id = await createJob(sim, {
      inputs: 1,
      itemsPerInput: 10,
      inputOverrides: [{ fails: true, errorMessage: 'Bad CSV' }],
    });
    await advance(sim, id, 1e6);
    const it = (await api(sim, `/batch/jobs/${id}/inputs/progress`)).body.items[0];
    expect(it.input).to.include({ status: 'failed', error_message: 'Bad CSV' });
    expect(it.input.completed_at).to.be.a('string');
    expect(it.step).to.equal(1);
    expect(it.latest_progress.metrics.items_processed).to.be.lessThan(10);
    expect(it.latest_progress.created_at <= it.input.completed_at).to.equal(true);
  });

  it('reports the metrics modes: full, percent_complete only, or none (with a null index)', async () => {
    const id = await createJob(sim, {
      inputs: 3,
      inputOverrides: [
        { metrics: 'full' },
        { metrics: 'percent-only' },
        { metrics: 'none', kind: 'training' },
      ],
      concurrency: 3,
      itemsPerInput: 4,
      ...STEADY,
    });
    await advance(sim, id, 2500);
    const items = (await api(sim, `/batch/jobs/${id}/inputs/progress`)).body.items;
    const byName = Object.fromEntries(
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      items.map((it: any) => [it.input.data.filename, it.latest_progress]),
    );
    expect(byName['input_001.csv'].metrics).to.have.keys([
      'percent_complete',
      'items_processed',
      'items_total',
    ]);
    expect(byName['input_002.csv'].metrics).to.deep.equal({ percent_complete: 50 });
    expect(byName['input_003.csv'].metrics).to.deep.equal({});
    expect(byName['input_003.csv'].index).to.equal(null);
    expect(byName['input_003.csv'].kind).to.equal('training');
  });

  it('gives identical responses for the same seed and the same advances, and different ones for another seed', async () => {
    const run = async (seed: number): Promise<string[]> => {
      const s = createSimulator({ presets: false });
      const id = await createJob(s, { inputs: 40, concurrency: 5, failureRate: 0.2, seed });
      const out: string[] = [];
      for (const ms of [0, 3000, 7000, 20000, 1e6]) {
        await advance(s, id, ms);
        for (const path of [
          '/inputs/progress?limit=1000',
          '/inputs/progress?status=failed&order=desc',
          '/inputs/progress/counts',
          '',
          '/inputs/progress/traces',
        ]) {
          out.push((await api(s, `/batch/jobs/${id}${path}`)).text);
        }
      }
      return out;
    };
    const a = await run(11);
    expect(await run(11)).to.deep.equal(a);
    expect(await run(12)).to.not.deep.equal(a);
  });

  it('derives job and input ids from the seed', async () => {
    const a = await createJob(createSimulator({ presets: false }), { seed: 3 });
    const b = await createJob(createSimulator({ presets: false }), { seed: 3 });
    expect(a).to.equal(b);
    expect(a).to.match(/^job_[a-z0-9]{24}$/);
    // A second job with the same seed in one simulator gets a different id.
    const s = createSimulator({ presets: false });
    expect(await createJob(s, { seed: 3 })).to.not.equal(await createJob(s, { seed: 3 }));
  });

  it('follows its inputs with the job status: PENDING, RUNNING, then COMPLETED even with failed inputs', async () => {
    const id = await createJob(sim, {
      inputs: 4,
      startDelayMs: 1000,
      inputOverrides: [{ fails: true }],
      failureRate: 0,
    });
    const job = async (): Promise<any> => (await api(sim, `/batch/jobs/${id}`)).body; // eslint-disable-line @typescript-eslint/no-explicit-any
    let j = await job();
    expect(j).to.include({
      id,
      status: 'PENDING',
      started_at: null,
      completed_at: null,
      failed_at: null,
      cancelled_at: null,
      error: null,
    });
    expect(j.input_progress).to.deep.equal({ pending: 4, processing: 0, completed: 0, failed: 0 });
    await advance(sim, id, 1000);
    j = await job();
    expect(j.status).to.equal('RUNNING');
    expect(j.started_at).to.equal('2026-04-14T10:00:01.000Z');
    await advance(sim, id, 1e6);
    j = await job();
    expect(j.status).to.equal('COMPLETED');
    expect(j.input_progress).to.deep.equal({ pending: 0, processing: 0, completed: 3, failed: 1 });
    expect(j.completed_at).to.be.a('string');
  });

  it('marks a job FAILED only when every input failed', async () => {
    const id = await createJob(sim, { inputs: 3, failureRate: 1 });
    await advance(sim, id, 1e6);
    const j = (await api(sim, `/batch/jobs/${id}`)).body;
    expect(j.status).to.equal('FAILED');
    expect(j.failed_at).to.be.a('string');
    expect(j.completed_at).to.equal(null);
    expect(j.error).to.be.an('object');
  });

  it('never has more inputs processing than the concurrency', async () => {
    const id = await createJob(sim, { inputs: 30, concurrency: 4, seed: 5 });
    for (let t = 0; t < 40; t++) {
      const c = (await api(sim, `/batch/jobs/${id}/inputs/progress/counts`)).body;
      expect(c.processing).to.be.at.most(4);
      expect(c.pending + c.processing + c.completed + c.failed).to.equal(30);
      await advance(sim, id, 1500);
    }
  });

  it('gives every job its own clock', async () => {
    const a = await createJob(sim, { inputs: 2 });
    const b = await createJob(sim, { inputs: 2 });
    expect(await advance(sim, a, 60_000)).to.equal('2026-04-14T10:01:00.000Z');
    expect(sim.getJob(b)!.now()).to.equal('2026-04-14T10:00:00.000Z');
  });

  it('runs a real clock at its speed factor, on the simulator’s clock', () => {
    const clock = createFakeClock();
    const job = createSimulator({ presets: false, clock }).createJob({ speed: 1000, inputs: 2 });
    expect(job.clock.mode).to.equal('real');
    expect(job.now()).to.equal(new Date(clock.now()).toISOString());
    clock.advance(30);
    expect(job.elapsed()).to.equal(30_000);
    job.advance(500); // advance() adds on top of the clock's time
    clock.advance(1);
    expect(job.elapsed()).to.equal(31_500);
  });

  it('rejects a bad job configuration with every problem listed', () => {
    expect(() => sim.createJob({ inputs: -1, concurrency: 0, spread: 2 })).to.throw(
      /inputs.*concurrency.*spread/,
    );
  });
});

describe('preset jobs', () => {
  let sim: Simulator;
  beforeEach(() => {
    sim = createSimulator({ clock: 'manual' });
  });

  it('exist at start-up', async () => {
    for (const id of PRESET_JOB_IDS)
      expect((await api(sim, `/batch/jobs/${id}`)).status, id).to.equal(200);
  });

  it('job_demo_small: 10 CSV inputs and 2 reference inputs, one failure, done in about a minute', async () => {
    const job = sim.getJob('job_demo_small')!;
    expect(job.referenceInputs.map((r) => r.portName)).to.deep.equal([
      'worker.n_shots',
      'worker.n_shots',
    ]);
    const items = await listAll(sim, 'job_demo_small', '', 20);
    expect(items).to.have.length(10);
    expect(
      items.every(
        (it) =>
          it.input.port_name === 'worker.inference' && it.input.data.filename.endsWith('.csv'),
      ),
    ).to.equal(true);
    await advance(sim, 'job_demo_small', 45_000);
    expect((await api(sim, '/batch/jobs/job_demo_small')).body.status).to.equal('RUNNING');
    await advance(sim, 'job_demo_small', 30_000);
    const j = (await api(sim, '/batch/jobs/job_demo_small')).body;
    expect(j.status).to.equal('COMPLETED');
    expect(j.input_progress).to.deep.equal({ pending: 0, processing: 0, completed: 9, failed: 1 });
  });

  it('job_demo_large has 10,000 inputs', async () => {
    const res = await api(sim, '/batch/jobs/job_demo_large/inputs/progress?limit=100&offset=9950');
    expect(res.body.total).to.equal(10_000);
    expect(res.body.items).to.have.length(50);
  });

  it('job_demo_finished is all terminal from the start, with exactly one failure whatever the seed', async () => {
    for (const seed of [1, 2, 7, 42]) {
      const seeded = createSimulator({ seed, clock: 'manual' });
      const j = (await api(seeded, '/batch/jobs/job_demo_finished')).body;
      expect(j.status, `seed ${seed}`).to.equal('COMPLETED');
      expect(j.input_progress, `seed ${seed}`).to.deep.equal({
        pending: 0,
        processing: 0,
        completed: 39,
        failed: 1,
      });
      const failed = (
        await api(seeded, '/batch/jobs/job_demo_finished/inputs/progress?status=failed')
      ).body.items;
      expect(
        failed.map((i: { input: { data: { filename: string }; error_message: string } }) => [
          i.input.data.filename,
          i.input.error_message,
        ]),
      ).to.deep.equal([['input_006.csv', 'Malformed CSV: row 42 has 11 columns, expected 12']]);
    }
  });

  it('job_demo_empty has no inputs', async () => {
    const res = await api(sim, '/batch/jobs/job_demo_empty/inputs/progress');
    expect(res.body).to.deep.include({ total: 0, items: [] });
    expect((await api(sim, '/batch/jobs/job_demo_empty')).body.status).to.equal('COMPLETED');
  });

  it('job_demo_flaky faults about 20% of responses, of mixed kinds', async () => {
    const quick = createSimulator({ clock: 'manual' });
    // The preset adds real latency; take it away to keep the test fast, keeping its rules and seed.
    const flaky = quick.getJob('job_demo_flaky')!;
    flaky.setFaults({ ...flaky.config.faults, latency: undefined });
    const outcomes = new Map<string, number>();
    const total = 500;
    for (let i = 0; i < total; i++) {
      let key: string;
      try {
        const res = await api(quick, '/batch/jobs/job_demo_flaky/inputs/progress');
        key =
          res.status === 200 && Array.isArray(res.body?.items)
            ? 'ok'
            : `${res.status}:${res.headers.get('content-type')}`;
      } catch {
        key = 'dropped';
      }
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    }
    const faulted = total - (outcomes.get('ok') ?? 0);
    expect(faulted / total).to.be.within(0.14, 0.26);
    expect(outcomes.size).to.be.at.least(6);
  });
});

describe('simulator options', () => {
  it('rejects invalid options with every problem listed', () => {
    expect(() =>
      createSimulator({
        speed: 0,
        seed: 1.5,
        maxLimit: 0,
        basePath: 'v1',
        clock: 'fast' as 'real',
      }),
    ).to.throw(RangeError, /seed.*speed.*clock.*maxLimit.*basePath/);
    const halfAClock = { now: () => 0, setTimeout: () => 0 } as unknown as 'real';
    expect(() => createSimulator({ clock: halfAClock })).to.throw(RangeError, /clock must be/);
    expect(() =>
      createSimulator({ faults: { rules: [{ kind: 'nope' as 'rate-limit' }] } }),
    ).to.throw(RangeError, /kind/);
  });

  it('runs the presets and stamps recorded requests on the clock it is given', async () => {
    const clock = createFakeClock();
    const sim = createSimulator({ clock });
    const small = sim.getJob('job_demo_small')!;
    const before = small.elapsed();
    clock.advance(5_000);
    expect(small.elapsed() - before).to.equal(5_000);
    await api(sim, '/batch/jobs/job_demo_small');
    expect(sim.requests('job_demo_small')[0]!.at).to.equal('2026-04-14T10:00:05.000Z');
  });

  it('serves the API under a custom base path', async () => {
    const sim = createSimulator({ basePath: '/api/v1/' });
    const res = await sim.handle(new Request('http://x/api/v1/batch/jobs/job_demo_empty'));
    expect(res.status).to.equal(200);
    expect(
      (await sim.handle(new Request('http://x/api/batch/jobs/job_demo_empty'))).status,
    ).to.equal(404);
  });
});

describe('input overrides', () => {
  it('change only the input they name', async () => {
    const plain = createSimulator({ presets: false }).createJob({
      id: 'job_x',
      inputs: 5,
      seed: 2,
      clock: 'manual',
    });
    const tweaked = createSimulator({ presets: false }).createJob({
      id: 'job_x',
      inputs: 5,
      seed: 2,
      clock: 'manual',
      inputOverrides: [
        { items: 3, fails: true, metrics: 'none', kind: 'training', filename: 'x.csv' },
      ],
    });
    // Input 0's new duration may move the others' start times; nothing else of theirs changes.
    const own = ({
      start: _s,
      end: _e,
      rowIdBase: _r,
      ...rest
    }: (typeof plain.inputs)[number]): object => rest;
    for (let i = 1; i < 5; i++)
      expect(own(tweaked.inputs[i]!)).to.deep.equal(own(plain.inputs[i]!));
    expect(tweaked.inputs[0]).to.include({
      items: 3,
      fails: true,
      metrics: 'none',
      kind: 'training',
      filename: 'x.csv',
    });
  });
});
