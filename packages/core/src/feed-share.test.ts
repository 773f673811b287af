import { expect } from 'chai';
import { clientIdentity } from './client-identity.js';
import { createClient } from './client.js';
import type { FeedOptions, InputProgressFeed } from './feed-types.js';
import { useFeedFixture } from './test-support/feed-fixture.js';
import { countingFetch } from './test-support/simulator.js';
import { nextMacrotask, settled, waitUntil } from './test-support/wait-for.js';

describe('createFeed({ share: true }): one load per client configuration, job and query', () => {
  const fx = useFeedFixture({
    prefix: 'share',
    job: { inputs: 12, concurrency: 3, seed: 5 },
    feed: { share: true },
  });
  const { job, pageRequests } = fx;
  /** A feed as an element builds it: its own client from equal options, shared. */
  const sharedFeed = fx.feedOf;
  const allSettled = (...feeds: InputProgressFeed[]) => Promise.all(feeds.map(settled));

  /** Two feeds of one new job with equal options, both subscribed and loaded. */
  async function twoLoadedFeeds(options: Partial<FeedOptions> = {}) {
    const jobId = await job();
    const a = sharedFeed(jobId, options);
    const b = sharedFeed(jobId, options);
    const leaveA = a.subscribe(() => {});
    const leaveB = b.subscribe(() => {});
    await allSettled(a, b);
    return { jobId, a, b, leaveA, leaveB };
  }

  it('makes one request per interval for two feeds of equal clients, job and query', async () => {
    const { jobId, a, b } = await twoLoadedFeeds();
    expect(await pageRequests(jobId)).to.have.length(1);
    expect(b.getSnapshot().items, 'the same rows').to.equal(a.getSnapshot().items);
    for (let poll = 2; poll <= 4; poll++) {
      fx.env.advance(5000);
      expect(a.getSnapshot().isFetching).to.equal(true);
      expect(b.getSnapshot().isFetching).to.equal(true);
      await allSettled(a, b);
      expect(await pageRequests(jobId)).to.have.length(poll);
    }
    expect(b.getSnapshot().nextPollAt).to.equal(a.getSnapshot().nextPollAt);
  });

  it('a feed that subscribes later shows the shared result and polls in step', async () => {
    const jobId = await job();
    const a = sharedFeed(jobId);
    a.subscribe(() => {});
    await settled(a);
    fx.env.advance(2000);
    const b = sharedFeed(jobId);
    b.subscribe(() => {});
    const s = b.getSnapshot();
    expect(s.status, 'at once, without a request').to.equal('success');
    expect(s.isFetching).to.equal(false);
    expect(s.items).to.equal(a.getSnapshot().items);
    expect(s.lastUpdatedAt).to.equal(a.getSnapshot().lastUpdatedAt);
    expect(s.nextPollAt).to.equal(a.getSnapshot().nextPollAt);
    expect(await pageRequests(jobId)).to.have.length(1);
    fx.env.advance(3000);
    await allSettled(a, b);
    expect(await pageRequests(jobId)).to.have.length(2);
    // A feed polling faster leads; the slower one shows each result and never asks itself.
    b.setPollInterval(1000);
    for (let second = 1; second <= 5; second++) {
      fx.env.advance(1000);
      await allSettled(a, b);
    }
    expect(await pageRequests(jobId)).to.have.length(7);
    expect(a.getSnapshot().lastUpdatedAt).to.equal(b.getSnapshot().lastUpdatedAt);
  });

  it('loads separately for different queries, jobs and client configurations', async () => {
    const jobId = await job();
    const otherJob = await job();
    const feeds = [
      sharedFeed(jobId),
      sharedFeed(jobId, { query: { limit: 5, statuses: ['pending'] } }),
      sharedFeed(jobId, { query: { limit: 5, offset: 5 } }),
      sharedFeed(jobId, {}, { apiKey: 'key-one' }),
      sharedFeed(jobId, {}, { apiKey: 'key-two' }),
      // Clients with a fetch of their own are each only themselves.
      sharedFeed(jobId, {}, { fetch: (input, init) => fetch(input, init) }),
      sharedFeed(otherJob),
    ];
    for (const feed of feeds) feed.subscribe(() => {});
    await Promise.all(feeds.map(settled));
    expect(await pageRequests(jobId)).to.have.length(6);
    expect(await pageRequests(otherJob)).to.have.length(1);
    // Moving to a query another feed shows reuses its fresh result.
    feeds[1]!.setQuery({ statuses: [] });
    expect(feeds[1]!.getSnapshot().items).to.equal(feeds[0]!.getSnapshot().items);
    expect(await pageRequests(jobId)).to.have.length(6);
  });

  it('keeps the API key out of the key that identifies a client configuration', () => {
    const secret = 'sk-very-secret-key';
    const one = clientIdentity(createClient({ baseUrl: fx.sim.url, apiKey: secret }));
    const two = clientIdentity(createClient({ baseUrl: fx.sim.url, apiKey: secret }));
    expect(one).to.equal(two);
    expect(one).to.not.contain(secret);
    expect(clientIdentity(createClient({ baseUrl: fx.sim.url, apiKey: 'another' }))).to.not.equal(
      one,
    );
  });

  it('without share, equal feeds load on their own', async () => {
    const { jobId } = await twoLoadedFeeds({ share: false });
    expect(await pageRequests(jobId)).to.have.length(2);
  });

  it('backs off in step after a shared failure: one request per retry', async () => {
    const { jobId, a, b } = await twoLoadedFeeds();
    await fx.sim.control.setFaults(jobId, { rules: [{ kind: 'server-error', probability: 1 }] });
    for (let failures = 1; failures <= 3; failures++) {
      fx.env.advance(a.getSnapshot().nextPollAt! - fx.env.now());
      await allSettled(a, b);
      expect(a.getSnapshot().failureCount).to.equal(failures);
      expect(b.getSnapshot().failureCount).to.equal(failures);
      expect(b.getSnapshot().nextPollAt).to.equal(a.getSnapshot().nextPollAt);
    }
    expect(await pageRequests(jobId)).to.have.length(4);
  });

  it('aborts a shared load only when the last feed waiting for it leaves', async () => {
    const jobId = await job();
    await fx.sim.control.hold(jobId);
    const fetch = countingFetch();
    // A client with a fetch of its own shares with itself only: both feeds get the one object.
    const client = createClient({ baseUrl: fx.sim.url, clock: fx.env, fetch });
    const a = sharedFeed(jobId, { client });
    const b = sharedFeed(jobId, { client });
    const leaveA = a.subscribe(() => {});
    const leaveB = b.subscribe(() => {});
    expect(fetch.calls, 'the page and the counts, once').to.equal(2);
    leaveA();
    expect(b.getSnapshot().isFetching).to.equal(true);
    await fx.sim.control.release(jobId);
    const s = await settled(b);
    expect(s.status, 'the load went on for the feed still waiting').to.equal('success');
    await fx.sim.control.hold(jobId);
    b.refresh();
    expect(fetch.inFlight).to.equal(2);
    leaveB();
    // Nobody waits: aborted (every answer is held, so only an abort ends the requests).
    await waitUntil(() => fetch.inFlight === 0, 'the aborted requests end');
    await fx.sim.control.release(jobId);
  });

  it('releases the shared load with the last unsubscribe: nothing scheduled, nothing listening', async () => {
    const { jobId, leaveA, leaveB } = await twoLoadedFeeds();
    leaveA();
    expect(fx.env.timerCount, 'b still polls').to.equal(1);
    leaveB();
    expect(fx.env.timerCount).to.equal(0);
    expect(fx.env.listenerCount).to.equal(0);
    fx.env.advance(600_000);
    expect(await pageRequests(jobId), 'no request after the last feed left').to.have.length(1);
  });

  it('keeps the last page of a query nobody watches for 5 minutes: a feed that comes back shows it at once', async () => {
    const { jobId, a, leaveA, leaveB } = await twoLoadedFeeds();
    const items = a.getSnapshot().items;
    leaveA();
    leaveB();
    // The key is dropped (its page kept) at the end of the task its last feed left in.
    await nextMacrotask();
    // Back within the poll interval: the kept page, and no request.
    fx.env.advance(1000);
    const c = sharedFeed(jobId);
    const leaveC = c.subscribe(() => {});
    expect(c.getSnapshot().status, 'at once').to.equal('success');
    expect(c.getSnapshot().items).to.equal(items);
    expect(c.getSnapshot().isFetching, 'younger than the poll interval').to.equal(false);
    leaveC();
    await nextMacrotask();
    // Back a minute later: the kept page at once, and a load of the current one.
    fx.env.advance(60_000);
    const d = sharedFeed(jobId);
    const leaveD = d.subscribe(() => {});
    expect(d.getSnapshot().items, 'the kept page while the next loads').to.equal(items);
    expect(d.getSnapshot().isFetching).to.equal(true);
    await settled(d);
    leaveD();
    await nextMacrotask();
    expect(await pageRequests(jobId)).to.have.length(2);
    // Back after 5 minutes: nothing kept, a fresh load.
    fx.env.advance(5 * 60_000);
    const e = sharedFeed(jobId);
    const leaveE = e.subscribe(() => {});
    expect(e.getSnapshot().status, 'loading afresh').to.equal('loading');
    await settled(e);
    leaveE();
    expect(await pageRequests(jobId)).to.have.length(3);
  });
});
