import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait-until.js';
import { sendKeys } from '@web/test-runner-commands';
import { ApiError, InputProgressError } from '@input-progress/core';
import '../define.js';
import { ticker } from '../ticker.js';
import { advanceUntil, testClock } from '../test-support/fake-clock.js';
import { fakeClockEachTest, whenTestEnds } from '../test-support/each-test.js';
import type { FaultRule } from '@input-progress/simulator';
import type { InputProgressList } from './input-progress-list.js';
import type {
  InputProgressErrorEvent,
  InputProgressFilterChangeEvent,
  InputProgressJobLoadEvent,
  InputProgressPageChangeEvent,
  InputProgressSettleEvent,
  InputProgressUpdateEvent,
} from '../events.js';
import {
  AUTH_BASE_URL,
  AUTH_JOB,
  AUTH_KEY,
  BASE_URL,
  control,
  createJob,
  feedOf,
  listFixture,
  listOfNewJob,
  listsIn,
  listsSharing,
  listTemplate,
  part,
  parts,
  progressRequests,
  rowText,
  rowPart,
  rows,
  sentProgressRequests,
  showsRows,
  simulatorClient,
  jobPart,
  pageStatus,
  text,
  untilPage,
  untilPartText,
  untilRows,
} from '../test-support/list-helpers.js';

const click = async (el: InputProgressList, button: HTMLElement | null) => {
  expect(button, 'button to click').to.exist;
  button!.click();
  await el.updateComplete;
};
const chip = (el: InputProgressList, label: string) =>
  parts(el, 'chip').find((c) => text(c).startsWith(label))!;
const nextPageChange = (el: InputProgressList) =>
  oneEvent(el, 'input-progress-page-change') as Promise<InputProgressPageChangeEvent>;
/** A list of a new job of two inputs whose every request meets `fault`, in its error state. */
async function failingList(fault: FaultRule) {
  const jobId = await createJob({ inputs: 2, faults: { rules: [fault] } });
  const el = await listFixture(jobId);
  await waitUntil(() => part(el, 'error'), 'error state');
  return { el, jobId };
}
const lastRequest = async (jobId: string) => (await progressRequests(jobId)).at(-1)!;

// Every test runs on a fake clock: polls, back-off, the countdown, the announcer's throttle
// and relative times move only when a test advances it.
const fake = fakeClockEachTest();

