/**
 * The list recovers without waiting: offline it says so, and the browser's `online` event
 * loads at once instead of waiting out a back-off. The page's own network state is switched
 * as a browser does it: `navigator.onLine` and the `offline` / `online` events on `window`.
 */
import { expect } from '@open-wc/testing';
import '../define.js';
import { fakeClockEachTest } from '../test-support/each-test.js';
import { advanceUntil } from '../test-support/fake-clock.js';
import { waitUntil } from '../test-support/wait-until.js';
import {
  control,
  listOfNewJob,
  part,
  sentProgressRequests,
  text,
} from '../test-support/list-helpers.js';
import type { InputProgressList } from './input-progress-list.js';

/** Switches the page's network state the way the browser reports it. */
function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

const fake = fakeClockEachTest();
afterEach(() => {
  // The page's own navigator.onLine again.
  delete (navigator as { onLine?: boolean }).onLine;
});

const liveText = (el: InputProgressList) => text(part(el, 'live-indicator'));
const liveState = (el: InputProgressList) => part(el, 'live-indicator')?.dataset.state;

describe('<input-progress-list> offline and back', () => {
  it('shows offline, then loads the moment the network is back instead of waiting out the back-off', async () => {
    const { el, jobId } = await listOfNewJob(
      { inputs: 5, clock: 'manual' },
      { limit: 5, pollInterval: 2000 },
    );
    // The connection drops before the browser notices: failures in a row, a long back-off.
    await control.setFaults(jobId, { rules: [{ kind: 'drop-connection', probability: 1 }] });
    await advanceUntil(
      fake,
      () => Number(/Retrying in (\d+)/.exec(liveText(el))?.[1] ?? 0) >= 20,
      'a back-off of 20 s or more',
      1000,
    );
    setOnline(false);
    await waitUntil(() => liveState(el) === 'offline', 'the offline state');
    expect(liveText(el)).to.equal('Offline');
    // Offline, time passes and nothing is asked for.
    const before = sentProgressRequests(jobId);
    fake.advance(120_000);
    await el.updateComplete;
    expect(sentProgressRequests(jobId)).to.equal(before);
    expect(liveState(el)).to.equal('offline');

    await control.setFaults(jobId, {});
    const backAt = fake.now();
    setOnline(true);
    // No clock advance: the load starts on the event itself.
    await waitUntil(() => liveState(el) === 'live', 'live again');
    expect(sentProgressRequests(jobId)).to.equal(before + 1);
    expect(fake.now()).to.equal(backAt);
    expect(part(el, 'stale-banner'), 'the failure is gone').to.equal(null);
  });
});
