import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import { fakeClockEachTest } from '../test-support/each-test.js';
import { advanceUntil, testClock } from '../test-support/fake-clock.js';
import {
  control,
  createJob,
  feedOf,
  listFixture,
  listOfNewJob,
  part,
  parts,
  simulatorClient,
  text,
  untilPage,
  untilRows,
} from '../test-support/list-helpers.js';
import { waitUntil } from '../test-support/wait-until.js';
import type { InputProgressList } from './input-progress-list.js';

const fake = fakeClockEachTest();

/**
 * Every sentence the list's live regions say from now on (each new text put in one, repeats
 * included), assertive ones marked "(alert)", with the whole seconds of fake time since
 * `start` when it was said.
 */
function listen(el: InputProgressList, start = fake.now()) {
  const heard: Array<[number, string]> = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target;
      const within = target instanceof Element ? target : target.parentElement;
      const assertive = within?.closest('[part="announcer-alert"]') ? '(alert) ' : '';
      for (const node of record.addedNodes) {
        const sentence = node.textContent?.trim();
        if (sentence)
          heard.push([Math.round((fake.now() - start) / 1000), `${assertive}${sentence}`]);
      }
    }
  });
  for (const region of [part(el, 'announcer'), part(el, 'announcer-alert')])
    if (region) observer.observe(region, { subtree: true, childList: true, characterData: true });
  return { heard, stop: () => observer.disconnect() };
}

const SERVER_ERROR = { kind: 'server-error', status: 500, probability: 1 } as const;

describe('<input-progress-list> announcements', () => {
  it('says what changed over 60 s of a live job with one 500 and its recovery, never the same twice in a row', async () => {
    // 20 inputs of 5 s, two at a time: the job finishes at 50 s. The list polls every 5 s.
    const jobId = await createJob({ inputs: 20, concurrency: 2, itemsPerInput: 5 });
    const feed = feedOf(jobId, {
      client: simulatorClient({ clock: fake }),
      pollInterval: 5000,
      clock: fake,
    });
    const el = await fixture<InputProgressList>(
      html`<input-progress-list .clock=${testClock()} .feed=${feed}></input-progress-list>`,
    );
    await untilRows(el, 20);
    const { heard, stop } = listen(el);
    let failures = 0;
    for (let second = 1; second <= 60; second++) {
      // The poll at 25 s gets a 500; the feed's back-off retry, about 10 s later, succeeds.
      if (second === 21)
        await control.setFaults(jobId, { rules: [{ ...SERVER_ERROR, endpoints: ['progress'] }] });
      // The job and the page's clock move on together, one second at a time; each load
      // is answered before time moves on.
      await control.advance(jobId, 1000);
      fake.advance(1000);
      await waitUntil(() => !feed.getSnapshot().isFetching, `the load at ${second} s`);
      await el.updateComplete;
      if (feed.getSnapshot().error && failures++ === 0) await control.setFaults(jobId, {});
    }
    stop();
    expect(failures, 'snapshots in the failed state').to.be.greaterThan(0);
    expect(text(part(el, 'live-indicator'))).to.equal('All done');
    expect(heard).to.deep.equal([
      [6, '2 inputs finished: 2 completed, 0 failed. 2 of 20 done so far.'],
      // Settles come at most every 10 s: the poll at 15 s waits, and is merged with the one at 20 s.
      [15, '2 inputs finished: 2 completed, 0 failed. 4 of 20 done so far.'],
      [25, '4 inputs finished: 4 completed, 0 failed. 8 of 20 done so far.'],
      // The failed poll at 25 s, once (the back-off retry waits about 10 s).
      [26, 'Could not load the inputs. The server is having trouble (HTTP 500). Retrying.'],
      [34, 'The inputs are up to date again.'],
      [35, '4 inputs finished: 4 completed, 0 failed. 12 of 20 done so far.'],
      [45, '4 inputs finished: 4 completed, 0 failed. 16 of 20 done so far.'],
      // The last settles are said by "All done" (polls run on from the retry: 39, 44, …, 54 s).
      [54, 'All done: 20 completed, 0 failed.'],
    ]);
  });

  it('says assertively that an unknown job stopped the list, and nothing politely', async () => {
    const el = await listFixture('job_does_not_exist');
    const { heard, stop } = listen(el);
    await advanceUntil(fake, () => heard.length > 0, 'an announcement');
    fake.advance(5000);
    await el.updateComplete;
    stop();
    expect(heard.map(([, sentence]) => sentence)).to.deep.equal([
      '(alert) Could not load the inputs. There is no job “job_does_not_exist”. Updates stopped.',
    ]);
    expect(text(part(el, 'announcer'))).to.equal('');
  });

  it('says politely that it retries, then assertively once the retries ran out', async () => {
    const jobId = await createJob({ inputs: 2, faults: { rules: [SERVER_ERROR] } });
    const el = await listFixture(jobId);
    const { heard, stop } = listen(el);
    // Polling is off: three retries (about 1, 2 and 4 s apart), then the list stops.
    await advanceUntil(
      fake,
      () => part(el, 'live-indicator')!.dataset.state === 'stopped' && heard.length === 2,
      'the retries to run out',
    );
    stop();
    expect(heard.map(([, sentence]) => sentence)).to.deep.equal([
      'Could not load the inputs. The server is having trouble (HTTP 500). Retrying.',
      '(alert) Could not load the inputs. The server is having trouble (HTTP 500). Updates stopped.',
    ]);
  });

  it('says the page a page change landed on, and that no input matches a filter', async () => {
    const { el } = await listOfNewJob({ inputs: 15 }, { limit: 5 });
    const { heard, stop } = listen(el);
    part(el, 'next')!.click();
    await untilPage(el, 'Page 2 of 3', 5);
    await advanceUntil(fake, () => heard.length === 1, 'the page announced');
    parts(el, 'chip')
      .find((chip) => text(chip).startsWith('Failed'))!
      .click();
    await waitUntil(() => part(el, 'empty'), 'empty state');
    await advanceUntil(fake, () => heard.length === 2, 'no match announced');
    stop();
    expect(heard.map(([, sentence]) => sentence)).to.deep.equal([
      'Page 2 of 3',
      'No inputs match these filters.',
    ]);
  });

  it('says a failed refresh of shown rows once, and the recovery after it', async () => {
    const { el, jobId } = await listOfNewJob({ inputs: 3 });
    const { heard, stop } = listen(el);
    await control.setFaults(jobId, { rules: [SERVER_ERROR] });
    await el.refresh();
    await waitUntil(() => part(el, 'stale-banner'), 'stale banner');
    // Two retries fail as well: the same failure is not said again.
    await advanceUntil(fake, () => heard.length === 1, 'the failure announced');
    await advanceUntil(
      fake,
      () => part(el, 'live-indicator')!.dataset.state === 'backing-off',
      'backing off',
    );
    await control.setFaults(jobId, {});
    part(el, 'retry')!.click();
    await waitUntil(() => !part(el, 'stale-banner'), 'banner gone');
    await advanceUntil(fake, () => heard.length === 2, 'the recovery announced');
    stop();
    expect(heard.map(([, sentence]) => sentence)).to.deep.equal([
      'Could not load the inputs. The server is having trouble (HTTP 500). Retrying.',
      'The inputs are up to date again.',
    ]);
  });
});
