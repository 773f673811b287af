/**
 * The list takes only what it asked for: a server (or a proxy) answering `limit=20` with a
 * thousand items renders twenty rows and warns once, however many polls repeat it.
 */
import { expect } from '@open-wc/testing';
import type { InputProgressClient } from '@input-progress/core';
import '../define.js';
import type { InputProgressWarningEvent } from '../events.js';
import { fakeClockEachTest } from '../test-support/each-test.js';
import { advanceUntil, type FakeClock } from '../test-support/fake-clock.js';
import {
  createJob,
  listFixture,
  listOfNewJob,
  rows,
  sentProgressRequests,
  simulatorClient,
  untilRows,
} from '../test-support/list-helpers.js';

/** The simulator behind a proxy that asks for a thousand items whatever page size it is sent. */
function limitIgnoringClient(clock: FakeClock): InputProgressClient {
  return simulatorClient({
    clock,
    fetch: (url, init) => {
      const request = new URL(url, location.href);
      if (request.pathname.endsWith('/inputs/progress')) request.searchParams.set('limit', '1000');
      return fetch(request, init);
    },
  });
}

const fake = fakeClockEachTest();
const warnings: InputProgressWarningEvent[] = [];
const collect = (event: InputProgressWarningEvent) => warnings.push(event);
beforeEach(() => {
  warnings.length = 0;
  document.addEventListener('input-progress-warning', collect);
});
afterEach(() => {
  document.removeEventListener('input-progress-warning', collect);
});

describe('<input-progress-list> answers larger than the page size', () => {
  it('renders at most `limit` rows and warns once over many polls', async () => {
    const jobId = await createJob({ inputs: 1000, clock: 'manual' });
    const client = limitIgnoringClient(fake);
    const el = await listFixture(jobId, { client, limit: 20, pollInterval: 2000 });
    await untilRows(el);
    expect(rows(el)).to.have.length(20);
    // Three more polls bring the same thousand items each time.
    await advanceUntil(fake, () => sentProgressRequests(jobId) >= 4, 'three more polls', 2000);
    await el.updateComplete;
    expect(rows(el)).to.have.length(20);
    expect(warnings).to.have.length(1);
    const [warning] = warnings;
    expect(warning!.target).to.equal(el);
    expect(warning!.detail.code).to.equal('ignored-items');
    expect(warning!.detail.snapshot.ignoredItems).to.equal(980);
    expect(warning!.detail.message).to.equal(
      'The server sent 980 more items than the 20 asked for; they are not shown.',
    );
  });

  it('does not warn when the server honours the page size', async () => {
    await listOfNewJob({ inputs: 30, clock: 'manual' }, { limit: 20 });
    expect(warnings).to.have.length(0);
  });
});
