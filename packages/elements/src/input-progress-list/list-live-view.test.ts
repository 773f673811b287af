import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../define.js';
import { cleanUpEachTest } from '../test-support/each-test.js';
import { advanceUntil, useFakeClock, type FakeClock } from '../test-support/fake-clock.js';
import { preferReducedMotion, restoreMotion } from '../test-support/reduced-motion.js';
import { waitUntil } from '../test-support/wait-until.js';
import {
  control,
  DISK_FULL,
  jobPart,
  listOfNewJob,
  part,
  parts,
  progressRequests,
  rowPart,
  rows,
  rowText,
  text,
  untilPage,
} from '../test-support/list-helpers.js';
import type { InputProgressList } from './input-progress-list.js';

/** Where the simulator's manual clocks start: a fake clock starting there reads the same times. */
const SIMULATOR_EPOCH = Date.parse('2026-04-14T10:00:00Z');
/** Two animation frames: what the move animation needs to have started, if it starts at all. */
const frames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const ids = (el: InputProgressList) => rows(el).map((row) => row.dataset.inputId);

let fake: FakeClock;
cleanUpEachTest();
afterEach(restoreMotion);

/**
 * A list whose first row moves to the bottom on the next poll: one input at a time, 10 s each;
 * when the first finishes it leaves the processing bucket (top) for the completed one (bottom).
 */
async function reorderingList(
  density = 'comfortable',
): Promise<{ el: InputProgressList; jobId: string; first: string }> {
  fake = useFakeClock();
  const { el, jobId } = await listOfNewJob(
    { inputs: 4, concurrency: 1, itemsPerInput: 1, msPerItem: 10_000 },
    { pollInterval: 1000, density },
  );
  return { el, jobId, first: ids(el)[0]! };
}
async function moveFirstRowDown({
  el,
  jobId,
  first,
}: {
  el: InputProgressList;
  jobId: string;
  first: string;
}) {
  await control.advance(jobId, 10_000);
  await advanceUntil(
    fake,
    () => ids(el).at(-1) === first,
    'the first row moved to the bottom',
    1000,
  );
  await el.updateComplete;
}

/** The first input finishes (10 s on): moves the page's clock until its `row` says so. */
async function firstInputCompleted(jobId: string, row: Element) {
  await control.advance(jobId, 10_000);
  const completed = () => text(rowPart(row, 'badge')) === 'Completed';
  await advanceUntil(fake, completed, 'the first row completed', 1000);
}

