import { expect } from 'chai';
import type { FakeClock } from '@input-progress/core/testing';
import type { CacheStore } from './cache-store.js';
import { CACHE_HEADER, createForwarder } from './create-forwarder.js';
import { memoryStore } from './memory-store.js';
import type { ForwarderOptions } from './types.js';
import { testForwarder, useUpstreamJob, type Upstream } from './test-support/http.js';

describe('coalescing and the shared cache', () => {
  let upstream: Upstream;
  let jobId: string;
  let clock: FakeClock;
  useUpstreamJob(
    { inputs: 8, concurrency: 2, seed: 4 },
    (fixture) => ({ upstream, jobId, clock } = fixture),
  );

  const forwarder = (extra: Partial<ForwarderOptions> = {}) =>
    testForwarder(upstream, {
      clock,
      ...extra,
    });
  const get = (
    forward: (r: Request) => Promise<Response>,
    path: string,
    headers: Record<string, string> = {},
  ) => forward(new Request(`http://localhost/api/batch/jobs/${jobId}${path}`, { headers }));
  const upstreamCount = () => upstream.simulator.requests(jobId).length;

  it('turns identical requests in flight at the same time into one upstream request', async () => {
    const forward = forwarder();
    const responses = await Promise.all(
      Array.from({ length: 25 }, () => get(forward, '/inputs/progress?limit=5')),
    );
    expect(upstreamCount()).to.equal(1);
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(new Set(bodies).size, 'every viewer got the same answer').to.equal(1);
    expect(JSON.parse(bodies[0]!).items).to.have.length(5);
    const outcomes = responses.map((r) => r.headers.get(CACHE_HEADER));
    expect(outcomes.filter((o) => o === 'miss')).to.have.length(1);
    expect(outcomes.filter((o) => o === 'coalesced')).to.have.length(24);
  });

  it('keeps different queries apart, and treats the same query in another order as one', async () => {
    const forward = forwarder();
    await Promise.all([
      get(forward, '/inputs/progress?limit=5&order=desc'),
      get(forward, '/inputs/progress?order=desc&limit=5'),
      get(forward, '/inputs/progress?limit=6&order=desc'),
      get(forward, '/inputs/progress?status=pending&status=processing'),
      // The order of status values orders the buckets: another query.
      get(forward, '/inputs/progress?status=processing&status=pending'),
      get(forward, '/inputs/progress/counts'),
    ]);
    expect(
      upstream.simulator
        .requests(jobId)
        .map((r) => r.search)
        .sort(),
    ).to.deep.equal(
      [
        '?limit=5&order=desc',
        '?limit=6&order=desc',
        '?status=pending&status=processing',
        '?status=processing&status=pending',
        '',
      ].sort(),
    );
  });

  it('serves from the cache until cacheTtlMs has passed on its clock, then asks again', async () => {
    const forward = forwarder({ cacheTtlMs: 1000 });
    const first = await get(forward, '/inputs/progress/counts');
    expect(first.headers.get(CACHE_HEADER)).to.equal('miss');
    clock.advance(999);
    const hit = await get(forward, '/inputs/progress/counts');
    expect(hit.headers.get(CACHE_HEADER)).to.equal('hit');
    expect(await hit.text()).to.equal(await first.text());
    expect(upstreamCount()).to.equal(1);

    upstream.simulator.getJob(jobId)!.advance(60_000);
    clock.advance(1);
    const refreshed = await get(forward, '/inputs/progress/counts');
    expect(refreshed.headers.get(CACHE_HEADER)).to.equal('miss');
    expect(upstreamCount()).to.equal(2);
    const counts = (await refreshed.json()) as { completed: number };
    expect(counts.completed, 'the new answer shows the job moved on').to.be.greaterThan(0);
  });

  it('with cacheTtlMs 0 still coalesces, but caches nothing', async () => {
    const forward = forwarder({ cacheTtlMs: 0 });
    await Promise.all([get(forward, ''), get(forward, '')]);
    expect(upstreamCount()).to.equal(1);
    await get(forward, '');
    expect(upstreamCount()).to.equal(2);
  });

  it('answers 304 to a matching If-None-Match, from the cache or after revalidating', async () => {
    const forward = forwarder();
    const first = await get(forward, '/inputs/progress?limit=4');
    const etag = first.headers.get('etag')!;
    expect(etag, 'an ETag even though the API sent none for this endpoint').to.match(/^W\/".+"$/);

    const cached = await get(forward, '/inputs/progress?limit=4', { 'if-none-match': etag });
    expect(cached.status).to.equal(304);
    expect(await cached.text()).to.equal('');
    expect(cached.headers.get('etag')).to.equal(etag);
    expect(upstreamCount()).to.equal(1);

    // Expired, but the job has not moved: the new answer is the same, so still 304.
    clock.advance(1000);
    const same = await get(forward, '/inputs/progress?limit=4', { 'if-none-match': etag });
    expect(same.status).to.equal(304);
    expect(upstreamCount()).to.equal(2);

    // The job moved: a full answer with a new ETag.
    upstream.simulator.getJob(jobId)!.advance(30_000);
    clock.advance(1000);
    const changed = await get(forward, '/inputs/progress?limit=4', { 'if-none-match': etag });
    expect(changed.status).to.equal(200);
    expect(changed.headers.get('etag')).to.not.equal(etag);
    expect(((await changed.json()) as { items: unknown[] }).items).to.have.length(4);
  });

  it("revalidates with the API's own ETag, so an unchanged answer costs the API no body", async () => {
    const statuses: (number | null)[] = [];
    const forward = forwarder({ onUpstream: (e) => statuses.push(e.status) });
    const first = await get(forward, '/inputs/progress/traces');
    clock.advance(1000);
    const again = await get(forward, '/inputs/progress/traces');
    expect(again.status).to.equal(200);
    expect(await again.text()).to.equal(await first.text());
    expect(again.headers.get('etag')).to.equal(first.headers.get('etag'));
    // The API answered the second time with 304 to the forwarder's If-None-Match.
    expect(statuses).to.deep.equal([200, 304]);
    expect(upstreamCount()).to.equal(2);
  });

  it('sends Cache-Control: private unless the app opts into shared caching', async () => {
    const privately = await get(forwarder(), '');
    expect(privately.headers.get('cache-control')).to.equal('private, no-cache');
    const shared = await get(
      forwarder({ cacheControl: 'public', cacheTtlMs: 2000 }),
      '/inputs/progress/counts',
    );
    expect(shared.headers.get('cache-control')).to.equal('public, max-age=0, s-maxage=2');
    const refused = await get(forwarder({ cacheControl: 'public' }), '/secrets');
    expect(refused.headers.get('cache-control')).to.equal('no-store');
  });

  it('never shares answers between forwarders with different keys, even in one store', async () => {
    const store = memoryStore();
    const other = createForwarder({
      upstream: upstream.url,
      apiKey: 'sk_other_organisation',
      authorize: 'allow-all',
      store,
      clock,
    });
    const ours = forwarder({ store });
    expect((await get(ours, '')).status).to.equal(200);
    // Same store, same query, fresh entry: the other key must still be asked (and refused).
    expect((await get(other, '')).status).to.equal(401);
    expect(upstreamCount()).to.equal(2);
  });

  it('answers without the cache when the store fails, instead of failing', async () => {
    const broken: CacheStore = {
      get: () => Promise.reject(new Error('store down')),
      set: () => Promise.reject(new Error('store down')),
      delete: () => Promise.reject(new Error('store down')),
      claim: () => Promise.reject(new Error('store down')),
    };
    const forward = forwarder({ store: broken });
    const responses = await Promise.all([get(forward, ''), get(forward, '')]);
    expect(responses.map((r) => r.status)).to.deep.equal([200, 200]);
    expect(upstreamCount(), 'still coalesced in the process').to.equal(1);
  });
});