describe('<input-progress-list> states', () => {
  it('shows a loading skeleton, then the rows without moving the controls', async () => {
    const jobId = await createJob({ inputs: 3 });
    // The answers wait until the test has looked at the skeleton, however long that takes.
    await control.hold(jobId);
    const el = await listFixture(jobId);
    try {
      await waitUntil(() => part(el, 'skeleton'), 'skeleton');
      const list = part(el, 'list')!;
      expect(list.getAttribute('aria-busy')).to.equal('true');
      expect(parts(el, 'skeleton').length).to.equal(3);
      // No counts yet: the overall bar claims no value.
      const overall = jobPart(el, 'bar')!;
      expect(overall.hasAttribute('aria-valuenow')).to.equal(false);
      expect(overall.getAttribute('aria-valuetext')).to.equal('unknown');
      const listTop = list.getBoundingClientRect().top;
      const headerHeight = part(el, 'header')!.getBoundingClientRect().height;
      expect(listTop).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      expect(part(el, 'skeleton'), 'still loading after the audit').to.exist;
      await control.release(jobId);
      await untilRows(el, 3);
      expect(part(el, 'list')!.getBoundingClientRect().top).to.equal(listTop);
      expect(part(el, 'header')!.getBoundingClientRect().height).to.equal(headerHeight);
    } finally {
      await control.release(jobId);
    }
  });

  it('renders data: summary counts, chips with counts, rows keyed by input', async () => {
    const { el } = await listOfNewJob(
      { inputs: 5, concurrency: 2, itemsPerInput: 10 },
      { advance: 12_000 },
    );
    // Two inputs finished at 10 s, the next two are 2 s into theirs, the last one waits.
    expect(text(jobPart(el, 'summary'))).to.equal('2 completed · 0 failed of 5');
    expect(text(chip(el, 'Processing'))).to.equal('Processing 2');
    expect(text(chip(el, 'Pending'))).to.equal('Pending 1');
    expect(text(chip(el, 'Completed'))).to.equal('Completed 2');
    expect(text(chip(el, 'Failed'))).to.equal('Failed 0');
    expect(jobPart(el, 'bar')!.getAttribute('aria-valuenow')).to.equal('40');
    expect(jobPart(el, 'bar')!.getAttribute('aria-valuetext')).to.equal(
      '2 completed, 0 failed, 2 processing, 1 pending of 5',
    );
    expect(part(el, 'list')!.tagName).to.equal('UL');
    expect(parts(el, 'item').every((li) => li.tagName === 'LI')).to.equal(true);
    expect(pageStatus(el)).to.equal('Page 1 of 1');
    await expect(el).to.be.accessible();
  });

  it('fires input-progress-job-load with the record its job header shows', async () => {
    const jobId = await createJob({ name: 'Loaded job', inputs: 2 });
    const loaded = oneEvent(
      document,
      'input-progress-job-load',
    ) as Promise<InputProgressJobLoadEvent>;
    const el = await listFixture(jobId);
    const event = await loaded;
    expect(event.target, 'from the list').to.equal(el);
    expect(event.detail.job.name).to.equal('Loaded job');
    await waitUntil(() => text(jobPart(el, 'name')) === 'Loaded job', 'the header shows it');
  });

  it('says the job has no inputs when it is empty', async () => {
    const jobId = await createJob({ inputs: 0 });
    const el = await listFixture(jobId);
    // The job (all of its none inputs terminal) has ended: no "yet".
    await untilPartText(el, 'empty', 'This job ended with no inputs.');
    expect(part(el, 'clear-filters')).to.equal(null);
    // Nothing was done, so nothing is "All done"; and there are no pages to move between.
    expect(text(part(el, 'live-indicator'))).to.not.contain('All done');
    expect(part(el, 'live-indicator')!.dataset.state).to.not.equal('done');
    expect(part(el, 'pagination')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says no input matches when filters are active, and "Show all" clears them', async () => {
    const jobId = await createJob({ inputs: 4 });
    const el = await listFixture(jobId, { status: 'failed' });
    await waitUntil(() => part(el, 'empty'), 'empty state');
    expect(text(part(el, 'empty'))).to.contain('No inputs match these filters.');
    await expect(el).to.be.accessible();
    await click(el, part(el, 'empty')!.querySelector('button'));
    await untilRows(el, 4);
    expect(el.status).to.equal('');
    expect((await lastRequest(jobId)).getAll('status')).to.deep.equal([]);
  });

  it('fills the empty slot with the page’s own content', async () => {
    const jobId = await createJob({ inputs: 0 });
    const el = await listFixture(jobId, { content: html`<p slot="empty">Nothing here</p>` });
    await waitUntil(() => part(el, 'empty'), 'empty state');
    const slot = part(el, 'empty')!.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Nothing here']);
  });

  it('explains an unknown job and retries', async () => {
    const el = await listFixture('job_does_not_exist');
    await waitUntil(() => part(el, 'error'), 'error state');
    expect(text(part(el, 'error'))).to.contain('There is no job “job_does_not_exist”.');
    expect(part(el, 'retry')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('explains a rejected key', async () => {
    const el = await listFixture(AUTH_JOB, { baseUrl: AUTH_BASE_URL, apiKey: 'sk-wrong' });
    await waitUntil(() => part(el, 'error'), 'error state');
    expect(text(part(el, 'error'))).to.contain('The API key was rejected.');
    await expect(el).to.be.accessible();
  });

  it('explains a forbidden job', async () => {
    const { el } = await failingList({ kind: 'server-error', status: 403, probability: 1 });
    expect(text(part(el, 'error'))).to.contain('This key is not allowed to see this job.');
  });

  it('explains a network failure', async () => {
    // Nothing listens on port 9 (discard): the request fails without an HTTP response.
    const el = await listFixture('job_x', { baseUrl: 'http://127.0.0.1:9/v0.5' });
    await waitUntil(() => part(el, 'error'), 'error state');
    expect(text(part(el, 'error'))).to.contain('Cannot reach the server.');
    await expect(el).to.be.accessible();
  });

  it('explains server trouble and recovers on retry', async () => {
    const { el, jobId } = await failingList({
      kind: 'server-error',
      status: 503,
      probability: 1,
      retryAfter: null,
    });
    expect(text(part(el, 'error'))).to.contain('The server is having trouble (HTTP 503).');
    await expect(el).to.be.accessible();
    await control.setFaults(jobId, {});
    await click(el, part(el, 'retry'));
    await untilRows(el, 2);
    expect(part(el, 'error')).to.equal(null);
  });

  it('explains a timeout and rate limiting', async () => {
    const slow = await createJob({ inputs: 2 });
    // Never answered while the test runs: the client's 200 ms timeout always comes first.
    await control.hold(slow);
    const el = document.createElement('input-progress-list');
    el.pollInterval = 0;
    el.client = simulatorClient({ timeoutMs: 200 });
    el.jobId = slow;
    document.body.append(el);
    try {
      await waitUntil(() => part(el, 'error'), 'error state');
      expect(text(part(el, 'error'))).to.contain('The server took too long to answer.');
      const limited = await createJob({
        inputs: 2,
        faults: { rules: [{ kind: 'rate-limit', probability: 1, retryAfter: 30 }] },
      });
      el.client = simulatorClient({ retry: { attempts: 0 } });
      el.jobId = limited;
      await waitUntil(
        () => text(part(el, 'error')).includes('Too many requests'),
        'rate-limited state',
      );
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
      await control.release(slow);
    }
  });

  it('explains a response it cannot read', async () => {
    const { el } = await failingList({ kind: 'wrong-shape', probability: 1 });
    expect(text(part(el, 'error'))).to.contain('The server sent an answer this page cannot read.');
  });

  it('fills the error slot with the page’s own content, keeping the retry button', async () => {
    const el = await listFixture('job_missing', {
      content: html`<span slot="error">Custom failure</span>`,
    });
    await waitUntil(() => part(el, 'error'), 'error state');
    const slot = part(el, 'error')!.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Custom failure']);
    expect(part(el, 'retry')).to.exist;
  });

  it('says so when no job id is given, and reports it as an error event', async () => {
    const el = document.createElement('input-progress-list');
    el.baseUrl = BASE_URL;
    const failing = oneEvent(el, 'input-progress-error') as Promise<InputProgressErrorEvent>;
    document.body.append(el);
    try {
      const event = await failing;
      expect(event.detail.error).to.be.instanceOf(InputProgressError);
      expect(event.detail.error.message).to.contain('job-id');
      expect(event.detail.stale).to.equal(false);
      await waitUntil(() => part(el, 'error'), 'error state');
      expect(text(part(el, 'error'))).to.contain('No job-id was given.');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('keeps the rows and shows a stale-error banner when a later refresh fails', async () => {
    const { el, jobId } = await listOfNewJob({ inputs: 3 });
    await control.setFaults(jobId, { rules: [{ kind: 'server-error', probability: 1 }] });
    await el.refresh();
    await waitUntil(() => part(el, 'stale-banner'), 'stale banner');
    expect(text(part(el, 'stale-banner'))).to.contain(
      'Could not refresh: The server is having trouble (HTTP 500).',
    );
    expect(rows(el).length).to.equal(3);
    await expect(el).to.be.accessible();
    await control.setFaults(jobId, {});
    await click(el, part(el, 'stale-banner')!.querySelector('button'));
    await waitUntil(() => !part(el, 'stale-banner'), 'banner gone');
  });

  it('shows failed rows with their errors', async () => {
    const { el } = await listOfNewJob(
      {
        inputs: 3,
        concurrency: 3,
        itemsPerInput: 2,
        inputOverrides: [{ fails: true, errorMessage: 'Disk quota exceeded' }, { fails: true }],
      },
      { advance: 60_000 },
    );
    const failed = rows(el).filter((row) => row.dataset.status === 'failed');
    expect(failed.length).to.equal(2);
    expect(failed.some((row) => rowText(row).includes('Error: Disk quota exceeded'))).to.equal(
      true,
    );
    expect(text(chip(el, 'Failed'))).to.equal('Failed 2');
    await expect(el).to.be.accessible();
  });

  it('is themed by custom properties and ::part, rows included', async () => {
    const style = document.createElement('style');
    style.textContent = `
      input-progress-list.themed { --input-progress-color-failed: rgb(1, 2, 3); --input-progress-bar-height: 7px; }
      input-progress-list.themed::part(row-name) { text-decoration: underline; }
      input-progress-list.themed::part(chip) { border-radius: 0px; }`;
    document.head.append(style);
    try {
      const { el } = await listOfNewJob(
        { inputs: 2, concurrency: 2, itemsPerInput: 1, inputOverrides: [{ fails: true }] },
        { advance: 5000 },
      );
      el.classList.add('themed');
      const failed = rows(el).find((row) => row.dataset.status === 'failed')!;
      const inRow = (name: string) => getComputedStyle(rowPart(failed, name)!);
      expect(inRow('badge').backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(inRow('bar').height).to.equal('7px');
      expect(inRow('name').textDecorationLine).to.equal('underline');
      expect(getComputedStyle(parts(el, 'chip')[0]!).borderTopLeftRadius).to.equal('0px');
    } finally {
      style.remove();
    }
  });

  it('passes the audit in dark mode with dark colours', async () => {
    const { el } = await listOfNewJob(
      { inputs: 3, concurrency: 3, itemsPerInput: 2, inputOverrides: [{ fails: true }] },
      { advance: 1500 },
    );
    const light = getComputedStyle(el).backgroundColor;
    el.style.colorScheme = 'dark';
    expect(getComputedStyle(el).backgroundColor).to.not.equal(light);
    expect(getComputedStyle(rows(el)[0]!).color).to.equal(getComputedStyle(el).color);
    // The job header turns dark with the list (a light header on a dark list would still pass axe).
    expect(getComputedStyle(part(el, 'job')!).backgroundColor).to.equal(
      getComputedStyle(el).backgroundColor,
    );
    expect(getComputedStyle(part(el, 'job')!).color).to.equal(getComputedStyle(el).color);
    await expect(el).to.be.accessible();
  });
});

describe('<input-progress-list> controls', () => {
  it('filters by status with the chips and requests the right statuses', async () => {
    const { el, jobId } = await listOfNewJob(
      { inputs: 6, concurrency: 2, itemsPerInput: 2, inputOverrides: [{ fails: true }] },
      { advance: 2500 },
    );
    // Where the failing input fails inside its item is random: read the counts off the chips.
    const count = (label: string) => Number(text(chip(el, label)).split(' ').at(-1));
    const [failed, pending] = [count('Failed'), count('Pending')];
    expect(failed).to.equal(1);
    const change = oneEvent(
      el,
      'input-progress-filter-change',
    ) as Promise<InputProgressFilterChangeEvent>;
    await click(el, chip(el, 'Failed'));
    const event = await change;
    expect(event.detail.statuses).to.deep.equal(['failed']);
    expect(event.bubbles && event.composed).to.equal(true);
    await untilRows(el, failed);
    expect(chip(el, 'Failed').getAttribute('aria-pressed')).to.equal('true');
    expect(el.getAttribute('status')).to.equal('failed');
    expect((await lastRequest(jobId)).getAll('status')).to.deep.equal(['failed']);
    await click(el, chip(el, 'Pending'));
    await untilRows(el, pending + failed);
    const request = await lastRequest(jobId);
    expect(request.getAll('status')).to.deep.equal(['pending', 'failed']);
    expect(request.get('offset')).to.equal('0');
    await click(el, chip(el, 'Failed'));
    await click(el, chip(el, 'Pending'));
    await untilRows(el, 6);
    expect((await lastRequest(jobId)).getAll('status')).to.deep.equal([]);
  });

  it('toggles the order and requests it', async () => {
    const { el, jobId } = await listOfNewJob({ inputs: 3 });
    expect(text(part(el, 'order-toggle'))).to.equal('Order: Oldest activity first');
    await click(el, part(el, 'order-toggle'));
    await waitUntil(async () => (await lastRequest(jobId)).get('order') === 'desc', 'desc request');
    expect(text(part(el, 'order-toggle'))).to.equal('Order: Latest activity first');
    expect(el.getAttribute('order')).to.equal('desc');
  });

  it('pages with previous / next and the page size, requesting offset and limit', async () => {
    const { el, jobId } = await listOfNewJob({ inputs: 25 }, { limit: 10 });
    expect(pageStatus(el)).to.equal('Page 1 of 3');
    expect(part<HTMLButtonElement>(el, 'previous')!.disabled).to.equal(true);
    const change = nextPageChange(el);
    await click(el, part(el, 'next'));
    expect((await change).detail).to.deep.equal({ page: 2, offset: 10, limit: 10 });
    await untilPage(el, 'Page 2 of 3', 10);
    let request = await lastRequest(jobId);
    expect([request.get('offset'), request.get('limit')]).to.deep.equal(['10', '10']);
    await click(el, part(el, 'next'));
    await untilRows(el, 5);
    expect(pageStatus(el)).to.equal('Page 3 of 3');
    request = await lastRequest(jobId);
    expect(request.get('offset')).to.equal('20');
    await click(el, part(el, 'previous'));
    await untilRows(el, 10);
    expect((await lastRequest(jobId)).get('offset')).to.equal('10');
    const select = part<HTMLSelectElement>(el, 'page-size')!;
    select.value = '50';
    select.dispatchEvent(new Event('change'));
    await untilRows(el, 25);
    request = await lastRequest(jobId);
    expect([request.get('offset'), request.get('limit')]).to.deep.equal(['0', '50']);
    expect(pageStatus(el)).to.equal('Page 1 of 1');
  });

  it('pages from an unaligned offset by whole pages and never past the last one', async () => {
    const { el, jobId } = await listOfNewJob({ inputs: 12 }, { limit: 5, offset: 7 });
    expect(pageStatus(el)).to.equal('Page 2 of 3');
    const change = nextPageChange(el);
    await click(el, part(el, 'previous'));
    expect((await change).detail).to.deep.equal({ page: 1, offset: 0, limit: 5 });
    await untilPage(el, 'Page 1 of 3', 5);
    expect((await lastRequest(jobId)).get('offset')).to.equal('0');
    expect(el.offset).to.equal(0);
    el.setAttribute('offset', '7');
    await waitUntil(
      async () => (await lastRequest(jobId)).get('offset') === '7',
      'offset 7 requested',
    );
    await untilRows(el, 5);
    await click(el, part(el, 'next'));
    await untilPage(el, 'Page 3 of 3', 2);
    expect((await lastRequest(jobId)).get('offset')).to.equal('10');
    expect(part<HTMLButtonElement>(el, 'next')!.disabled).to.equal(true);
  });

  it('replaces an invalid limit set later with the default page size', async () => {
    const { el, jobId } = await listOfNewJob({ inputs: 25 }, { limit: 10 });
    for (const bad of ['abc', '0']) {
      el.setAttribute('limit', '10');
      await untilRows(el, 10);
      el.setAttribute('limit', bad);
      await waitUntil(() => showsRows(el, 20), `limit="${bad}": the default 20 rows`);
      expect(pageStatus(el)).to.equal('Page 1 of 2');
      expect(el.limit).to.equal(20);
      expect(part<HTMLSelectElement>(el, 'page-size')!.value).to.equal('20');
      expect((await lastRequest(jobId)).get('limit')).to.equal('20');
    }
  });

  it('is operable by keyboard with visible focus, and keeps focus sensible when the page changes', async () => {
    const { el } = await listOfNewJob({ inputs: 15 }, { limit: 10 });
    const next = part<HTMLButtonElement>(el, 'next')!;
    next.focus();
    expect(el.shadowRoot!.activeElement).to.equal(next);
    expect(getComputedStyle(next).outlineStyle).to.not.equal('none');
    await sendKeys({ press: 'Enter' });
    await untilPage(el, 'Page 2 of 2', 5);
    // "Next" is disabled on the last page: focus moved to "Previous" instead of the document.
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'previous'));
    await sendKeys({ press: ' ' });
    await untilPage(el, 'Page 1 of 2', 10);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'next'));
    // Chips are buttons in the tab order and toggle with the keyboard.
    const first = parts<HTMLButtonElement>(el, 'chip')[0]!;
    first.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'chip')[1]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(parts(el, 'chip')[1]!.getAttribute('aria-pressed')).to.equal('true');
  });
});

describe('<input-progress-list> configuration', () => {
  it('applies port-name, limit and offset attribute changes at once', async () => {
    const { el, jobId } = await listOfNewJob(
      { inputs: 12, inputOverrides: [{ portName: 'worker.other' }] },
      { limit: 5 },
    );
    el.setAttribute('offset', '10');
    await untilRows(el, 2);
    expect((await lastRequest(jobId)).get('offset')).to.equal('10');
    el.setAttribute('port-name', 'worker.other');
    await untilRows(el, 1);
    const request = await lastRequest(jobId);
    expect([request.get('port_name'), request.get('offset')]).to.deep.equal(['worker.other', '0']);
    expect(text(rowPart(rows(el)[0]!, 'details'))).to.contain('worker.other');
  });

  it('sends no request for the old job when job-id and status change together', async () => {
    const [first, second] = [await createJob({ inputs: 3 }), await createJob({ inputs: 3 })];
    const el = await listFixture(first);
    await untilRows(el, 3);
    expect(await progressRequests(first)).to.have.length(1);
    el.jobId = second;
    el.status = 'failed';
    await waitUntil(() => part(el, 'empty'), 'the second job, filtered: empty');
    expect(await progressRequests(first), 'requests for the old job').to.have.length(1);
    const requests = await progressRequests(second);
    expect(requests.map((r) => r.getAll('status'))).to.deep.equal([['failed']]);
  });

  it('applies status, order, base-url and poll-interval attributes set by the page at once', async () => {
    const jobId = await createJob({ inputs: 6, concurrency: 2, itemsPerInput: 100 });
    await control.advance(jobId, 500);
    // A wrong base-url first: nothing listens there.
    const el = await listFixture(jobId, { baseUrl: 'http://127.0.0.1:9/v0.5' });
    await waitUntil(() => part(el, 'error'), 'error state');
    el.setAttribute('base-url', BASE_URL);
    await untilRows(el, 6);
    el.setAttribute('status', 'processing');
    await untilRows(el, 2);
    expect((await lastRequest(jobId)).getAll('status')).to.deep.equal(['processing']);
    expect(chip(el, 'Processing').getAttribute('aria-pressed')).to.equal('true');
    el.setAttribute('order', 'desc');
    await waitUntil(
      async () => (await lastRequest(jobId)).get('order') === 'desc',
      'desc requested',
    );
    expect(text(part(el, 'order-toggle'))).to.contain('Latest activity first');
    const before = sentProgressRequests(jobId);
    const landed = (await progressRequests(jobId)).length;
    fake.advance(60_000);
    expect(sentProgressRequests(jobId), 'poll-interval="0": no polling').to.equal(before);
    el.setAttribute('poll-interval', '100');
    await advanceUntil(
      fake,
      () => sentProgressRequests(jobId) >= before + 3,
      'polling every 100 ms',
    );
    await waitUntil(
      async () => (await progressRequests(jobId)).length >= landed + 3,
      'the polls to land',
    );
    expect((await lastRequest(jobId)).getAll('status'), 'the query survives').to.deep.equal([
      'processing',
    ]);
  });

  it('aborts the old job’s request in flight when job-id changes', async () => {
    const slow = await createJob({ inputs: 2 });
    const fast = await createJob({ inputs: 3 });
    // The old job answers only after the switch, however slow the machine.
    await control.hold(slow);
    const requests: Array<{ url: string; signal: AbortSignal }> = [];
    const el = document.createElement('input-progress-list');
    el.pollInterval = 0;
    el.client = simulatorClient({
      fetch: (input, init) => {
        requests.push({ url: input, signal: init.signal });
        return fetch(input, init);
      },
    });
    el.jobId = slow;
    document.body.append(el);
    try {
      await waitUntil(() => requests.some((r) => r.url.includes(slow)), 'the slow job requested');
      el.jobId = fast;
      await untilRows(el, 3);
      const old = requests.filter((r) => r.url.includes(slow));
      expect(old.length).to.be.greaterThan(0);
      expect(
        old.every((r) => r.signal.aborted),
        'every request of the old job aborted',
      ).to.equal(true);
      // The new job's page and counts load undisturbed (its job header may drop a job record
      // it asked for before the counts arrived: that one is obsolete).
      const feedRequests = requests.filter(
        (r) => r.url.includes(fast) && /\/inputs\/progress(\/counts)?(\?|$)/.test(r.url),
      );
      expect(feedRequests.length).to.be.greaterThan(0);
      expect(feedRequests.some((r) => r.signal.aborted)).to.equal(false);
    } finally {
      el.remove();
      await control.release(slow);
    }
  });

  it('fires all five events bubbling and composed, out of a shadow root', async () => {
    const jobId = await createJob({ inputs: 4, concurrency: 1, itemsPerInput: 1 });
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('input-progress-list');
    Object.assign(el, { jobId, baseUrl: BASE_URL, pollInterval: 0, limit: 2 });
    const names = ['update', 'error', 'page-change', 'filter-change', 'settle'].map(
      (n) => `input-progress-${n}`,
    );
    const seen = new Map<string, Event>();
    const listener = (event: Event) => seen.set(event.type, event);
    for (const name of names) document.addEventListener(name, listener);
    root.append(el);
    try {
      await untilRows(el, 2);
      await control.advance(jobId, 1000);
      await el.refresh();
      await click(el, part(el, 'next'));
      await click(el, chip(el, 'Completed'));
      await untilRows(el, 1);
      await control.setFaults(jobId, { rules: [{ kind: 'server-error', probability: 1 }] });
      await el.refresh();
      await waitUntil(
        () => seen.size === names.length,
        `all five events (saw ${[...seen.keys()]})`,
      );
      for (const event of seen.values()) {
        expect([event.type, event.bubbles, event.composed]).to.deep.equal([event.type, true, true]);
        // Retargeted to the shadow host outside, as a page listening on document sees it.
        expect(event.target).to.equal(host);
      }
    } finally {
      for (const name of names) document.removeEventListener(name, listener);
    }
  });

  it('changes the polling cadence in place when poll-interval changes, keeping the rows', async () => {
    const { el, jobId } = await listOfNewJob({ inputs: 3, itemsPerInput: 1000 });
    const shown = rows(el);
    let skeletons = 0;
    const observer = new MutationObserver(() => (skeletons += part(el, 'skeleton') ? 1 : 0));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true });
    const count = () => sentProgressRequests(jobId);
    const start = count();
    el.setAttribute('poll-interval', '100');
    await advanceUntil(fake, () => count() >= start + 4, 'polling every 100 ms');
    el.setAttribute('poll-interval', '0');
    await el.updateComplete;
    const stopped = count();
    fake.advance(60_000);
    observer.disconnect();
    expect(count(), 'poll-interval="0": polling stopped').to.equal(stopped);
    expect(skeletons, 'skeleton shown').to.equal(0);
    expect(rows(el), 'the same row elements').to.deep.equal(shown);
  });

  it('keeps a page size set before the source changes (limit, then clock, as React sets them)', async () => {
    const jobId = await createJob({ inputs: 8 });
    const el = document.createElement('input-progress-list');
    document.body.append(el);
    try {
      el.jobId = jobId;
      el.baseUrl = BASE_URL;
      el.limit = 5;
      el.clock = fake;
      await untilRows(el, 5);
      expect(el.limit, 'the page size after the feed was built again').to.equal(5);
      expect((await lastRequest(jobId)).get('limit')).to.equal('5');
    } finally {
      el.remove();
    }
  });

  it('uses a client handed to it, and switches when it changes', async () => {
    const { createClient } = await import('@input-progress/core');
    const el = document.createElement('input-progress-list');
    el.jobId = AUTH_JOB;
    el.pollInterval = 0;
    el.client = createClient({ baseUrl: AUTH_BASE_URL });
    document.body.append(el);
    try {
      await waitUntil(() => part(el, 'error'), 'no key: rejected');
      el.client = createClient({ baseUrl: AUTH_BASE_URL, apiKey: AUTH_KEY });
      await untilRows(el, 3);
    } finally {
      el.remove();
    }
  });

  it('renders rows with renderItem and text from strings', async () => {
    const { el } = await listOfNewJob({ inputs: 3 });
    el.renderItem = (item, { index }) =>
      html`<span class="custom">${index}: ${item.input.data.filename}</span>`;
    el.strings = { page: 'Seite', ofPages: (count) => `von ${count}`, next: 'Weiter' };
    await el.updateComplete;
    const custom = [...el.shadowRoot!.querySelectorAll('li > .custom')].map(
      (span) => span.textContent,
    );
    expect(custom).to.have.length(3);
    expect(custom[0]).to.match(/^0: input_\d+/);
    expect(rows(el)).to.have.length(0);
    expect(pageStatus(el)).to.equal('Seite 1 von 1');
    expect(text(part(el, 'next'))).to.equal('Weiter');
  });

  it('takes every sentence of the error state, order toggle and placeholders from strings', async () => {
    const jobId = await createJob({ inputs: 2 });
    await control.hold(jobId);
    const el = await listFixture(jobId);
    el.strings = {
      noValue: '?',
      orderLabel: 'Reihenfolge:',
      errorState: (reason) => `Fehler (${reason})`,
    };
    await el.updateComplete;
    // Counts unknown while loading: the placeholder stands in for the summary, chips show no number.
    expect(text(jobPart(el, 'summary'))).to.equal('?');
    expect(text(chip(el, 'Failed'))).to.equal('Failed');
    expect(text(part(el, 'order-toggle'))).to.equal('Reihenfolge: Oldest activity first');
    el.jobId = null;
    await waitUntil(() => part(el, 'error'), 'error state');
    expect(text(part(el, 'error'))).to.equal('Fehler (No job-id was given.)');
    await control.release(jobId);
  });

  it('formats numbers for the nearest lang', async () => {
    const jobId = await createJob({
      inputs: 5,
      inputOverrides: [{ filename: 'sized.csv', numBytes: 1_234_567 }],
    });
    const wrapper = await fixture(html`<div lang="de">${listTemplate(jobId)}</div>`);
    const el = listsIn(wrapper)[0]!;
    await untilRows(el, 5);
    // Inside the list's shadow root, rows still find the page's lang: decimal commas, German times.
    const row = rows(el).find((r) => text(rowPart(r, 'name')) === 'sized.csv')!;
    expect(text(rowPart(row, 'details'))).to.contain('1,2 MB'); // text() turns the no-break space into a space
    expect(text(rowPart(row, 'times'))).to.contain('vor ');
  });

  it('shows "All done" when every input finished, and the seconds until the retry when backing off', async () => {
    const { el, jobId } = await listOfNewJob(
      { inputs: 2, concurrency: 2, itemsPerInput: 1 },
      { advance: 10_000, pollInterval: 1000 },
    );
    await waitUntil(() => text(part(el, 'live-indicator')) === 'All done', 'all done');
    await control.setFaults(jobId, { rules: [{ kind: 'server-error', probability: 1 }] });
    await el.refresh();
    const seconds = () =>
      Number(/^Retrying in (\d+) s$/.exec(text(part(el, 'live-indicator')))?.[1] ?? NaN);
    await waitUntil(() => seconds() >= 1, 'backing off');
    const first = seconds();
    expect(first, 'a back-off of at least 2 s after a 1 s interval').to.be.at.least(2);
    // The countdown ticks while the element waits for the feed's next try.
    fake.advance(1000);
    await el.updateComplete;
    expect(seconds()).to.equal(first - 1);
    expect(part(el, 'live-indicator')!.dataset.state).to.equal('backing-off');
  });
});

describe('<input-progress-list> live updates', () => {
  it('polls and updates rows in place', async () => {
    const { el, jobId } = await listOfNewJob(
      { inputs: 2, concurrency: 2, itemsPerInput: 10 },
      { advance: 2000, pollInterval: 100 },
    );
    const row = rows(el)[0]!;
    const bar = () => rowPart(row, 'bar')!.getAttribute('aria-valuetext');
    expect(bar()).to.equal('2 of 10 items, 20%');
    expect(text(part(el, 'live-indicator'))).to.equal('Live');
    await control.advance(jobId, 3000);
    await advanceUntil(fake, () => bar() === '5 of 10 items, 50%', 'row to update');
    expect(rows(el)[0]).to.equal(row);
  });

  it('touches only the rows that changed on a poll', async () => {
    const { el, jobId } = await listOfNewJob(
      { inputs: 20, concurrency: 2, itemsPerInput: 100 },
      { advance: 3000 },
    );
    const all = rows(el);
    const changing = all.filter((row) => row.dataset.status === 'processing');
    const still = all.filter((row) => row.dataset.status === 'pending');
    expect([changing.length, still.length]).to.deep.equal([2, 18]);
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    const watch = { subtree: true, childList: true, attributes: true, characterData: true };
    for (const row of still) {
      observer.observe(row, watch);
      observer.observe(row.parentElement!, { attributes: true, characterData: true });
    }
    const before = changing.map((row) => rowText(row));
    await control.advance(jobId, 5000);
    await el.refresh();
    await el.updateComplete;
    await waitUntil(
      () => changing.every((row, i) => rowText(row) !== before[i]),
      'the 2 processing rows to change',
    );
    observer.disconnect();
    expect(mutations.length, 'mutations in the 18 unchanged rows').to.equal(0);
  });

  it('fires update, error and settle events with typed details', async () => {
    const jobId = await createJob({
      inputs: 2,
      concurrency: 2,
      itemsPerInput: 2,
      inputOverrides: [{}, { fails: true, errorMessage: 'boom' }],
    });
    const el = document.createElement('input-progress-list');
    el.jobId = jobId;
    el.baseUrl = BASE_URL;
    el.pollInterval = 0;
    const updated = oneEvent(el, 'input-progress-update') as Promise<InputProgressUpdateEvent>;
    document.body.append(el);
    try {
      const update = await updated;
      expect(update.detail.snapshot.items.length).to.equal(2);
      const updates: InputProgressUpdateEvent[] = [];
      el.addEventListener('input-progress-update', (event) => updates.push(event));
      await el.refresh();
      await el.updateComplete;
      expect(updates, 'a poll that found nothing new').to.have.length(0);
      const settles: InputProgressSettleEvent[] = [];
      el.addEventListener('input-progress-settle', (event) => settles.push(event));
      await control.advance(jobId, 5000);
      await el.refresh();
      await waitUntil(() => settles.length === 2, 'two settle events');
      expect(updates, 'the poll with new data').to.have.length(1);
      expect(updates[0]!.detail.snapshot.counts!.completed).to.equal(1);
      expect(settles.map((e) => e.detail.status).sort()).to.deep.equal(['completed', 'failed']);
      expect(
        settles.every((e) => e.detail.item.input.id === e.detail.inputId && e.detail.filename),
      ).to.equal(true);
      const failing = oneEvent(el, 'input-progress-error') as Promise<InputProgressErrorEvent>;
      await control.setFaults(jobId, {
        rules: [{ kind: 'server-error', status: 500, probability: 1 }],
      });
      await el.refresh();
      const failure = await failing;
      expect(failure.detail.error).to.be.instanceOf(ApiError);
      expect((failure.detail.error as ApiError).status).to.equal(500);
      expect(failure.detail.stale).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('announces in one polite live region, says "All done" instead of the last settles, and stays silent on unchanged polls', async () => {
    const { el, jobId } = await listOfNewJob({
      inputs: 3,
      concurrency: 3,
      itemsPerInput: 2,
      inputOverrides: [{ filename: 'alpha.csv' }],
    });
    const regions = el.shadowRoot!.querySelectorAll('[role="status"], [aria-live]');
    expect(regions.length).to.equal(1);
    expect(
      el.shadowRoot!.querySelectorAll('[role="alert"]').length,
      'one assertive region',
    ).to.equal(1);
    const region = regions[0]!;
    expect(text(region)).to.equal('');
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(text(region)));
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    await el.refresh();
    await el.updateComplete;
    // Past the announcer's spacing: anything it meant to say would be said by now.
    fake.advance(11_000);
    await el.updateComplete;
    expect(changes, 'unchanged poll').to.deep.equal([]);
    await control.advance(jobId, 5000);
    await el.refresh();
    await advanceUntil(fake, () => text(region) !== '', 'announcement');
    expect(text(region)).to.equal('All done: 3 completed, 0 failed.');
    await el.refresh();
    await el.refresh();
    fake.advance(11_000);
    await el.updateComplete;
    observer.disconnect();
    expect(changes.filter(Boolean), 'one announcement for the burst').to.have.length(1);
  });

  it('names and announces inputs that finished on another page of a multi-page job', async () => {
    const { el, jobId } = await listOfNewJob(
      { inputs: 6, concurrency: 3, itemsPerInput: 2 },
      { advance: 500, limit: 2 },
    );
    // Processing first: page 1 of 3 shows two of the three running inputs.
    expect(pageStatus(el)).to.equal('Page 1 of 3');
    const shown = rows(el).map((row) => row.dataset.inputId);
    expect(rows(el).every((row) => row.dataset.status === 'processing')).to.equal(true);
    const settles: InputProgressSettleEvent[] = [];
    el.addEventListener('input-progress-settle', (event) => settles.push(event));
    const region = part(el, 'announcer')!;
    // All three finish and move to the completed bucket on page 3; the next three start.
    await control.advance(jobId, 2000);
    await el.refresh();
    await advanceUntil(fake, () => text(region) !== '', 'announcement');
    expect(text(region)).to.equal('3 inputs finished: 3 completed, 0 failed. 3 of 6 done so far.');
    expect(settles.map((e) => e.detail.inputId).sort()).to.deep.equal([...shown].sort());
    expect(settles.map((e) => e.detail.status)).to.deep.equal(['completed', 'completed']);
    expect(settles.every((e) => e.detail.filename === e.detail.item.input.data.filename)).to.equal(
      true,
    );
  });

  it('announces inputs leaving a status="processing" filter as they finish', async () => {
    const { el, jobId } = await listOfNewJob(
      {
        inputs: 3,
        concurrency: 1,
        itemsPerInput: 1,
        inputOverrides: [{ filename: 'first.csv' }],
      },
      { advance: 500, status: 'processing', rows: 1 },
    );
    const settle = oneEvent(el, 'input-progress-settle') as Promise<InputProgressSettleEvent>;
    await control.advance(jobId, 1000);
    await el.refresh();
    const event = await settle;
    expect([event.detail.filename, event.detail.status]).to.deep.equal(['first.csv', 'completed']);
    await advanceUntil(fake, () => text(part(el, 'announcer')) !== '', 'announcement');
    expect(text(part(el, 'announcer'))).to.equal('first.csv: Completed. 1 of 3 done so far.');
  });

  it('merges settles of polls less than 10 s apart into one announcement, each a new text node', async () => {
    const { el, jobId } = await listOfNewJob({
      inputs: 5,
      concurrency: 1,
      itemsPerInput: 1,
      inputOverrides: [{ filename: 'a.csv' }, { filename: 'b.csv' }, { filename: 'c.csv' }],
    });
    const region = part(el, 'announcer')!;
    const said: Array<[string, number]> = [];
    const added: Node[] = [];
    const observer = new MutationObserver((records) => {
      if (text(region)) said.push([text(region), fake.now()]);
      records.forEach((r) =>
        r.addedNodes.forEach((node) => node.textContent?.trim() && added.push(node)),
      );
    });
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    await control.advance(jobId, 1000);
    await el.refresh();
    await advanceUntil(fake, () => said.length === 1, 'first announcement');
    // Two more polls, each with one more finished input, well within the next 10 s.
    await control.advance(jobId, 1000);
    await el.refresh();
    await control.advance(jobId, 1000);
    await el.refresh();
    await advanceUntil(fake, () => said.length === 2, 'second announcement');
    fake.advance(12_000);
    await el.updateComplete;
    observer.disconnect();
    expect(said.map(([sentence]) => sentence)).to.deep.equal([
      'a.csv: Completed. 1 of 5 done so far.',
      '2 inputs finished: 2 completed, 0 failed. 3 of 5 done so far.',
    ]);
    expect(said[1]![1] - said[0]![1], 'ms between announcements (100 ms steps)').to.be.at.least(
      9900,
    );
    expect(added).to.have.length(2);
    expect(added[0]).to.not.equal(added[1]);
    expect(added[1]!.isConnected, 'the second sentence is what the region holds').to.equal(true);
  });

  it('leaves no timer of its own or of its feed running while removed', async () => {
    const jobId = await createJob({ inputs: 2, itemsPerInput: 1000 });
    // The feed tells time by the test's clock too, so every timer on the page is counted.
    const feed = feedOf(jobId, { pollInterval: 100, clock: fake });
    const el = await fixture<InputProgressList>(
      html`<input-progress-list .clock=${testClock()} .feed=${feed}></input-progress-list>`,
    );
    await untilRows(el, 2);
    await advanceUntil(fake, () => sentProgressRequests(jobId) >= 2, 'the feed polls on a timer');
    // Backing off: the element's own countdown timer runs too.
    await control.setFaults(jobId, { rules: [{ kind: 'server-error', probability: 1 }] });
    // (A poll sent before the fault may still answer well: polls go on until one fails.)
    await advanceUntil(
      fake,
      () => part(el, 'live-indicator')!.dataset.state === 'backing-off',
      'backing off',
    );
    expect(fake.timerCount, 'the feed’s retry, the countdown and the ticker').to.be.at.least(3);
    const parent = el.parentElement!;
    el.remove();
    expect(fake.timerCount, 'timers left (feed, countdown, announcer, ticker)').to.equal(0);
    expect(ticker.size, 'relative-time ticker registrations left').to.equal(0);
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(el.shadowRoot!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    const requests = sentProgressRequests(jobId);
    // Longer than the countdown's 1 s tick, the ticker and many poll intervals.
    fake.advance(60_000);
    await el.updateComplete;
    observer.disconnect();
    // A property set on the removed element renders it once, and starts no timer.
    el.status = 'failed';
    await el.updateComplete;
    expect(fake.timerCount, 'timers after an update while removed').to.equal(0);
    mutations.length = 0;
    fake.advance(60_000);
    await el.updateComplete;
    expect(mutations.length, 'renders while removed (a countdown or announce timer)').to.equal(0);
    el.status = '';
    expect(sentProgressRequests(jobId), 'requests while removed').to.equal(requests);
    await control.setFaults(jobId, {});
    parent.append(el);
    await advanceUntil(
      fake,
      () => sentProgressRequests(jobId) > requests,
      'work resumes when put back',
    );
  });

  it('stops all requests and timers when removed, and resumes when put back', async () => {
    const { el, jobId } = await listOfNewJob(
      { inputs: 2, itemsPerInput: 1000 },
      { pollInterval: 50 },
    );
    await advanceUntil(fake, () => sentProgressRequests(jobId) >= 4, 'a few polls', 50);
    const parent = el.parentElement!;
    el.remove();
    const detached = sentProgressRequests(jobId);
    // The aborted load's timeouts are cleared once its abort settled.
    await waitUntil(() => fake.timerCount === 0, 'no timer left while detached');
    // A thousand poll intervals: any timer left running would have sent requests.
    fake.advance(50_000);
    expect(sentProgressRequests(jobId), 'requests while detached').to.equal(detached);
    parent.append(el);
    await advanceUntil(
      fake,
      () => sentProgressRequests(jobId) > detached + 2,
      'polling resumes',
      50,
    );
  });

  it('switches at once when job-id changes, dropping the old job', async () => {
    const slow = await createJob({ inputs: 2 });
    const fast = await createJob({ inputs: 4 });
    await control.hold(slow);
    const el = await listFixture(slow);
    await waitUntil(() => part(el, 'skeleton'), 'loading the slow job');
    el.jobId = fast;
    await untilRows(el, 4);
    // Now the slow job answers; a direct request to it coming back shows the held ones did too.
    await control.release(slow);
    await fetch(`${BASE_URL}/batch/jobs/${slow}/inputs/progress`);
    await el.updateComplete;
    expect(rows(el).length, 'the slow job’s late answer is not shown').to.equal(4);
    const fastPage = await (await fetch(`${BASE_URL}/batch/jobs/${fast}/inputs/progress`)).json();
    const fastIds = fastPage.items.map((item: { input: { id: string } }) => item.input.id);
    expect(rows(el).map((row) => row.dataset.inputId)).to.have.members(fastIds);
  });

  it('says when polling is paused while hidden, and when offline', async () => {
    const jobId = await createJob({ inputs: 2, itemsPerInput: 100 });
    let visible = true;
    let online = true;
    const listeners = new Set<() => void>();
    const feed = feedOf(jobId, {
      pollInterval: 1000,
      // The page's own visibility and network cannot be switched from a test: these sources can.
      environment: {
        isVisible: () => visible,
        onVisibilityChange: (listener) => (
          listeners.add(listener),
          () => listeners.delete(listener)
        ),
        isOnline: () => online,
        onOnlineChange: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
      },
    });
    const el = await fixture<InputProgressList>(
      html`<input-progress-list .clock=${testClock()} .feed=${feed}></input-progress-list>`,
    );
    await untilRows(el, 2);
    expect(text(part(el, 'live-indicator'))).to.equal('Live');
    visible = false;
    listeners.forEach((listener) => listener());
    await waitUntil(() => text(part(el, 'live-indicator')) === 'Paused while hidden', 'paused');
    visible = true;
    online = false;
    listeners.forEach((listener) => listener());
    await waitUntil(() => text(part(el, 'live-indicator')) === 'Offline', 'offline');
    expect(part(el, 'live-indicator')!.dataset.state).to.equal('offline');
  });

  it('ends in one state whether the query moves by attribute, by chip or by another element sharing the feed', async () => {
    const jobId = await createJob({ inputs: 6, concurrency: 2, itemsPerInput: 100 });
    await control.advance(jobId, 500);
    const feed = feedOf(jobId);
    const [a, b] = await listsSharing(feed);
    await untilRows(a, 6);
    /** What each element and the feed say about the query. */
    const state = (el: InputProgressList) => ({
      status: el.status,
      attribute: el.getAttribute('status'),
      order: el.order,
      offset: el.offset,
      pressed: parts(el, 'chip')
        .filter((c) => c.getAttribute('aria-pressed') === 'true')
        .map(text),
    });
    const agree = async (statuses: string[], message: string) => {
      await Promise.all([a.updateComplete, b.updateComplete]);
      await waitUntil(() => showsRows(a) && showsRows(b), message);
      expect(feed.getSnapshot().query.statuses, `${message}: the feed`).to.deep.equal(statuses);
      expect(state(a), `${message}: both elements`).to.deep.equal(state(b));
      expect(a.status, message).to.equal(statuses.join(' '));
    };
    // 1. An attribute on one element.
    a.setAttribute('status', 'processing');
    await agree(['processing'], 'attribute');
    expect(rows(b)).to.have.length(2);
    // 2. A chip on the other.
    await click(b, chip(b, 'Pending'));
    await agree(['processing', 'pending'], 'chip');
    // 3. The feed moved by its owner.
    feed.setQuery({ statuses: [], order: 'desc' });
    await agree([], 'feed');
    expect([a.order, b.order, a.getAttribute('order')]).to.deep.equal(['desc', 'desc', 'desc']);
  });

  it('leaves the rows alone on a poll that changed nothing they show', async () => {
    const { el, jobId } = await listOfNewJob(
      { inputs: 3, concurrency: 3, itemsPerInput: 100 },
      { advance: 1000 },
    );
    let rendered = 0;
    const renderRow = el.renderItem;
    el.renderItem = (item, context) => {
      rendered++;
      return html`<span class="custom">${context.index}: ${item.input.data.filename}</span>`;
    };
    await el.updateComplete;
    expect(rendered, 'the new renderItem draws every row once').to.equal(3);
    // A refresh flips isFetching twice and finds the same data: the rows are not visited.
    await el.refresh();
    await el.updateComplete;
    expect(rendered, 'rows visited by an unchanged poll').to.equal(3);
    // New data is drawn.
    await control.advance(jobId, 2000);
    await el.refresh();
    await el.updateComplete;
    expect(rendered).to.equal(6);
    el.renderItem = renderRow;
  });

  it('follows a change of the page’s language at once', async () => {
    const jobId = await createJob({ inputs: 2 });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">${listTemplate(jobId, { limit: 1000 })}</div>`,
    );
    const el = listsIn(wrapper)[0]!;
    await untilRows(el, 2);
    expect(part<HTMLSelectElement>(el, 'page-size')!.selectedOptions[0]!.textContent).to.equal(
      '1,000',
    );
    wrapper.lang = 'de';
    await waitUntil(
      () => part<HTMLSelectElement>(el, 'page-size')!.selectedOptions[0]!.textContent === '1.000',
      'German numbers at once',
    );
  });

  it('lets several elements share one feed', async () => {
    const jobId = await createJob({ inputs: 4 });
    const [a, b] = await listsSharing(feedOf(jobId));
    await untilRows(a, 4);
    await untilRows(b, 4);
    expect((await progressRequests(jobId)).length).to.equal(1);
    await click(a, chip(a, 'Pending'));
    await waitUntil(() => b.status === 'pending', 'the other element follows the shared query');
  });
});

describe('<input-progress-list> hardening', () => {
  it('retries a rate-limited first load after its Retry-After even with polling off', async () => {
    const jobId = await createJob({
      inputs: 3,
      faults: { rules: [{ kind: 'rate-limit', nth: [1], retryAfter: 2 }] },
    });
    const el = await listFixture(jobId, { pollInterval: 0 });
    await waitUntil(() => part(el, 'error'), 'the 429 shown');
    expect(text(part(el, 'error'))).to.contain('Too many requests');
    expect(text(part(el, 'live-indicator'))).to.equal('Retrying in 2 s');
    const sent = sentProgressRequests(jobId);
    fake.advance(1900);
    expect(sentProgressRequests(jobId), 'not before Retry-After').to.equal(sent);
    fake.advance(100);
    expect(sentProgressRequests(jobId), 'the retry at 2 s').to.equal(sent + 1);
    await untilRows(el, 3);
    expect(part(el, 'error')).to.equal(null);
  });

  it('sends one request per interval for two lists of the same job and query, and separate ones for another query', async () => {
    const jobId = await createJob({ inputs: 4, itemsPerInput: 1000 });
    const list = listTemplate(jobId, { pollInterval: 1000 });
    const wrapper = await fixture(html`<div>${list}${list}</div>`);
    const [a, b] = listsIn(wrapper) as [InputProgressList, InputProgressList];
    await untilRows(a, 4);
    await untilRows(b, 4);
    expect(sentProgressRequests(jobId), 'one first load for both').to.equal(1);
    for (let poll = 2; poll <= 4; poll++) {
      await advanceUntil(fake, () => sentProgressRequests(jobId) === poll, `poll ${poll}`, 1000);
      await waitUntil(
        async () => (await progressRequests(jobId)).length === poll,
        `poll ${poll} answered`,
      );
      // Both lists show what the one request brought.
      await Promise.all([a.updateComplete, b.updateComplete]);
    }
    expect(sentProgressRequests(jobId), 'three intervals, two lists').to.equal(4);
    // Another query is another load.
    b.setAttribute('status', 'processing');
    await b.updateComplete;
    await untilRows(b, 4);
    const before = sentProgressRequests(jobId);
    await advanceUntil(
      fake,
      () => sentProgressRequests(jobId) >= before + 2,
      'each query polled',
      1000,
    );
    // Sent is not yet received: read the server's log once both polls have reached it.
    await waitUntil(
      async () => (await progressRequests(jobId)).length >= before + 2,
      'both polls received',
    );
    const statuses = (await progressRequests(jobId))
      .slice(before)
      .map((r) => r.getAll('status').join(' '));
    expect(new Set(statuses)).to.deep.equal(new Set(['', 'processing']));
  });

  it('keeps two elements sharing a feed on its current snapshot when a listener changes the feed', async () => {
    const jobId = await createJob({ inputs: 4, itemsPerInput: 1000 });
    const feed = feedOf(jobId, { pollInterval: 1000, clock: fake });
    // A page script that turns polling off from inside its listener, as soon as data is there.
    whenTestEnds(
      feed.subscribe((snapshot) => {
        if (snapshot.status === 'success') feed.setPollInterval(0);
      }),
    );
    const [a, b] = await listsSharing(feed);
    await untilRows(a, 4);
    await untilRows(b, 4);
    expect(feed.getSnapshot().live).to.equal('stopped');
    for (const el of [a, b])
      expect(part(el, 'live-indicator')!.dataset.state, 'both show the feed’s state').to.equal(
        'stopped',
      );
  });
});

describe('<input-progress-list> safety', () => {
  const hostile = [
    '<img src=x onerror="window.__xss=1">',
    '"><svg onload="window.__xss=2">',
    '</style><b id=bold>bold</b>',
  ];

  it('shows untrusted strings as text, runs nothing, and never links a javascript: ref', async () => {
    const job = {
      inputs: 2,
      concurrency: 2,
      itemsPerInput: 2,
      portName: hostile[1],
      inputOverrides: [
        {
          filename: hostile[0],
          ref: 'javascript:window.__xss=3',
          message: hostile[1],
          kind: hostile[2],
          metadata: { [hostile[0]!]: hostile[2] },
          fails: true,
          errorMessage: hostile[2],
        },
        { filename: hostile[2], message: hostile[0], metadata: { note: hostile[1] } },
      ],
    };
    const { el, jobId } = await listOfNewJob(job, { advance: 1500 });
    await control.advance(jobId, 5000);
    await el.refresh();
    await el.updateComplete;
    // The rows are in the list's own shadow root, beside the job header's own sparkline.
    const injected = 'img, svg:not([part~="job-sparkline"]), script, b, #bold';
    expect(el.shadowRoot!.querySelectorAll(injected).length).to.equal(0);
    const all = rows(el).map(rowText).join(' ');
    for (const s of hostile) expect(all).to.contain(s);
    const [javascriptRef, httpsRef] = rows(el).sort((a) =>
      text(rowPart(a, 'name')) === hostile[0] ? -1 : 1,
    );
    expect(javascriptRef!.querySelector('a'), 'javascript: ref').to.equal(null);
    expect(httpsRef!.querySelector('a'), 'https: ref').to.exist;
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('uses the API key but never puts it in the DOM', async () => {
    const el = await listFixture(AUTH_JOB, { baseUrl: AUTH_BASE_URL, apiKey: AUTH_KEY });
    await untilRows(el, 3);
    const html = [document.documentElement.outerHTML, el.outerHTML, el.shadowRoot!.innerHTML].join(
      '\n',
    );
    expect(html).to.not.contain(AUTH_KEY);
    expect([...el.attributes].map((a) => a.value).join(' ')).to.not.contain(AUTH_KEY);
    // A new key takes effect at once: a wrong one turns into the "rejected key" state.
    el.apiKey = 'sk-revoked';
    await waitUntil(() => part(el, 'error'), 'error state');
    expect(el.shadowRoot!.innerHTML).to.not.contain('sk-revoked');
  });
});