describe('<input-progress-list> live view', () => {
  it('moves reordered rows smoothly, and instantly when the user prefers reduced motion', async () => {
    await preferReducedMotion(false);
    // Animations started on list items, recorded as they start: a 250 ms move can be over
    // before a poll of getAnimations() comes round on a loaded machine.
    const started: Element[] = [];
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (this: Element, ...args) {
      if (this.getAttribute('part') === 'item') started.push(this);
      return animate.apply(this, args);
    };
    try {
      const moving = await reorderingList();
      await moveFirstRowDown(moving);
      await waitUntil(() => started.length > 0, 'a move animation');
    } finally {
      Element.prototype.animate = animate;
    }
    await fixtureCleanup();
    fake.restore();

    await preferReducedMotion(true);
    const still = await reorderingList();
    await moveFirstRowDown(still);
    await frames();
    expect(
      parts(still.el, 'item').flatMap((li) => li.getAnimations()),
      'no animation',
    ).to.deep.equal([]);
  });

  it('reads no row layout for first rows, a poll that changed only what rows show, or a new page', async () => {
    await preferReducedMotion(false);
    fake = useFakeClock();
    // Every layout read of a list item (what measuring a row for a move costs), counted.
    let reads = 0;
    const measure = HTMLElement.prototype.getBoundingClientRect;
    HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
      if (this.getAttribute('part') === 'item') reads++;
      return measure.call(this);
    };
    try {
      const { el, jobId } = await listOfNewJob(
        { inputs: 4, concurrency: 2, itemsPerInput: 10 },
        { pollInterval: 1000, limit: 2 },
      );
      await frames();
      expect(reads, 'first rows').to.equal(0);

      const order = ids(el);
      const message = () => rowText(rows(el)[0]!);
      const before = message();
      await control.advance(jobId, 3000);
      await advanceUntil(fake, () => message() !== before, 'the next progress', 1000);
      await frames();
      expect(ids(el), 'the same rows in the same places').to.deep.equal(order);
      expect(reads, 'a poll that changed what rows show').to.equal(0);

      part(el, 'next')!.click();
      await advanceUntil(fake, () => !ids(el).includes(order[0]!), 'the second page', 1000);
      await frames();
      expect(reads, 'a new page').to.equal(0);
    } finally {
      HTMLElement.prototype.getBoundingClientRect = measure;
    }
  });

  it('keeps rows in their places while the pointer is over the list, and moves them when it leaves', async () => {
    const { el, jobId, first } = await reorderingList('compact');
    const box = el.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + 20), Math.round(box.top + 20)],
    });
    await firstInputCompleted(jobId, rows(el)[0]!);
    expect(ids(el)[0], 'the finished row kept its place under the pointer').to.equal(first);
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + 20), Math.round(box.bottom + 40)],
    });
    await waitUntil(() => ids(el).at(-1) === first, 'the row moved once the pointer left');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('keeps a focused row in its place, its control focused and working, until focus leaves', async () => {
    const moving = await reorderingList('compact');
    const { el, jobId, first } = moving;
    const row = rows(el)[0]!;
    const toggle = rowPart(row, 'toggle')!;
    toggle.focus();
    await firstInputCompleted(jobId, row);
    expect(ids(el)[0], 'still first').to.equal(first);
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded'), 'the keyboard still works there').to.equal('true');
    const outside = document.createElement('button');
    document.body.append(outside);
    try {
      outside.focus();
      await waitUntil(() => ids(el).at(-1) === first, 'the row moved once focus left');
      expect(rows(el).at(-1), 'the same row node, now last').to.equal(row);
    } finally {
      outside.remove();
    }
  });

  it('counts every relative time on screen from the same now', async () => {
    // Inputs are created together at the job's start; one works while three wait unchanged.
    fake = useFakeClock(SIMULATOR_EPOCH + 10_000);
    const { el, jobId } = await listOfNewJob(
      { inputs: 4, concurrency: 1, itemsPerInput: 20 },
      { advance: 10_000, pollInterval: 1000 },
    );
    const created = () => rows(el).map((row) => text(rowPart(row, 'times')));
    expect([...new Set(created())]).to.deep.equal(['created 10 seconds ago']);
    // Polls re-render the working row; every row and the header still count from one now.
    const working = rows(el)[0]!;
    const percent = () => text(rowPart(working, 'progress'));
    const before = percent();
    await control.advance(jobId, 5000);
    await advanceUntil(fake, () => percent() !== before, 'the working row moved on', 1000);
    await el.updateComplete;
    const agreed = () => {
      const ages = [...new Set(created())];
      const seconds = /^created (\d+) seconds ago$/.exec(ages[0] ?? '')?.[1];
      return ages.length === 1 && text(jobPart(el, 'elapsed')) === `${seconds} sec elapsed`;
    };
    await waitUntil(agreed, 'the rows and the header from the same now');
    // 30 s on, they all moved together.
    fake.advance(30_000);
    await el.updateComplete;
    await waitUntil(agreed, 'the header with them');
    expect(created()[0]).to.not.equal('created 10 seconds ago');
  });

  it('is one line per input of at most 40 px in compact density, and passes the audit in both densities and schemes', async () => {
    document.documentElement.style.fontSize = '16px';
    const { el } = await listOfNewJob(
      { inputs: 5, concurrency: 2, itemsPerInput: 2, inputOverrides: [DISK_FULL] },
      { advance: 2500 },
    );
    const heights = () => parts(el, 'item').map((li) => li.getBoundingClientRect().height);
    expect(Math.min(...heights()), 'comfortable rows are taller').to.be.greaterThan(40);
    for (const scheme of ['light', 'dark']) {
      el.style.colorScheme = scheme;
      await expect(el).to.be.accessible();
    }
    el.density = 'compact';
    await el.updateComplete;
    expect(rows(el).every((row) => row.classList.contains('compact'))).to.equal(true);
    // Rows that came on screen as the others shrank are drawn in the next frame.
    await frames();
    expect(Math.max(...heights())).to.be.at.most(40);
    const failed = rows(el).find((row) => row.dataset.status === 'failed')!;
    expect(text(rowPart(failed, 'error'))).to.equal('Error: Disk quota exceeded');
    for (const scheme of ['light', 'dark']) {
      el.style.colorScheme = scheme;
      await expect(el).to.be.accessible();
    }
  });
});

describe('<input-progress-list> page jump', () => {
  it('goes to the page typed in the page number field on Enter, and refuses what is not a page', async () => {
    const { el, jobId } = await listOfNewJob({ inputs: 25 }, { limit: 10 });
    const input = part<HTMLInputElement>(el, 'page-input')!;
    expect([input.type, input.min, input.max]).to.deep.equal(['number', '1', '3']);
    const type = async (value: string) => {
      input.focus();
      input.value = '';
      await sendKeys({ type: value });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    };
    const sent = async () => (await progressRequests(jobId)).length;
    const before = await sent();
    for (const wrong of ['0', '9']) {
      await type(wrong);
      expect(text(part(el, 'page-error')), wrong).to.equal('Enter a page from 1 to 3.');
      expect(part(el, 'page-error')!.getAttribute('role')).to.equal('alert');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal(part(el, 'page-error')!.id);
    }
    expect(el.offset, 'still on page 1').to.equal(0);
    expect(await sent(), 'nothing requested for a refused page').to.equal(before);
    await expect(el).to.be.accessible();

    const changed = oneEvent(el, 'input-progress-page-change');
    await type('3');
    expect((await changed).detail).to.deep.equal({ page: 3, offset: 20, limit: 10 });
    await untilPage(el, 'Page 3 of 3', 5);
    expect(part(el, 'page-error')).to.equal(null);
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect((await progressRequests(jobId)).at(-1)!.get('offset')).to.equal('20');
  });

  it('goes to the first and the last page by keyboard, keeping focus in the pagination', async () => {
    const { el, jobId } = await listOfNewJob({ inputs: 25 }, { limit: 10 });
    const last = part<HTMLButtonElement>(el, 'last')!;
    last.focus();
    await sendKeys({ press: 'Enter' });
    await untilPage(el, 'Page 3 of 3', 5);
    expect(last.disabled).to.equal(true);
    await waitUntil(
      () => el.shadowRoot!.activeElement === part(el, 'previous'),
      'focus on Previous',
    );
    const first = part<HTMLButtonElement>(el, 'first')!;
    first.focus();
    await sendKeys({ press: ' ' });
    await untilPage(el, 'Page 1 of 3', 10);
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'next'), 'focus on Next');
    expect((await progressRequests(jobId)).map((q) => q.get('offset'))).to.include.members([
      '20',
      '0',
    ]);
  });
});
