import { expect } from 'chai';
import type { JobConfig } from '@input-progress/simulator';
import type { InputProgressClient } from './client-options.js';
import { createClient } from './client.js';
import { ApiError, InputProgressError } from './errors.js';
import type { FeedOptions, FeedSnapshot, InputProgressFeed } from './feed-types.js';
import { createFeed } from './feed.js';
import { STEADY_INPUTS, useFeedFixture } from './test-support/feed-fixture.js';
import {
  countingFetch,
  startTestSimulator,
  uniqueJobId,
  type TestSimulator,
} from './test-support/simulator.js';
import { nextMacrotask, settled, waitForSnapshot, waitUntil } from './test-support/wait-for.js';

describe('createFeed (fake time, real HTTP)', () => {
  const fx = useFeedFixture({ prefix: 'feed', job: { inputs: 12, concurrency: 3, seed: 11 } });
  const { job, pageRequests, clientOf, feedOf } = fx;

  /**
   * Waits until no timer is armed on the one clock: no poll is scheduled and no request is left
   * (a failed page settles the load at once; its counts request ends a moment later, clearing
   * its timeout). A scheduled poll never ends on its own, so this still fails when one is.
   */
  const nothingArmed = () =>
    waitUntil(
      () => fx.env.timerCount === 0,
      () => `no timer armed (${fx.env.timerCount} are)`,
    );

  /** A feed of a new job (`config`), subscribed and through its first load. */
  async function startedFeed(config: JobConfig = {}, options: Partial<FeedOptions> = {}) {
    const jobId = await job(config);
    const feed = feedOf(jobId, options);
    await started(feed);
    return { jobId, feed };
  }

  /** A feed of a new job whose answers are all held, subscribed; its fetch counts requests. */
  async function heldFeed() {
    const jobId = await job();
    await fx.sim.control.hold(jobId);
    const fetch = countingFetch();
    const feed = feedOf(jobId, {}, { fetch });
    feed.subscribe(() => {});
    return { jobId, feed, fetch };
  }

  /** Subscribes (starting the feed) and waits for the first load to settle. */
  async function started(feed: InputProgressFeed) {
    const seen: FeedSnapshot[] = [];
    feed.subscribe((s) => seen.push(s));
    await settled(feed);
    return seen;
  }

  describe('1. polling', () => {
    it('polls every pollInterval while inputs are pending or processing', async () => {
      const { jobId, feed } = await startedFeed();
      const first = feed.getSnapshot();
      expect(first.status).to.equal('success');
      expect(first.live).to.equal('live');
      expect(first.nextPollAt).to.equal(first.lastUpdatedAt! + 5000);
      expect(await fx.sim.control.requests(jobId)).to.have.length(2); // the page and the counts
      fx.env.advance(4999);
      expect(feed.getSnapshot().isFetching).to.equal(false);
      fx.env.advance(1);
      expect(feed.getSnapshot().isFetching).to.equal(true);
      await settled(feed);
      expect(await fx.sim.control.requests(jobId)).to.have.length(4);
      expect(feed.getSnapshot().nextPollAt).to.equal(fx.env.now() + 5000);
    });

    it('stops when everything is terminal and resumes loading on refresh() or a query change', async () => {
      const { jobId, feed } = await startedFeed({ elapsedMs: 'finished' });
      expect(feed.getSnapshot().live).to.equal('stopped');
      expect(feed.getSnapshot().nextPollAt).to.equal(null);
      expect(fx.env.timerCount).to.equal(0);
      fx.env.advance(600_000);
      expect(await fx.sim.control.requests(jobId)).to.have.length(2);
      await feed.refresh();
      expect(await fx.sim.control.requests(jobId)).to.have.length(4);
      feed.setQuery({ statuses: ['failed', 'completed'] });
      await settled(feed);
      const requests = await pageRequests(jobId);
      expect(requests).to.have.length(3);
      expect(requests[2]!.search).to.contain('status=failed&status=completed');
    });

    it('does not poll when pollInterval is 0', async () => {
      const { feed } = await startedFeed({}, { pollInterval: 0 });
      expect(feed.getSnapshot().live).to.equal('stopped');
      expect(fx.env.timerCount).to.equal(0);
    });

    it('setPollInterval() re-decides the schedule at once, keeping the data', async () => {
      const { jobId, feed } = await startedFeed();
      const loaded = feed.getSnapshot();
      feed.setPollInterval(1000);
      expect(feed.getSnapshot().nextPollAt).to.equal(loaded.lastUpdatedAt! + 1000);
      expect(feed.getSnapshot().items).to.equal(loaded.items);
      fx.env.advance(1000);
      expect(feed.getSnapshot().isFetching).to.equal(true);
      await settled(feed);
      expect(await pageRequests(jobId)).to.have.length(2);

      feed.setPollInterval(0);
      expect(feed.getSnapshot().live).to.equal('stopped');
      expect(feed.getSnapshot().nextPollAt).to.equal(null);
      expect(fx.env.timerCount).to.equal(0);
      fx.env.advance(60_000);
      expect(await pageRequests(jobId)).to.have.length(2);

      // Back on after a minute without polls: the data is older than the interval, so now.
      feed.setPollInterval(2000);
      expect(feed.getSnapshot().nextPollAt).to.be.at.most(fx.env.now());
      fx.env.advance(0); // an overdue timer fires on the next turn, as a real timer with a past due time does
      expect(feed.getSnapshot().isFetching).to.equal(true);
      const s = await settled(feed);
      expect(await pageRequests(jobId)).to.have.length(3);
      expect(s.live).to.equal('live');
      expect(s.nextPollAt).to.equal(fx.env.now() + 2000);
    });

    it('never stacks a second load when a tick or refresh comes during a load', async () => {
      const { jobId, feed } = await startedFeed();
      await fx.sim.control.hold(jobId);
      fx.env.advance(5000);
      expect(feed.getSnapshot().isFetching).to.equal(true);
      const again = feed.refresh();
      // Two more poll intervals pass while the load is held (within the client's timeout).
      fx.env.advance(10_000);
      expect(feed.getSnapshot().isFetching).to.equal(true);
      await fx.sim.control.release(jobId);
      await again;
      await settled(feed);
      expect(await pageRequests(jobId)).to.have.length(2);
    });
  });

  describe('2. visibility and network', () => {
    /** Answers every request with 429 and Retry-After: 30 from the next poll on; the retry time. */
    async function rateLimitedAtNextPoll(jobId: string, feed: InputProgressFeed) {
      await fx.sim.control.setFaults(jobId, {
        rules: [{ kind: 'rate-limit', probability: 1, retryAfter: 30 }],
      });
      fx.env.advance(5000);
      const limited = await settled(feed);
      expect(limited.live).to.equal('backing-off');
      expect(limited.nextPollAt! - fx.env.now()).to.equal(30_000);
      return limited.nextPollAt!;
    }

    /** The feed backs off until `retryAt`, with nothing in flight. */
    function expectWaitingFor(feed: InputProgressFeed, retryAt: number, why: string) {
      const s = feed.getSnapshot();
      expect(s.isFetching, why).to.equal(false);
      expect(s.live).to.equal('backing-off');
      expect(s.nextPollAt).to.equal(retryAt);
    }

    it('pauses while hidden and refreshes once at once when shown again', async () => {
      const { jobId, feed } = await startedFeed();
      fx.env.setVisible(false);
      expect(feed.getSnapshot().live).to.equal('paused-hidden');
      expect(fx.env.timerCount).to.equal(0);
      fx.env.advance(120_000);
      expect(await pageRequests(jobId)).to.have.length(1);
      fx.env.setVisible(true);
      expect(feed.getSnapshot().isFetching).to.equal(true);
      await settled(feed);
      expect(await pageRequests(jobId)).to.have.length(2);
      expect(feed.getSnapshot().live).to.equal('live');
      expect(feed.getSnapshot().nextPollAt).to.equal(fx.env.now() + 5000);
    });

    it('shown again after failures, waits for the backoff and Retry-After instead of fetching at once', async () => {
      const { jobId, feed } = await startedFeed();
      const retryAt = await rateLimitedAtNextPoll(jobId, feed);
      fx.env.setVisible(false);
      fx.env.advance(10_000);
      fx.env.setVisible(true);
      expectWaitingFor(feed, retryAt, 'no request 20 s before Retry-After');
      fx.env.advance(retryAt - fx.env.now() - 1);
      expect(await pageRequests(jobId)).to.have.length(2);

      // Hidden past the retry time: shown again, the overdue retry runs at once.
      fx.env.setVisible(false);
      fx.env.advance(60_000);
      await fx.sim.control.setFaults(jobId, {});
      fx.env.setVisible(true);
      fx.env.advance(0);
      expect(feed.getSnapshot().isFetching).to.equal(true);
      const s = await settled(feed);
      expect(s.status).to.equal('success');
      expect(await pageRequests(jobId)).to.have.length(3);
    });

    it('makes no request while offline and refreshes on reconnect', async () => {
      const { jobId, feed } = await startedFeed();
      fx.env.setOnline(false);
      expect(feed.getSnapshot().live).to.equal('offline');
      fx.env.advance(120_000);
      await feed.refresh();
      expect(await pageRequests(jobId)).to.have.length(1);
      fx.env.setOnline(true);
      await settled(feed);
      expect(await pageRequests(jobId)).to.have.length(2);
      expect(feed.getSnapshot().live).to.equal('live');
    });

    it('back online after failures, loads at once instead of waiting out the backoff', async () => {
      const { jobId, feed } = await startedFeed();
      await fx.sim.control.setFaults(jobId, { rules: [{ kind: 'server-error', probability: 1 }] });
      for (let failures = 1; failures <= 3; failures++) {
        fx.env.advance(feed.getSnapshot().nextPollAt! - fx.env.now());
        await settled(feed);
      }
      expect(feed.getSnapshot().nextPollAt! - fx.env.now()).to.be.above(30_000);
      fx.env.setOnline(false);
      await fx.sim.control.setFaults(jobId, {});
      fx.env.setOnline(true);
      expect(feed.getSnapshot().isFetching, 'loading on the event itself').to.equal(true);
      const s = await settled(feed);
      expect(s.status).to.equal('success');
      expect(s.live).to.equal('live');
    });

    it('back online, still honours a Retry-After the server asked for', async () => {
      const { jobId, feed } = await startedFeed();
      const retryAt = await rateLimitedAtNextPoll(jobId, feed);
      fx.env.setOnline(false);
      fx.env.advance(10_000);
      await fx.sim.control.setFaults(jobId, {});
      fx.env.setOnline(true);
      expectWaitingFor(feed, retryAt, 'no request 20 s before Retry-After');
      fx.env.advance(retryAt - fx.env.now());
      const s = await settled(feed);
      expect(s.status).to.equal('success');
      // Offline past the Retry-After time: back online, it loads at once.
      await rateLimitedAtNextPoll(jobId, feed);
      fx.env.setOnline(false);
      fx.env.advance(31_000);
      fx.env.setOnline(true);
      expect(feed.getSnapshot().isFetching).to.equal(true);
    });

    it('aborts a load in flight when the network goes away', async () => {
      const { jobId, feed, fetch } = await heldFeed();
      await waitUntil(async () => (await pageRequests(jobId)).length === 1, 'the load is held');
      fx.env.setOnline(false);
      expect(feed.getSnapshot().isFetching).to.equal(false);
      // Answered now, a load that was not aborted would land and show its page.
      await fx.sim.control.release(jobId);
      await waitUntil(() => fetch.inFlight === 0, 'both requests ended');
      await fx.env.advanceAsync(0);
      expect(feed.getSnapshot().status).to.equal('loading');
      expect(feed.getSnapshot().error).to.equal(null);
    });
  });

  describe('3. errors', () => {
    it('backs off with jitter, keeps the last good page beside the error, and resets on success', async () => {
      const { jobId, feed } = await startedFeed();
      const good = feed.getSnapshot().items;
      await fx.sim.control.setFaults(jobId, { rules: [{ kind: 'server-error', probability: 1 }] });
      fx.env.advance(5000);
      let s = await settled(feed);
      expect(s.status).to.equal('error');
      expect(s.error).to.be.instanceOf(ApiError);
      expect(s.items).to.equal(good);
      expect(s.live).to.equal('backing-off');
      expect(s.failureCount).to.equal(1);
      expect(s.nextPollAt! - fx.env.now()).to.be.within(8000, 12_000);
      fx.env.advance(s.nextPollAt! - fx.env.now());
      s = await settled(feed);
      expect(s.failureCount).to.equal(2);
      expect(s.nextPollAt! - fx.env.now()).to.be.within(16_000, 24_000);
      await fx.sim.control.setFaults(jobId, {});
      fx.env.advance(s.nextPollAt! - fx.env.now());
      s = await settled(feed);
      expect(s.status).to.equal('success');
      expect(s.error).to.equal(null);
      expect(s.failureCount).to.equal(0);
      expect(s.live).to.equal('live');
      expect(s.nextPollAt).to.equal(fx.env.now() + 5000);
    });

    it('keeps the page and the last counts when only the counts request fails, and says why', async () => {
      const { jobId, feed } = await startedFeed({ ...STEADY_INPUTS, metrics: 'full' });
      const before = feed.getSnapshot();
      expect(before.countsError).to.equal(null);
      await fx.sim.control.setFaults(jobId, {
        rules: [{ kind: 'server-error', probability: 1, endpoints: ['counts'] }],
      });
      await fx.sim.control.advance(jobId, 3000);
      fx.env.advance(5000);
      let s = await settled(feed);
      expect(s.status).to.equal('success');
      expect(s.error).to.equal(null);
      expect(s.failureCount).to.equal(0);
      expect(s.items, 'the new page is shown').to.not.equal(before.items);
      expect(s.items.slice(0, 3).map((row) => row.percent)).to.deep.equal([30, 30, 30]);
      expect(s.counts, 'the last good counts stay').to.equal(before.counts);
      expect(s.countsError).to.be.instanceOf(ApiError);
      expect((s.countsError as ApiError).status).to.equal(500);
      // No backoff of its own: the counts are asked for again with the next regular poll.
      expect(s.live).to.equal('live');
      expect(s.nextPollAt).to.equal(fx.env.now() + 5000);
      await fx.sim.control.setFaults(jobId, {});
      await fx.sim.control.advance(jobId, 10_000); // the first three inputs complete
      fx.env.advance(5000);
      s = await settled(feed);
      expect(s.countsError).to.equal(null);
      expect(s.counts).to.include({ pending: 6, processing: 3, completed: 3, failed: 0 });
    });

    it('shows the first page even when its counts never loaded', async () => {
      const jobId = await job();
      await fx.sim.control.setFaults(jobId, {
        rules: [{ kind: 'server-error', probability: 1, endpoints: ['counts'] }],
      });
      const feed = feedOf(jobId);
      await started(feed);
      const s = feed.getSnapshot();
      expect(s.status).to.equal('success');
      expect(s.items).to.have.length(5);
      expect(s.total).to.equal(12);
      expect(s.counts).to.equal(null);
      expect(s.countsError).to.be.instanceOf(ApiError);
      expect(s.live).to.equal('live');
    });

    it('waits at least as long as Retry-After asks', async () => {
      const jobId = await job();
      await fx.sim.control.setFaults(jobId, {
        rules: [{ kind: 'rate-limit', nth: 1, retryAfter: 30, endpoints: ['progress'] }],
      });
      const feed = feedOf(jobId);
      const s = (await started(feed)) && feed.getSnapshot();
      expect(s.live).to.equal('backing-off');
      expect(s.nextPollAt! - fx.env.now()).to.equal(30_000);
    });

    for (const status of [401, 403, 404]) {
      it(`stops polling after a ${status} until the query changes, then resumes`, async () => {
        const jobId = status === 404 ? 'job_does_not_exist' : await job();
        const fetch = countingFetch();
        let denied = true;
        const client: InputProgressClient =
          status === 404
            ? clientOf({ fetch })
            : clientOf({
                fetch: async (input, init) => {
                  // The shared simulator runs without keys: turn its real answer into a denial.
                  const response = await fetch(input, init);
                  return denied
                    ? new Response(JSON.stringify({ detail: 'Not allowed' }), { status })
                    : response;
                },
              });
        const feed = feedOf(jobId, { client });
        const s = (await started(feed)) && feed.getSnapshot();
        expect(s.status).to.equal('error');
        expect((s.error as ApiError).status).to.equal(status);
        expect(s.live).to.equal('stopped');
        await nothingArmed();
        fx.env.advance(600_000);
        expect(fetch.calls).to.equal(2);
        denied = false;
        feed.setQuery({ order: 'desc' });
        const after = await settled(feed);
        expect(fetch.calls).to.equal(4);
        // An unknown job stays unknown; a granted key resumes live polling.
        expect(after.live).to.equal(status === 404 ? 'stopped' : 'live');
      });
    }
    /** A started feed whose client is the real one with `changes` made to it. */
    async function startedWithClient(changes: Partial<InputProgressClient>) {
      const feed = feedOf(await job(), { client: { ...clientOf(), ...changes } });
      await started(feed);
      return feed;
    }
    /** A started feed whose client's `method` throws `error` synchronously. */
    const startedWithThrowing = (method: keyof InputProgressClient, error: Error) =>
      startedWithClient({
        [method]: () => {
          throw error;
        },
      });

    it('shows a visible error, not a crash, when a custom client answers nonsense', async () => {
      const feed = await startedWithClient({ listInputsProgress: async () => ({}) as never });
      const s = feed.getSnapshot();
      expect(s.status).to.equal('error');
      expect(s.error).to.be.instanceOf(InputProgressError);
      expect(s.live).to.equal('backing-off');
      await feed.refresh();
    });

    it('treats a client method that throws synchronously as a failure like any other', async () => {
      const feed = await startedWithThrowing('listInputsProgress', new Error('boom'));
      const s = feed.getSnapshot();
      expect(s.status).to.equal('error');
      expect(s.error).to.be.instanceOf(InputProgressError);
      expect(s.error!.message).to.equal('boom');
      expect(s.failureCount).to.equal(1);
      expect(s.live).to.equal('backing-off');
      expect(s.nextPollAt! - fx.env.now()).to.be.within(8000, 12_000);
    });

    it('treats a counts method that throws synchronously as a failed counts request only', async () => {
      const feed = await startedWithThrowing(
        'getInputsProgressCounts',
        new TypeError('no counts here'),
      );
      const s = feed.getSnapshot();
      expect(s.status).to.equal('success');
      expect(s.items).to.have.length(5);
      expect(s.countsError).to.be.instanceOf(InputProgressError);
      expect(s.countsError!.message).to.equal('no counts here');
      expect(s.live).to.equal('live');
    });
  });

  describe('4. obsolete loads', () => {
    it('aborts the load of a query that a newer one replaced', async () => {
      const { jobId, feed, fetch } = await heldFeed();
      feed.setQuery({ statuses: ['pending'] });
      expect(fetch.calls).to.equal(4);
      // Every answer is held: only an abort ends the first load's two requests.
      await waitUntil(() => fetch.inFlight === 2, 'the first load was aborted');
      await fx.sim.control.release(jobId);
      const s = await settled(feed);
      expect(s.query.statuses).to.deep.equal(['pending']);
      expect(s.items.every((row) => row.input.status === 'pending')).to.equal(true);
    });

    it('drops a refresh() of the old query when the query changes without subscribers', async () => {
      const jobId = await job({
        elapsedMs: 'finished',
        failureRate: 0,
        inputOverrides: [{ fails: true }, { fails: true }],
      });
      await fx.sim.control.hold(jobId);
      const feed = feedOf(jobId);
      const loading = feed.refresh();
      await waitUntil(async () => (await pageRequests(jobId)).length === 1, 'the refresh is held');
      feed.setQuery({ statuses: ['failed'] });
      await fx.sim.control.release(jobId);
      await loading;
      await fx.env.advanceAsync(0);
      let s = feed.getSnapshot();
      expect(s.query.statuses).to.deep.equal(['failed']);
      expect(s.isFetching).to.equal(false);
      expect(s.items, 'no unfiltered rows under the failed filter').to.deep.equal([]);
      expect(s.total).to.equal(null);
      await feed.refresh();
      s = feed.getSnapshot();
      expect(s.status).to.equal('success');
      expect(s.isPlaceholder).to.equal(false);
      expect(s.total).to.equal(2);
      expect(s.items.map((row) => row.input.status)).to.deep.equal(['failed', 'failed']);
    });

    it('drops a late response of an older query', async () => {
      const jobId = await job();
      const real = clientOf();
      const calls: Array<Promise<unknown>> = [];
      let answerFirst = () => {};
      const firstHeld = new Promise<void>((resolve) => (answerFirst = resolve));
      // A client that ignores abort signals and answers its first call last.
      const stubborn: InputProgressClient = {
        listInputsProgress: (id, query) => {
          const first = calls.length === 0;
          const call = real.listInputsProgress(id, query).then(async (page) => {
            if (first) await firstHeld;
            return page;
          });
          calls.push(call);
          return call;
        },
        getInputsProgressCounts: (id, params) => real.getInputsProgressCounts(id, params),
        getJob: (id) => real.getJob(id),
        getInputsProgressTraces: (id, query) => real.getInputsProgressTraces(id, query),
      };
      const feed = feedOf(jobId, { client: stubborn });
      const seen: FeedSnapshot[] = [];
      feed.subscribe((s) => seen.push(s));
      feed.setQuery({ statuses: ['pending'] });
      await settled(feed);
      expect(calls).to.have.length(2);
      answerFirst();
      await calls[0];
      await fx.env.advanceAsync(0);
      expect(
        seen
          .filter((s) => s.status === 'success')
          .every((s) => s.items.every((r) => r.input.status === 'pending')),
      ).to.equal(true);
      expect(feed.getSnapshot().total).to.equal(9);
    });
  });

  describe('5. placeholder', () => {
    it('keeps the previous page while the next one loads', async () => {
      const { jobId, feed } = await startedFeed();
      const page1 = feed.getSnapshot();
      expect(page1.total).to.equal(12);
      expect(page1.pageCount).to.equal(3);
      await fx.sim.control.hold(jobId);
      feed.nextPage();
      const loading = feed.getSnapshot();
      expect(loading.isPlaceholder).to.equal(true);
      expect(loading.isFetching).to.equal(true);
      expect(loading.items).to.equal(page1.items);
      expect(loading.page).to.equal(2);
      expect(loading.total, 'same filter: the total still holds').to.equal(12);
      await fx.sim.control.release(jobId);
      const page2 = await settled(feed);
      expect(page2.isPlaceholder).to.equal(false);
      expect(page2.items.map((r) => r.input.id)).to.not.include(page1.items[0]!.input.id);
    });

    it('does not take totals from a placeholder of another filter', async () => {
      const { feed } = await startedFeed();
      feed.setQuery({ statuses: ['processing'] });
      const loading = feed.getSnapshot();
      expect(loading.isPlaceholder).to.equal(true);
      expect(loading.total).to.equal(null);
      expect(loading.pageCount).to.equal(0);
      expect(loading.page).to.equal(1);
      const done = await settled(feed);
      expect(done.total).to.equal(3);
      expect(done.pageCount).to.equal(1);
    });

    it('goes to the last page when the list shrinks below the current one', async () => {
      const { jobId, feed } = await startedFeed(
        {},
        { query: { limit: 2, statuses: ['processing'] } },
      );
      feed.goToPage(2);
      let s = await settled(feed);
      expect(s.page).to.equal(2);
      await fx.sim.control.advance(jobId, 10 * 60_000); // everything finishes: nothing processing
      await feed.refresh();
      s = feed.getSnapshot();
      expect(s.total).to.equal(0);
      expect(s.page).to.equal(1);
      expect(s.items).to.deep.equal([]);
    });
  });

  describe('6. structural sharing', () => {
    it('keeps row, items and snapshot identity when nothing changed', async () => {
      const { feed } = await startedFeed({}, { query: { limit: 12 } });
      const before = feed.getSnapshot();
      let calls = 0;
      feed.subscribe(() => calls++);
      // Events and calls that change nothing: each re-decides the schedule, none may publish.
      fx.env.setVisible(true);
      fx.env.setOnline(true);
      feed.setPollInterval(5000);
      feed.setQuery({ limit: 12, order: 'asc' });
      feed.goToPage(1);
      expect(feed.getSnapshot()).to.equal(before);
      expect(calls, 'no listener was called').to.equal(0);
      expect(fx.env.timerCount).to.equal(1);
      fx.env.advance(5000);
      const after = await settled(feed);
      expect(after.items).to.equal(before.items);
      expect(after.counts).to.equal(before.counts);
      expect(feed.getSnapshot()).to.equal(after);
    });

    it('replaces only the rows whose data changed', async () => {
      const { jobId, feed } = await startedFeed(STEADY_INPUTS, { query: { limit: 12 } });
      const before = new Map(feed.getSnapshot().items.map((r) => [r.input.id, r]));
      await fx.sim.control.advance(jobId, 1000);
      fx.env.advance(5000);
      const after = await settled(feed);
      let kept = 0;
      for (const row of after.items) {
        const old = before.get(row.input.id)!;
        if (row.input.status === 'pending') {
          expect(row).to.equal(old);
          kept++;
        }
        if (row.input.status === 'processing') expect(row).to.not.equal(old);
      }
      expect(kept).to.equal(9);
    });
  });

  describe('6b. answers larger than asked for', () => {
    /** A proxy in front of the API that ignores the page size the feed asks for. */
    const ignoringLimit: typeof fetch = (input, init) => {
      const url = new URL(String(input));
      if (url.pathname.endsWith('/inputs/progress')) url.searchParams.set('limit', '500');
      return fetch(url, init);
    };

    it('keeps at most `limit` rows of an answer and says how many it ignored', async () => {
      const { feed } = await startedFeed(
        { inputs: 300 },
        {
          client: clientOf({ fetch: ignoringLimit }),
          query: { limit: 5 },
        },
      );
      let s = feed.getSnapshot();
      expect(s.items).to.have.length(5);
      expect(s.ignoredItems).to.equal(295);
      expect(s.total).to.equal(300);
      expect(s.pageCount).to.equal(60);
      // The next poll keeps the same five rows (and their objects): nothing piles up.
      const shown = s.items;
      fx.env.advance(5000);
      s = await settled(feed);
      expect(s.items).to.have.length(5);
      expect(s.items.map((row) => row.input.id)).to.deep.equal(shown.map((row) => row.input.id));
    });

    it('reports no ignored items for an answer within the page size', async () => {
      const { feed } = await startedFeed();
      expect(feed.getSnapshot().items).to.have.length(5);
      expect(feed.getSnapshot().ignoredItems).to.equal(0);
    });
  });

  describe('7. percent and ETA', () => {
    it('derives a clamped percent per input, null when unknown, and an ETA once progress is seen twice', async () => {
      const jobId = await job({
        ...STEADY_INPUTS,
        inputs: 3,
        concurrency: 3,
        inputOverrides: [{ metrics: 'full' }, { metrics: 'percent-only' }, { metrics: 'none' }],
      });
      const feed = feedOf(jobId);
      await fx.sim.control.advance(jobId, 2500);
      await started(feed);
      const byName = () =>
        Object.fromEntries(feed.getSnapshot().items.map((r) => [r.input.data.filename, r]));
      let rows = Object.values(byName());
      expect(rows.map((r) => r.percent).sort()).to.deep.equal([20, 20, null].sort());
      expect(rows.every((r) => r.eta === null)).to.equal(true);
      await fx.sim.control.advance(jobId, 2000);
      fx.env.advance(5000);
      await settled(feed);
      rows = Object.values(byName());
      const measured = rows.filter((r) => r.percent !== null);
      expect(measured.map((r) => r.percent)).to.deep.equal([40, 40]);
      // 20 % per 2 s → 60 % left takes 6 s.
      expect(measured.map((r) => r.eta)).to.deep.equal([6000, 6000]);
      expect(rows.find((r) => r.percent === null)!.eta).to.equal(null);
      await fx.sim.control.advance(jobId, 60_000);
      fx.env.advance(5000);
      const done = await settled(feed);
      expect(done.items.map((r) => [r.percent, r.eta])).to.deep.equal([
        [100, null],
        [100, null],
        [100, null],
      ]);
      expect(done.live).to.equal('stopped');
    });
  });

  describe('8. sharing and cleanup', () => {
    it('serves several subscribers from one request stream', async () => {
      const jobId = await job();
      const feed = feedOf(jobId);
      const a: FeedSnapshot[] = [];
      const b: FeedSnapshot[] = [];
      feed.subscribe((s) => a.push(s));
      feed.subscribe((s) => b.push(s));
      await settled(feed);
      fx.env.advance(5000);
      await settled(feed);
      expect(await fx.sim.control.requests(jobId)).to.have.length(4);
      // The first subscriber also saw the load start; from then on both saw the same snapshots.
      expect(a.slice(1)).to.deep.equal(b);
      expect(a.at(-1)).to.equal(b.at(-1));
    });

    /**
     * Runs `test` with a feed of a new job whose answers are held (only an abort ends a
     * request before `release`), then destroys the feed and lets the answers go.
     */
    async function withHeldAnswers(
      test: (
        feed: InputProgressFeed,
        fetch: ReturnType<typeof countingFetch>,
        release: () => Promise<void>,
      ) => Promise<void>,
    ) {
      const jobId = await job();
      const fetch = countingFetch();
      const feed = feedOf(jobId, { client: clientOf({ fetch }) });
      const release = () => fx.sim.control.release(jobId);
      await fx.sim.control.hold(jobId);
      try {
        await test(feed, fetch, release);
      } finally {
        feed.destroy();
        await release();
      }
    }

    it('keeps its load in flight when subscribed again in the task its last subscriber left (StrictMode, a moved element): one request', () =>
      withHeldAnswers(async (feed, fetch, release) => {
        const first = feed.subscribe(() => {});
        expect(fetch.calls, 'the page and the counts').to.equal(2);
        // React StrictMode runs an effect's cleanup and the effect again in one go.
        first();
        feed.subscribe(() => {});
        await nextMacrotask();
        expect(fetch.inFlight, 'the load, taken up again').to.equal(2);
        await release();
        expect((await settled(feed)).status).to.equal('success');
        expect(fetch.calls, 'no second load').to.equal(2);
      }));

    it('still aborts the load in flight once its last subscriber left and nobody took it up', () =>
      withHeldAnswers(async (feed, fetch) => {
        const leave = feed.subscribe(() => {});
        leave();
        // Every answer is held: only an abort ends the two requests.
        await waitUntil(() => fetch.inFlight === 0, 'the requests aborted');
        expect(fetch.calls).to.equal(2);
      }));

    it('aborts the obsolete load at once when the query changes, also right after a stop it was taken up from', () =>
      withHeldAnswers(async (feed, fetch) => {
        // Stopped, then subscribed again in the same task: the load in flight is taken up.
        feed.subscribe(() => {})();
        feed.subscribe(() => {});
        const taken = [...fetch.signals];
        expect(taken, 'the page and the counts').to.have.length(2);
        feed.setQuery({ limit: 3 });
        expect(
          taken.map((signal) => signal.aborted),
          'the obsolete requests, before anything else runs',
        ).to.deep.equal([true, true]);
      }));

    it('leaves no timer, listener or request behind on destroy() or the last unsubscribe', async () => {
      const jobId = await job();
      const fetch = countingFetch();
      const feed = feedOf(jobId, { client: clientOf({ fetch }) });
      const one = feed.subscribe(() => {});
      const two = feed.subscribe(() => {});
      await settled(feed);
      expect(fx.env.timerCount).to.equal(1);
      expect(fx.env.listenerCount).to.equal(2);
      one();
      expect(fx.env.timerCount).to.equal(1);
      two();
      expect(fx.env.timerCount).to.equal(0);
      expect(fx.env.listenerCount).to.equal(0);
      expect(feed.getSnapshot().live).to.equal('stopped');
      // The feed's load goes at the end of the task its last subscriber left in.
      await nextMacrotask();

      await fx.sim.control.hold(jobId);
      feed.subscribe(() => {});
      expect(fetch.inFlight).to.equal(2);
      feed.destroy();
      // Every answer is held: only an abort ends the two requests.
      await waitUntil(() => fetch.inFlight === 0, 'the requests were aborted');
      await fx.sim.control.release(jobId);
      expect(fx.env.timerCount).to.equal(0);
      expect(fx.env.listenerCount).to.equal(0);
      const calls = fetch.calls;
      fx.env.advance(600_000);
      await feed.refresh();
      expect(fetch.calls).to.equal(calls);
    });
  });

  describe('9. retries without polling', () => {
    it('retries a 429 after its Retry-After when polling is off, then shows the data', async () => {
      const jobId = await job();
      await fx.sim.control.setFaults(jobId, {
        rules: [{ kind: 'rate-limit', nth: 1, retryAfter: 2, endpoints: ['progress'] }],
      });
      const feed = feedOf(jobId, { pollInterval: 0 });
      await started(feed);
      let s = feed.getSnapshot();
      expect(s.status).to.equal('error');
      expect((s.error as ApiError).status).to.equal(429);
      // The UI can tell a retry is coming, and when.
      expect(s.live).to.equal('backing-off');
      expect(s.nextPollAt! - fx.env.now()).to.equal(2000);
      fx.env.advance(1999);
      expect(feed.getSnapshot().isFetching).to.equal(false);
      fx.env.advance(1);
      expect(feed.getSnapshot().isFetching).to.equal(true);
      s = await settled(feed);
      expect(s.status).to.equal('success');
      expect(s.items).to.have.length(5);
      expect(s.live).to.equal('stopped');
      expect(fx.env.timerCount).to.equal(0);
      expect(await pageRequests(jobId)).to.have.length(2);
    });

    for (const [fault, label] of [
      [{ kind: 'server-error', probability: 1, status: 503 }, 'a 503'],
      [{ kind: 'drop-connection', probability: 1 }, 'a dropped connection'],
    ] as const) {
      it(`retries ${label} 3 times with growing waits, then stays in the error state`, async () => {
        const jobId = await job();
        await fx.sim.control.setFaults(jobId, { rules: [{ ...fault, endpoints: ['progress'] }] });
        // The feed's own attempts: a browser may resend a GET whose connection dropped once
        // more by itself, so the simulator can see more requests than the feed made.
        const fetch = countingFetch();
        const client = clientOf({ fetch });
        const feed = feedOf(jobId, { pollInterval: 0, client });
        await started(feed);
        const waits: number[] = [];
        for (let retry = 1; retry <= 3; retry++) {
          const s = feed.getSnapshot();
          expect(s.live, `before retry ${retry}`).to.equal('backing-off');
          waits.push(s.nextPollAt! - fx.env.now());
          fx.env.advance(s.nextPollAt! - fx.env.now());
          expect(feed.getSnapshot().isFetching).to.equal(true);
          await settled(feed);
        }
        // 1 s, 2 s, 4 s, each ±20%.
        expect(waits[0]).to.be.within(800, 1200);
        expect(waits[1]).to.be.within(1600, 2400);
        expect(waits[2]).to.be.within(3200, 4800);
        const s = feed.getSnapshot();
        expect(s.status).to.equal('error');
        expect(s.failureCount).to.equal(4);
        expect(s.live).to.equal('stopped');
        expect(s.nextPollAt).to.equal(null);
        await nothingArmed();
        fx.env.advance(600_000);
        expect(fetch.calls, 'four attempts of the page and the counts').to.equal(8);

        // The retry button (refresh) tries once more.
        await feed.refresh();
        expect(feed.getSnapshot().failureCount).to.equal(5);
        expect(feed.getSnapshot().live).to.equal('stopped');
        expect(fetch.calls).to.equal(10);
      });
    }

    it('retries as often as the retry option says, and not at all with retry: false', async () => {
      for (const [retry, attempts] of [
        [1, 2],
        [false, 1],
      ] as const) {
        const jobId = await job();
        await fx.sim.control.setFaults(jobId, {
          rules: [{ kind: 'server-error', probability: 1, endpoints: ['progress'] }],
        });
        const feed = feedOf(jobId, { pollInterval: 0, retry });
        await started(feed);
        while (feed.getSnapshot().live === 'backing-off') {
          fx.env.advance(feed.getSnapshot().nextPollAt! - fx.env.now());
          await settled(feed);
        }
        expect(feed.getSnapshot().live).to.equal('stopped');
        expect(feed.getSnapshot().status).to.equal('error');
        expect(await pageRequests(jobId), `retry: ${retry}`).to.have.length(attempts);
      }
    });

    it('never retries a 4xx that retrying cannot fix', async () => {
      const feed = feedOf('job_does_not_exist', { pollInterval: 0 });
      await started(feed);
      const s = feed.getSnapshot();
      expect((s.error as ApiError).status).to.equal(404);
      expect(s.live).to.equal('stopped');
      await nothingArmed();
    });
  });

  describe('10. notification order', () => {
    const changes: Array<[string, (feed: InputProgressFeed) => void]> = [
      ['setPollInterval', (feed) => feed.setPollInterval(0)],
      ['goToPage', (feed) => feed.goToPage(2)],
      ['refresh', (feed) => void feed.refresh()],
    ];
    for (const [name, change] of changes) {
      it(`hands every listener the current snapshot when the first one calls ${name}() from its callback`, async () => {
        const jobId = await job();
        const feed = feedOf(jobId);
        let changed = false;
        const stale: string[] = [];
        const last: Array<FeedSnapshot | null> = [null, null];
        const listener = (index: number) => (s: FeedSnapshot) => {
          if (s !== feed.getSnapshot()) stale.push(`listener ${index + 1} got ${s.live}/${s.page}`);
          last[index] = s;
          if (index === 0 && s.status === 'success' && !changed) {
            changed = true;
            change(feed);
          }
        };
        feed.subscribe(listener(0));
        feed.subscribe(listener(1));
        await waitForSnapshot(feed, () => changed);
        expect(last[0], 'the first listener').to.equal(feed.getSnapshot());
        expect(last[1], 'the second listener').to.equal(feed.getSnapshot());
        await settled(feed);
        expect(last[0]).to.equal(feed.getSnapshot());
        expect(last[1]).to.equal(feed.getSnapshot());
        expect(stale).to.deep.equal([]);
      });
    }

    it('calls a listener added during a notification only for later changes', async () => {
      const jobId = await job();
      const feed = feedOf(jobId);
      const late: FeedSnapshot[] = [];
      let added = false;
      feed.subscribe((s) => {
        if (added) return;
        added = true;
        feed.subscribe((t) => late.push(t));
        expect(s).to.equal(feed.getSnapshot());
      });
      await settled(feed);
      expect(late.length).to.be.greaterThan(0);
      expect(late.at(-1)).to.equal(feed.getSnapshot());
      expect(new Set(late).size, 'never the same snapshot twice').to.equal(late.length);
    });
  });
});

describe('createFeed on the platform defaults (Node or browser)', () => {
  let sim: TestSimulator;
  before(async () => {
    sim = await startTestSimulator();
  });
  after(() => sim.close());

  it('runs the whole feed with real timers against the simulator until every input is done', async () => {
    const jobId = await sim.control.createJob({
      id: uniqueJobId('real'),
      inputs: 6,
      concurrency: 6,
      seed: 3,
    });
    const feed = createFeed({
      client: createClient({ baseUrl: sim.url }),
      jobId,
      pollInterval: 50,
    });
    try {
      feed.subscribe(() => {});
      const first = await waitForSnapshot(feed, (s) => s.status === 'success');
      expect(first.live).to.equal('live');
      expect(first.counts!.processing).to.equal(6);
      await sim.control.advance(jobId, 10 * 60_000);
      const done = await waitForSnapshot(feed, (s) => s.live === 'stopped' && !s.isFetching);
      expect(done.counts!.pending + done.counts!.processing).to.equal(0);
      expect(
        done.items.every((r) => r.input.status === 'completed' || r.input.status === 'failed'),
      ).to.equal(true);
    } finally {
      feed.destroy();
    }
  });
});
