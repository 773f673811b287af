import { expect } from 'chai';
import { createFakeClock } from '@input-progress/core/testing';
import { createSimulator, type Simulator } from './index.js';
import { advance, api, createJob } from './test-support/http.js';

describe('GET /batch/jobs/{id}/inputs/progress/traces', () => {
  let sim: Simulator;
  let jobId: string;
  beforeEach(async () => {
    sim = createSimulator({ presets: false });
    jobId = await createJob(sim, { inputs: 30, concurrency: 4, failureRate: 0.2, seed: 4 });
  });
  const traces = (query = '', headers: Record<string, string> = {}): ReturnType<typeof api> =>
    api(sim, `/batch/jobs/${jobId}/inputs/progress/traces${query}`, { headers });

  it('is empty before anything finished', async () => {
    const res = await traces();
    expect(res.status).to.equal(200);
    expect(res.body).to.deep.equal({
      job_id: jobId,
      bucket_seconds: 1,
      latest_event_at: null,
      points: [],
    });
  });

  it('gives cumulative completion over time that ends at the counts', async () => {
    await advance(sim, jobId, 40_000);
    const res = await traces();
    const counts = (await api(sim, `/batch/jobs/${jobId}/inputs/progress/counts`)).body;
    const { points } = res.body;
    expect(points.length).to.be.within(1, 100);
    expect(res.body.bucket_seconds).to.be.a('number').and.at.least(1);
    for (let i = 1; i < points.length; i++) {
      expect(points[i].t > points[i - 1].t).to.equal(true);
      expect(points[i].step).to.be.at.least(points[i - 1].step);
      expect(points[i].files.completed).to.be.at.least(points[i - 1].files.completed);
      expect(points[i].files.failed).to.be.at.least(points[i - 1].files.failed);
    }
    const last = points[points.length - 1];
    expect(last.files).to.deep.equal({ completed: counts.completed, failed: counts.failed });
    expect(last.step).to.equal(counts.completed + counts.failed);
    expect(last.t).to.equal(res.body.latest_event_at);
    expect(last.items.inference.success).to.be.greaterThan(0);
    expect(last.items.inference.failed + (last.items.training?.failed ?? 0)).to.equal(
      counts.failed,
    );
  });

  it('clamps buckets to 10–1000', async () => {
    await advance(sim, jobId, 1e6);
    const few = await traces('?buckets=2');
    expect(few.body.points.length).to.be.within(1, 10);
    const fine = await traces('?buckets=5000');
    expect(fine.status).to.equal(200);
    expect(fine.body.points.length).to.be.within(1, 1000);
  });

  it('sends an ETag and answers a matching If-None-Match with 304 and no body', async () => {
    await advance(sim, jobId, 20_000);
    const first = await traces();
    const etag = first.headers.get('etag')!;
    expect(etag).to.match(/^".+"$/);
    const again = await traces('', { 'if-none-match': etag });
    expect(again.status).to.equal(304);
    expect(again.text).to.equal('');
    expect(again.headers.get('etag')).to.equal(etag);
    expect((await traces('', { 'if-none-match': `W/${etag}` })).status).to.equal(304);
    expect((await traces('', { 'if-none-match': `"other", ${etag}` })).status).to.equal(304);
    expect((await traces('', { 'if-none-match': '"other"' })).status).to.equal(200);
  });

  it('changes the ETag when more inputs have finished, or coarser buckets give other points', async () => {
    await advance(sim, jobId, 20_000);
    const first = await traces();
    const etag = first.headers.get('etag')!;
    const coarse = await traces('?buckets=10');
    expect(coarse.text).to.not.equal(first.text);
    expect(coarse.headers.get('etag')).to.not.equal(etag);
    // Buckets that give the very same points give the very same tag.
    const same = await traces('?buckets=50');
    expect(same.headers.get('etag') === etag).to.equal(same.text === first.text);
    await advance(sim, jobId, 30_000);
    const res = await traces('', { 'if-none-match': etag });
    expect(res.status).to.equal(200);
    expect(res.headers.get('etag')).to.not.equal(etag);
  });

  it('names the body with its ETag: the same body gets the same tag in any simulator, another body never does', async () => {
    await advance(sim, jobId, 20_000);
    const first = await traces();
    const etag = first.headers.get('etag')!;
    // A fresh simulator with the same seed and advances (manual clock) serves the same bytes.
    const twin = createSimulator({ presets: false });
    const twinId = await createJob(twin, { inputs: 30, concurrency: 4, failureRate: 0.2, seed: 4 });
    await advance(twin, twinId, 20_000);
    const same = await api(twin, `/batch/jobs/${twinId}/inputs/progress/traces`, {
      headers: { 'if-none-match': etag },
    });
    expect(same.status).to.equal(304);
    // Real clocks: a job re-created later has other times, so the old tag must not match.
    const config = { id: 'job_rerun', inputs: 5, clock: 'real', elapsedMs: 'finished', seed: 4 };
    const clock = createFakeClock();
    const before = createSimulator({ presets: false, clock });
    await createJob(before, config);
    const old = await api(before, '/batch/jobs/job_rerun/inputs/progress/traces');
    clock.advance(5);
    const after = createSimulator({ presets: false, clock });
    await createJob(after, config);
    const now = await api(after, '/batch/jobs/job_rerun/inputs/progress/traces', {
      headers: { 'if-none-match': old.headers.get('etag')! },
    });
    expect(now.status).to.equal(200);
    expect(now.text).to.not.equal(old.text);
    expect(now.headers.get('etag')).to.not.equal(old.headers.get('etag'));
  });
});
