import { expect } from 'chai';
import { createSimulator, type Simulator } from './index.js';
import { advance, api, createJob, listAll, STEADY } from './test-support/http.js';

const STATUS_RANK = { processing: 0, pending: 1, failed: 2, completed: 3 } as Record<
  string,
  number
>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const activity = (item: any): string =>
  item.input.completed_at ?? item.latest_progress?.created_at ?? item.input.created_at;

/** Asserts ascending (or descending) activity time with ties in ascending input id. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function expectActivityOrder(items: any[], order: 'asc' | 'desc'): void {
  for (let i = 1; i < items.length; i++) {
    const a = activity(items[i - 1]);
    const b = activity(items[i]);
    if (a === b)
      expect(items[i - 1].input.id < items[i].input.id, `tie at ${i} broken by id`).to.equal(true);
    else if (order === 'asc') expect(a < b, `asc at ${i}: ${a} then ${b}`).to.equal(true);
    else expect(a > b, `desc at ${i}: ${a} then ${b}`).to.equal(true);
  }
}

describe('GET /batch/jobs/{id}/inputs/progress', () => {
  let sim: Simulator;
  let jobId: string;
  let counts: Record<string, number>;

  beforeEach(async () => {
    sim = createSimulator({ presets: false });
    // 12 inputs, 3 at a time, 4 items of 1 s each; inputs 1 and 4 fail. At 9 s every
    // status is present.
    jobId = await createJob(sim, {
      inputs: 12,
      concurrency: 3,
      itemsPerInput: 4,
      msPerItem: 1000,
      spread: 0.5,
      failureRate: 0,
      seed: 7,
      referenceInputs: 2,
      inputOverrides: [null, { fails: true }, null, null, { fails: true }],
    });
    await advance(sim, jobId, 9000);
    counts = (await api(sim, `/batch/jobs/${jobId}/inputs/progress/counts`)).body;
    for (const s of ['pending', 'processing', 'completed', 'failed'])
      expect(counts[s], s).to.be.greaterThan(0);
  });

  it('lists every tracked input in the default bucket order: processing, pending, failed, completed', async () => {
    const res = await api(sim, `/batch/jobs/${jobId}/inputs/progress?limit=100`);
    expect(res.status).to.equal(200);
    expect(res.body).to.include({ job_id: jobId, total: 12, offset: 0, limit: 100 });
    const ranks = res.body.items.map(
      (it: { input: { status: string } }) => STATUS_RANK[it.input.status],
    );
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
    expect(res.body.items).to.have.length(12);
  });

  it('follows the order of the status parameters for the buckets, and counts only them in total', async () => {
    const res = await api(
      sim,
      `/batch/jobs/${jobId}/inputs/progress?status=completed&status=pending&limit=100`,
    );
    const statuses: string[] = res.body.items.map(
      (it: { input: { status: string } }) => it.input.status,
    );
    expect(res.body.total).to.equal(counts['completed']! + counts['pending']!);
    expect(statuses).to.deep.equal([
      ...Array(counts['completed']).fill('completed'),
      ...Array(counts['pending']).fill('pending'),
    ]);
  });

  it('returns only the requested status, with total equal to its count', async () => {
    for (const status of ['pending', 'processing', 'completed', 'failed']) {
      const res = await api(sim, `/batch/jobs/${jobId}/inputs/progress?status=${status}&limit=100`);
      expect(res.body.total, status).to.equal(counts[status]);
      expect(
        res.body.items.every((it: { input: { status: string } }) => it.input.status === status),
        status,
      ).to.equal(true);
    }
  });

  it('ignores a repeated status value', async () => {
    const res = await api(sim, `/batch/jobs/${jobId}/inputs/progress?status=failed&status=failed`);
    expect(res.body.total).to.equal(counts['failed']);
  });

  it('orders each bucket by activity time, oldest first with asc (the default) and newest first with desc', async () => {
    for (const status of ['pending', 'processing', 'completed', 'failed']) {
      const asc = await api(sim, `/batch/jobs/${jobId}/inputs/progress?status=${status}&limit=100`);
      const explicit = await api(
        sim,
        `/batch/jobs/${jobId}/inputs/progress?status=${status}&order=asc&limit=100`,
      );
      const desc = await api(
        sim,
        `/batch/jobs/${jobId}/inputs/progress?status=${status}&order=desc&limit=100`,
      );
      expect(explicit.text).to.equal(asc.text);
      expectActivityOrder(asc.body.items, 'asc');
      expectActivityOrder(desc.body.items, 'desc');
      expect(desc.body.items.map((i: { input: { id: string } }) => i.input.id)).to.have.members(
        asc.body.items.map((i: { input: { id: string } }) => i.input.id),
      );
    }
  });

  it('keeps the bucket order with desc; only the order inside each bucket flips', async () => {
    const res = await api(sim, `/batch/jobs/${jobId}/inputs/progress?order=desc&limit=100`);
    const ranks = res.body.items.map(
      (it: { input: { status: string } }) => STATUS_RANK[it.input.status],
    );
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
  });

  it('visits every input exactly once when paging through a frozen job, in the order of one big page', async () => {
    for (const query of [
      '',
      'order=desc',
      'status=pending&status=completed&status=processing&status=failed',
    ]) {
      const paged = await listAll(sim, jobId, query, 5);
      const whole = (await api(sim, `/batch/jobs/${jobId}/inputs/progress?${query}&limit=1000`))
        .body.items;
      const ids = paged.map((it) => it.input.id);
      expect(new Set(ids).size, query).to.equal(12);
      expect(ids, query).to.deep.equal(whole.map((it: { input: { id: string } }) => it.input.id));
    }
  });

  it('echoes offset and limit, and returns no items past the end while total stays', async () => {
    const res = await api(sim, `/batch/jobs/${jobId}/inputs/progress?offset=50&limit=10`);
    expect(res.body).to.deep.include({ total: 12, offset: 50, limit: 10, items: [] });
    const last = await api(sim, `/batch/jobs/${jobId}/inputs/progress?offset=10&limit=10`);
    expect(last.body.items).to.have.length(2);
  });

  it('uses a page size of 20 when limit is absent and accepts up to 1000', async () => {
    const big = createSimulator({ presets: false });
    const id = await createJob(big, { inputs: 1200 });
    expect((await api(big, `/batch/jobs/${id}/inputs/progress`)).body.items).to.have.length(20);
    const max = await api(big, `/batch/jobs/${id}/inputs/progress?limit=1000`);
    expect(max.body.items).to.have.length(1000);
    expect(max.body.total).to.equal(1200);
  });

  it('never lists reference inputs, and the counts leave them out', async () => {
    const refs = sim.getJob(jobId)!.referenceInputs.map((r) => r.id);
    expect(refs).to.have.length(2);
    const all = await listAll(sim, jobId, '', 100);
    const ids = all.map((it) => it.input.id);
    for (const ref of refs) expect(ids).not.to.include(ref);
    await advance(sim, jobId, 1e6);
    const done = await listAll(
      sim,
      jobId,
      'status=completed&status=failed&status=pending&status=processing',
      100,
    );
    expect(done.map((it) => it.input.id)).to.not.include.members(refs);
    const c = (await api(sim, `/batch/jobs/${jobId}/inputs/progress/counts`)).body;
    expect(c.pending + c.processing + c.completed + c.failed).to.equal(12);
    const refPort = (
      await api(sim, `/batch/jobs/${jobId}/inputs/progress?port_name=worker.n_shots`)
    ).body;
    expect(refPort.total).to.equal(0);
  });

  it('filters by port_name, in the listing and in the counts', async () => {
    const id = await createJob(sim, {
      inputs: 6,
      inputOverrides: [{ portName: 'worker.other' }, null, { portName: 'worker.other' }],
    });
    const other = await api(sim, `/batch/jobs/${id}/inputs/progress?port_name=worker.other`);
    expect(other.body.total).to.equal(2);
    expect(
      other.body.items.every(
        (it: { input: { port_name: string } }) => it.input.port_name === 'worker.other',
      ),
    ).to.equal(true);
    const main = await api(
      sim,
      `/batch/jobs/${id}/inputs/progress?port_name=worker.inference&status=pending&status=processing`,
    );
    expect(main.body.total).to.equal(4);
    const c = (await api(sim, `/batch/jobs/${id}/inputs/progress/counts?port_name=worker.other`))
      .body;
    expect(c.pending + c.processing + c.completed + c.failed).to.equal(2);
    expect(
      (await api(sim, `/batch/jobs/${id}/inputs/progress?port_name=nope`)).body.total,
    ).to.equal(0);
  });

  it('ranks finished inputs by completed_at with ties by input id, and leaves step null before that', async () => {
    // Four at a time, identical durations: inputs finish in groups of four at the same instant.
    const id = await createJob(sim, { ...STEADY, inputs: 10, concurrency: 4, itemsPerInput: 2 });
    await advance(sim, id, 4500);
    const items = (await api(sim, `/batch/jobs/${id}/inputs/progress?limit=100`)).body.items;
    const finished = items.filter((it: { step: number | null }) => it.step !== null);
    expect(finished).to.have.length(8);
    for (const it of items) {
      if (it.input.status === 'completed' || it.input.status === 'failed')
        expect(it.step).to.be.a('number');
      else expect(it.step).to.equal(null);
    }
    const byRank = [...finished].sort((a, b) => a.step - b.step);
    expect(byRank.map((it) => it.step)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
    const expected = [...finished].sort((a, b) =>
      a.input.completed_at === b.input.completed_at
        ? a.input.id < b.input.id
          ? -1
          : 1
        : a.input.completed_at < b.input.completed_at
          ? -1
          : 1,
    );
    expect(byRank.map((it) => it.input.id)).to.deep.equal(expected.map((it) => it.input.id));
    // There really were ties: four share each completion time.
    expect(
      new Set(finished.map((it: { input: { completed_at: string } }) => it.input.completed_at))
        .size,
    ).to.equal(2);
    // The rank is the same whichever filter or page shows the input.
    const completedOnly = (
      await api(
        sim,
        `/batch/jobs/${id}/inputs/progress?status=completed&order=desc&offset=3&limit=2`,
      )
    ).body.items;
    for (const it of completedOnly)
      expect(it.step).to.equal(
        finished.find((f: { input: { id: string } }) => f.input.id === it.input.id).step,
      );
  });

  it('sends the item shape of API.md', async () => {
    const res = await api(sim, `/batch/jobs/${jobId}/inputs/progress?status=processing&limit=1`);
    const item = res.body.items[0];
    expect(Object.keys(item)).to.have.members(['input', 'latest_progress', 'step']);
    expect(item.input).to.include({
      job_id: jobId,
      port_name: 'worker.inference',
      status: 'processing',
      error_message: null,
      completed_at: null,
    });
    expect(item.input.id).to.match(/^inp_[a-z0-9]{12}$/);
    expect(item.input.file_id).to.match(/^file_[a-z0-9]{12}$/);
    expect(item.input.data).to.have.keys([
      'ref',
      'filename',
      'file_type',
      'file_extension',
      'num_bytes',
      'metadata',
    ]);
    expect(item.input.data.ref).to.match(/^https:\/\//);
    expect(item.input.created_at).to.equal('2026-04-14T10:00:00.000Z');
    const lp = item.latest_progress;
    expect(lp).to.include.keys([
      'id',
      'kind',
      'step',
      'metrics',
      'payload',
      'input_id',
      'index',
      'message',
      'created_at',
    ]);
    expect(lp.input_id).to.equal(item.input.id);
    expect(lp.message).to.match(/^Processing item \d+ of \d+$/);
    expect(res.headers.get('content-type')).to.match(/^application\/json/);
    expect(res.headers.get('cache-control')).to.equal('no-store');
  });

  it('serves the job id in the path URL-decoded', async () => {
    const id = await createJob(sim, { id: 'job.with-dots_1', inputs: 1 });
    const res = await api(sim, `/batch/jobs/${encodeURIComponent(id)}/inputs/progress`);
    expect(res.body.job_id).to.equal('job.with-dots_1');
  });
});
