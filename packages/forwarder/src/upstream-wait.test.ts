import { expect } from 'chai';
import { RETRY_AFTER_CASES, RETRY_AFTER_NOW, type FakeClock } from '@input-progress/core/testing';
import { CACHE_HEADER } from './create-forwarder.js';
import { memoryStore } from './memory-store.js';
import { waitSeconds } from './upstream-wait.js';
import type { ForwarderOptions } from './types.js';
import { testForwarder, useUpstreamJob, type Upstream } from './test-support/http.js';

describe('429 / 503 with Retry-After: the last good answer, and no stampede', () => {
  let upstream: Upstream;
  let jobId: string;
  let clock: FakeClock;
  /** The forwarder clock's time of every request that reached the API. */
  let sentAt: number[];
  useUpstreamJob({ inputs: 5, seed: 2 }, (fixture) => ({ upstream, jobId, clock } = fixture));
  beforeEach(() => {
    sentAt = [];
  });

  const forwarder = (extra: Partial<ForwarderOptions> = {}) =>
    testForwarder(upstream, {
      clock,
      onUpstream: () => sentAt.push(clock.now()),
      ...extra,
    });
  const get = (forward: (r: Request) => Promise<Response>, path = '/inputs/progress?limit=5') =>
    forward(new Request(`http://localhost/api/batch/jobs/${jobId}${path}`));
  const answerWith = (
    kind: 'rate-limit' | 'server-error',
    retryAfter: number | string,
    status?: number,
  ) =>
    upstream.simulator.getJob(jobId)!.setFaults({
      rules: [{ kind, probability: 1, retryAfter, ...(status ? { status } : {}) }],
    });
  const answerNormally = () => upstream.simulator.getJob(jobId)!.setFaults(undefined);

  it('serves the last good body, marked stale, with the remaining Retry-After while the API says 429', async () => {
    const forward = forwarder();
    const good = await get(forward);
    const goodBody = await good.text();
    expect(good.headers.get(CACHE_HEADER)).to.equal('miss');

    answerWith('rate-limit', 5);
    clock.advance(1000);
    const first = await get(forward);
    expect(first.status).to.equal(200);
    expect(first.headers.get(CACHE_HEADER)).to.equal('stale');
    expect(first.headers.get('retry-after')).to.equal('5');
    expect(first.headers.get('cache-control')).to.equal('no-store');
    expect(await first.text()).to.equal(goodBody);

    clock.advance(2000);
    const later = await get(forward);
    expect(later.headers.get(CACHE_HEADER)).to.equal('stale');
    expect(later.headers.get('retry-after')).to.equal('3');
    expect(later.headers.get('age')).to.equal('3');
    expect(sentAt).to.have.length(2);
  });

  it('once the API asked to wait, lets no more than one request per Retry-After reach it', async () => {
    const forward = forwarder();
    await Promise.all([get(forward), get(forward, '/inputs/progress/counts')]);
    answerWith('rate-limit', 4);
    clock.advance(1000);
    expect((await get(forward)).headers.get(CACHE_HEADER)).to.equal('stale');
    sentAt = [clock.now()];
    const statuses = new Set<number>();
    // 40 s of a crowd: every 100 ms, three viewers on the list and one on the counts.
    for (let step = 0; step < 400; step++) {
      clock.advance(100);
      const responses = await Promise.all([
        get(forward),
        get(forward),
        get(forward),
        get(forward, '/inputs/progress/counts'),
      ]);
      for (const r of responses) statuses.add(r.status);
    }
    expect([...statuses], 'viewers kept their last good answers').to.deep.equal([200]);
    const gaps = sentAt.slice(1).map((t, i) => t - sentAt[i]!);
    expect(Math.min(...gaps), 'ms between two upstream requests').to.be.at.least(4000);
    // 40 s / 4 s: ten probes after the first 429.
    expect(sentAt).to.have.length(11);
    expect(upstream.simulator.requests(jobId)).to.have.length(2 + sentAt.length);

    // The API recovers: one probe after the wait, then answers are fresh again.
    answerNormally();
    clock.advance(4000);
    const recovered = await get(forward);
    expect(recovered.headers.get(CACHE_HEADER)).to.equal('miss');
    expect(recovered.headers.get('retry-after')).to.equal(null);
    const counts = await get(forward, '/inputs/progress/counts');
    expect(counts.headers.get(CACHE_HEADER)).to.equal('miss');
  });

  it('passes the 429 and its Retry-After on when there is no good answer to fall back on', async () => {
    answerWith('rate-limit', 7);
    const forward = forwarder();
    const first = await get(forward);
    expect(first.status).to.equal(429);
    expect(first.headers.get('retry-after')).to.equal('7');
    const body = (await first.json()) as { errors: { code: string }[] };
    expect(body.errors[0]!.code, "the API's own error").to.be.a('string');

    clock.advance(2000);
    const held = await get(forward);
    expect(held.status).to.equal(429);
    expect(held.headers.get(CACHE_HEADER)).to.equal('held');
    expect(held.headers.get('retry-after')).to.equal('5');
    expect(((await held.json()) as { errors: { code: string }[] }).errors[0]!.code).to.equal(
      'rate_limited',
    );
    expect(sentAt).to.have.length(1);
  });

  it('treats 503 with Retry-After (seconds or an HTTP date) the same way', async () => {
    const forward = forwarder();
    await get(forward);
    answerWith('server-error', new Date(clock.now() + 1000 + 6000).toUTCString(), 503);
    clock.advance(1000);
    const stale = await get(forward);
    expect(stale.status).to.equal(200);
    expect(stale.headers.get(CACHE_HEADER)).to.equal('stale');
    expect(stale.headers.get('retry-after')).to.equal('6');
    clock.advance(5999);
    await get(forward);
    expect(sentAt).to.have.length(2);
  });

  it('shares the wait between instances that share a store: one probe after it, in all', async () => {
    const store = memoryStore();
    const a = forwarder({ store });
    const b = forwarder({ store });
    await get(a);
    answerWith('rate-limit', 3);
    clock.advance(1000);
    expect((await get(a)).headers.get(CACHE_HEADER)).to.equal('stale');
    expect(sentAt).to.have.length(2);
    // b has its own process memory but the same store: it holds off too.
    expect((await get(b)).headers.get(CACHE_HEADER)).to.equal('stale');
    expect((await get(b, '/inputs/progress/counts')).status).to.equal(429);
    expect(sentAt).to.have.length(2);
    clock.advance(3000);
    await Promise.all([get(a), get(b), get(b, '/inputs/progress/counts'), get(a, '')]);
    expect(sentAt, 'one probe across both instances').to.have.length(3);
  });

  it("reads Retry-After with core's parser (the shared table), then holds off 1 s to 1 h", () => {
    const held = RETRY_AFTER_CASES.map(([value]) => [value, waitSeconds(value, RETRY_AFTER_NOW)]);
    // The forwarder's policy on each reading: whole seconds, at least 1, at most 3600; no
    // readable wait (null) holds off the minimum.
    const policy = RETRY_AFTER_CASES.map(([value, ms]) => [
      value,
      Math.min(3600, Math.max(1, Math.ceil((ms ?? 0) / 1000))),
    ]);
    expect(held).to.deep.equal(policy);
    expect(waitSeconds('0x10', RETRY_AFTER_NOW), 'hex is not 16 s').to.equal(1);
    expect(waitSeconds('999999', RETRY_AFTER_NOW)).to.equal(3600);
    expect(waitSeconds('Tue, 14 Apr 2026 10:00:30 GMT', RETRY_AFTER_NOW)).to.equal(30);
  });
});
