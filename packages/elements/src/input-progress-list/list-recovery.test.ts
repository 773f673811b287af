/**
 * The list recovers without waiting: offline it says so, and the browser's `online` event
 * loads at once instead of waiting out a back-off. The page's own network state is switched
 * as a browser does it: `navigator.onLine` and the `offline` / `online` events on `window`.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../define.js';
import {
  advanceUntil,
  testClock,
  useFakeClock,
  type FakeClock,
} from '../test-support/fake-clock.js';
import { waitUntil } from '../test-support/wait-until.js';
import {
  BASE_URL,
  control,
  createJob,
  part,
  sentProgressRequests,
  text,
  untilRows,
} from '../test-support/list-helpers.js';
import type { InputProgressList } from './input-progress-list.js';

/** Switches the page's network state the way the browser reports it. */
function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

let fake: FakeClock;
afterEach(async () => {
  // The page's own navigator.onLine again.
  delete (navigator as { onLine?: boolean }).onLine;
  await fixtureCleanup();
  fake?.restore();
});

const liveText = (el: InputProgressList) => text(part(el, 'live-indicator'));
const liveState = (el: InputProgressList) => part(el, 'live-indicator')?.dataset.state;

describe('<input-progress-list> offline and back', () => {
  async function liveList(jobId: string) {
    const el = await fixture<InputProgressList>(
      html`<input-progress-list
        .clock=${testClock()}
        base-url=${BASE_URL}
        job-id=${jobId}
        limit="5"
        poll-interval="2000"
      ></input-progress-list>`,
    );
    await untilRows(el, 5);
    return el;
  }

  it('shows offline, then loads the moment the network is back instead of waiting out the back-off', async () => {
    fake = useFakeClock();
    const jobId = await createJob({ inputs: 5, clock: 'manual' });
    const el = await liveList(jobId);
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
