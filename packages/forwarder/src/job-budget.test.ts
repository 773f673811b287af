import { expect } from 'chai';
import type { FakeClock } from '@input-progress/core/testing';
import { CACHE_HEADER } from './create-forwarder.js';
import type { ForwarderHandler, ForwarderOptions } from './types.js';
import { faultyStore } from './test-support/faulty-store.js';
import { testForwarder, useUpstreamJob, type Upstream } from './test-support/http.js';

describe('an upstream budget per job, and waits scoped per job', () => {
  let upstream: Upstream;
  let jobId: string;
  let clock: FakeClock;
  useUpstreamJob({ inputs: 30, seed: 12 }, (fixture) => ({ upstream, jobId, clock } = fixture));

  const forwarder = (extra: Partial<ForwarderOptions> = {}) =>
    testForwarder(upstream, { clock, ...extra });
  const get = (forward: ForwarderHandler, path: string, job = jobId) =>
    forward(new Request(`http://localhost/api/batch/jobs/${job}${path}`));
  const upstreamCount = (job = jobId) => upstream.simulator.requests(job).length;

  it('one viewer flooding 1,000 distinct queries in 2 s costs the API at most 20 requests', async () => {
    const forward = forwarder();
    const firstPage = '/inputs/progress?limit=20';
    expect((await get(forward, firstPage)).status).to.equal(200);
    const statuses = new Map<number, number>();
    const pageViewers: string[] = [];
    for (let query = 0; query < 1000; query++) {
      clock.advance(2);
      const flood = await get(forward, `/inputs/progress?limit=1&offset=${query}`);
      statuses.set(flood.status, (statuses.get(flood.status) ?? 0) + 1);
      // Every 100 ms, the viewers of the first page poll as usual.
      if (query % 50 === 0) {
        const page = await get(forward, firstPage);
        pageViewers.push(`${page.status} ${page.headers.get(CACHE_HEADER)}`);
      }
    }
    const spent = upstreamCount() - 1;
    console.log(
      `      flood: 1,000 distinct queries in 2 s → ${spent} upstream requests; flood answers ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    expect(spent).to.be.at.most(20);
    expect(statuses.get(429), 'the rest are told to wait').to.equal(
      1000 - (statuses.get(200) ?? 0),
    );
    expect(
      pageViewers.every((outcome) => outcome.startsWith('200')),
      pageViewers.join(),
    ).to.equal(true);
  });

  it('tells a viewer over the budget to come back next second, and its own query stays served', async () => {
    const forward = forwarder({ jobBudgetPerSecond: 2 });
    await get(forward, '/inputs/progress?limit=3');
    clock.advance(1000);
    // Second 2: the first query is stale, two others use up the budget.
    await get(forward, '/inputs/progress?limit=4');
    await get(forward, '/inputs/progress?limit=5');
    const refused = await get(forward, '/inputs/progress?limit=6');
    expect(refused.status).to.equal(429);
    expect(refused.headers.get('retry-after')).to.equal('1');
    expect(((await refused.json()) as { errors: { code: string }[] }).errors[0]!.code).to.equal(
      'budget_exceeded',
    );
    const known = await get(forward, '/inputs/progress?limit=3');
    expect([known.status, known.headers.get(CACHE_HEADER)]).to.deep.equal([200, 'stale']);
    // Another job has its own budget.
    const other = upstream.simulator.createJob({ inputs: 2, clock: 'manual', seed: 1 }).id;
    expect((await get(forward, '', other)).status).to.equal(200);
    clock.advance(1000);
    expect((await get(forward, '/inputs/progress?limit=6')).status).to.equal(200);
  });

  it('shares the budget between instances through the store', async () => {
    const store = faultyStore();
    const [a, b] = [forwarder({ store }), forwarder({ store })];
    const answers = [];
    for (let query = 1; query <= 30; query++) {
      answers.push((await get(query % 2 ? a : b, `/inputs/progress?limit=${query}`)).status);
    }
    expect(upstreamCount()).to.equal(10);
    expect(answers.filter((status) => status === 429)).to.have.length(20);
  });

  it('holds only the job whose request got the Retry-After, even an absurd one', async () => {
    const forward = forwarder();
    const other = upstream.simulator.createJob({ inputs: 2, clock: 'manual', seed: 3 }).id;
    upstream.simulator.getJob(jobId)!.setFaults({
      rules: [{ kind: 'server-error', status: 503, probability: 1, retryAfter: 99_999_999 }],
    });
    const refused = await get(forward, '');
    expect([refused.status, refused.headers.get('retry-after')]).to.deep.equal([503, '3600']);
    expect((await get(forward, '/inputs/progress/counts')).headers.get(CACHE_HEADER)).to.equal(
      'held',
    );
    const fine = await get(forward, '', other);
    expect([fine.status, fine.headers.get(CACHE_HEADER)]).to.deep.equal([200, 'miss']);
    expect(upstreamCount(other)).to.equal(1);
  });

  it('makes the wait key-wide once a second job is refused while another waits', async () => {
    const forward = forwarder();
    const job = (seed: number) =>
      upstream.simulator.createJob({ inputs: 2, clock: 'manual', seed }).id;
    const [second, third] = [job(2), job(3)];
    for (const refusedJob of [jobId, second]) {
      upstream.simulator
        .getJob(refusedJob)!
        .setFaults({ rules: [{ kind: 'rate-limit', probability: 1, retryAfter: 30 }] });
      expect((await get(forward, '', refusedJob)).status).to.equal(429);
    }
    // The key's limit, evidently: a third job holds off without asking.
    const held = await get(forward, '', third);
    expect([held.status, held.headers.get(CACHE_HEADER)]).to.deep.equal([429, 'held']);
    expect(upstreamCount(third)).to.equal(0);
    clock.advance(30_000);
    expect((await get(forward, '', third)).status).to.equal(200);
    expect((await get(forward, '/inputs/progress/counts', third)).status).to.equal(200);
  });
});
