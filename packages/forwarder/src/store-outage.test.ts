import { expect } from 'chai';
import { CACHE_HEADER } from './create-forwarder.js';
import type { ForwarderHandler, ForwarderStoreEvent } from './types.js';
import { faultyStore, type FaultyStore } from './test-support/faulty-store.js';
import { testForwarder, useUpstreamJob } from './test-support/http.js';
import { until } from './test-support/until.js';

describe('a shared store that hangs or fails: answers from the instance, then shares again', () => {
  const fx = useUpstreamJob({ inputs: 4, seed: 6 });
  let store: FaultyStore;
  let events: ForwarderStoreEvent[];
  beforeEach(() => {
    store = faultyStore();
    events = [];
  });

  const forwarder = () =>
    testForwarder(fx.upstream, { clock: fx.clock, store, onStore: (event) => events.push(event) });
  const upstreamCount = () => fx.upstream.simulator.requests(fx.jobId).length;
  /**
   * One request, with the fake clock moved by each store call's deadline (50 ms) as the call
   * hangs; resolves with the response and the fake time it took.
   */
  async function timedGet(forward: ForwarderHandler, path = '/inputs/progress?limit=4') {
    const started = fx.clock.now();
    let done = false;
    const response = forward(new Request(`http://localhost/api/batch/jobs/${fx.jobId}${path}`));
    void response.finally(() => (done = true));
    let handled = store.hung;
    while (!done) {
      await until(() => done || store.hung > handled, 'a store call or the answer');
      if (done) break;
      handled = store.hung;
      fx.clock.advance(50);
    }
    return { response: await response, tookMs: fx.clock.now() - started };
  }

  it('costs a viewer at most the deadline per call, then stops asking the store', async () => {
    const forward = forwarder();
    expect((await timedGet(forward)).response.headers.get(CACHE_HEADER)).to.equal('miss');
    store.mode = 'hang';
    const tookMs: number[] = [];
    const outcomes: (string | null)[] = [];
    for (let viewer = 0; viewer < 6; viewer++) {
      const { response, tookMs: took } = await timedGet(forward);
      expect(response.status).to.equal(200);
      outcomes.push(response.headers.get(CACHE_HEADER));
      tookMs.push(took);
    }
    console.log(`      store hanging: viewer latency ${tookMs.join(', ')} ms (fake clock)`);
    expect(outcomes, "from the instance's own memory").to.deep.equal(Array(6).fill('hit'));
    // Three late calls open the circuit; after that the store is not asked at all.
    expect(tookMs).to.deep.equal([50, 50, 50, 0, 0, 0]);
    expect(store.hung).to.equal(3);
    expect(upstreamCount()).to.equal(1);
    expect(events.map((e) => [e.previous, e.state, e.cause])).to.deep.equal([
      ['closed', 'open', 'timeout'],
    ]);
  });

  it('probes the store after storeRetryMs and shares again once it answers', async () => {
    const a = forwarder();
    const b = forwarder();
    await timedGet(a);
    store.mode = 'fail';
    for (let call = 0; call < 3; call++) await timedGet(b);
    expect(events.at(-1)).to.include({ state: 'open', cause: 'error' });
    // Each instance alone while the store is down: b fetched its own copy once.
    expect(upstreamCount()).to.equal(2);

    store.mode = 'ok';
    fx.clock.advance(1000);
    // The probe works: a's fresh answer (through the store) is b's hit.
    await timedGet(a);
    const shared = await timedGet(b);
    expect(shared.response.headers.get(CACHE_HEADER)).to.equal('hit');
    expect(events.slice(-2).map((e) => [e.previous, e.state, e.cause])).to.deep.equal([
      ['open', 'half-open', 'probe'],
      ['half-open', 'closed', 'success'],
    ]);
    expect(upstreamCount(), 'one request for both after the store came back').to.equal(3);
  });

  it('a probe that fails opens the circuit again for another storeRetryMs', async () => {
    const forward = forwarder();
    store.mode = 'fail';
    for (let call = 0; call < 3; call++) await timedGet(forward, '/inputs/progress/counts');
    fx.clock.advance(1000);
    await timedGet(forward, '/inputs/progress/counts');
    const callsAfterProbe = store.calls;
    await timedGet(forward, '/inputs/progress/counts');
    expect(store.calls, 'left alone after the failed probe').to.equal(callsAfterProbe);
    expect(events.map((e) => e.state)).to.deep.equal(['open', 'half-open', 'open']);
  });
});
