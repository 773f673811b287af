import { expect } from 'chai';
import { createFakeClock, type FakeClock } from '@input-progress/core/testing';
import { Redis } from 'ioredis';
import { CACHE_HEADER, createForwarder } from './create-forwarder.js';
import { redisStore } from './redis-store.js';
import type { CacheStore } from './cache-store.js';
import type { ForwarderHandler } from './types.js';
import { KEY, startUpstream, type Upstream } from './test-support/http.js';
import { startRedisServer, type RedisServer } from './test-support/redis-server.js';

describe('redisStore: instances sharing one cache through a real redis-server', function () {
  let redis: RedisServer | undefined;
  let upstream: Upstream;
  const clients: Redis[] = [];
  const connect = (): Redis => {
    const client = new Redis(redis!.url, { lazyConnect: false, maxRetriesPerRequest: 1 });
    clients.push(client);
    return client;
  };

  before(async function () {
    const started = await startRedisServer();
    if ('unavailable' in started) {
      // Only where redis-server cannot run at all; CI installs it (scripts/install-test-services.sh).
      console.log(`      skipped: ${started.unavailable}`);
      this.skip();
    }
    redis = started;
    upstream = await startUpstream();
  });
  after(async () => {
    await Promise.all(clients.map((c) => c.quit().catch(() => undefined)));
    await upstream?.close();
    await redis?.stop();
  });

  it('gets, sets with a TTL, deletes and claims once', async () => {
    const store: CacheStore = redisStore(connect(), { keyPrefix: 'test-a:' });
    expect(await store.get('k')).to.equal(undefined);
    await store.set('k', 'v', 60_000);
    expect(await store.get('k')).to.equal('v');
    const raw = connect();
    expect(await raw.pttl('test-a:k')).to.be.within(1, 60_000);
    await store.delete('k');
    expect(await store.get('k')).to.equal(undefined);
    expect(await store.claim('probe', 60_000)).to.equal(true);
    expect(await store.claim('probe', 60_000)).to.equal(false);
    expect(await redisStore(connect(), { keyPrefix: 'test-b:' }).claim('probe', 1000)).to.equal(
      true,
    );
  });

  describe('two forwarder instances, each with its own connection', () => {
    let clock: FakeClock;
    let jobId: string;
    let a: ForwarderHandler;
    let b: ForwarderHandler;
    beforeEach(() => {
      clock = createFakeClock();
      jobId = upstream.simulator.createJob({ inputs: 4, clock: 'manual', seed: 8 }).id;
      const options = {
        upstream: upstream.url,
        apiKey: KEY,
        authorize: 'allow-all',
        clock,
      } as const;
      a = createForwarder({ ...options, store: redisStore(connect()) });
      b = createForwarder({ ...options, store: redisStore(connect()) });
    });
    const get = (forward: ForwarderHandler, path = '/inputs/progress?limit=4') =>
      forward(new Request(`http://localhost/api/batch/jobs/${jobId}${path}`));

    it("serve each other's answers: one upstream request for both", async () => {
      const first = await get(a);
      expect(first.headers.get(CACHE_HEADER)).to.equal('miss');
      const second = await get(b);
      expect(second.headers.get(CACHE_HEADER)).to.equal('hit');
      const body = await second.text();
      expect(body).to.equal(await first.text());
      expect(second.headers.get('etag')).to.equal(first.headers.get('etag'));
      expect(upstream.simulator.requests(jobId)).to.have.length(1);
      // What is stored: the answer as JSON, under a key that names no secret.
      const raw = connect();
      const keys = (await raw.keys('input-progress:*')).filter((k) =>
        k.includes(`${jobId}/inputs/progress`),
      );
      expect(keys).to.have.length(1);
      expect(keys[0]).not.to.include(KEY);
      const stored = JSON.parse((await raw.get(keys[0]!))!) as Record<string, unknown>;
      expect(stored).to.have.keys('status', 'etag', 'upstreamEtag', 'body', 'storedAt');
      expect(stored.body).to.equal(body);
    });

    it("share the API's Retry-After wait and its last good answer", async () => {
      await get(a);
      upstream.simulator
        .getJob(jobId)!
        .setFaults({ rules: [{ kind: 'rate-limit', probability: 1, retryAfter: 3 }] });
      clock.advance(1000);
      expect((await get(a)).headers.get(CACHE_HEADER)).to.equal('stale');
      const fromB = await get(b);
      expect(fromB.status).to.equal(200);
      expect(fromB.headers.get(CACHE_HEADER)).to.equal('stale');
      expect(fromB.headers.get('retry-after')).to.equal('3');
      expect((await get(b, '/inputs/progress/counts')).headers.get(CACHE_HEADER)).to.equal('held');
      expect(upstream.simulator.requests(jobId)).to.have.length(2);

      upstream.simulator.getJob(jobId)!.setFaults(undefined);
      clock.advance(3000);
      await Promise.all([
        get(a),
        get(b),
        get(a, '/inputs/progress/counts'),
        get(b, '/inputs/progress/counts'),
      ]);
      // One probe across both instances; the others held back until it answered.
      expect(upstream.simulator.requests(jobId)).to.have.length(3);
      const after = await get(b, '/inputs/progress/counts');
      expect(after.headers.get(CACHE_HEADER)).to.be.oneOf(['miss', 'hit']);
      expect(after.status).to.equal(200);
    });
  });
});
