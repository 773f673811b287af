import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import { fakeClockEachTest } from '../test-support/each-test.js';
import {
  control,
  createJob,
  listFixture,
  listOfNewJob,
  part,
  parts,
  rowPart,
  rows,
  simulatorClient,
  text,
  untilRows,
} from '../test-support/list-helpers.js';
import { waitUntil } from '../test-support/wait-until.js';
import type { InputProgressList } from './input-progress-list.js';

fakeClockEachTest();

/**
 * Where focus is, as "part “accessible name”" (the name from `aria-label`, else the text);
 * fails when focus fell to the document. Strings, not elements: a failure message then says
 * where focus went, and the test runner never serialises a node with its Lit state.
 */
function focused(el: InputProgressList): string {
  expect(document.activeElement?.tagName, 'focus is in the list, not on the document').to.equal(
    'INPUT-PROGRESS-LIST',
  );
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  if (!active) return 'nothing';
  return `${active.getAttribute('part')} “${active.getAttribute('aria-label') ?? text(active)}”`;
}
const chip = (el: InputProgressList, label: string) =>
  parts(el, 'chip').find((c) => text(c).startsWith(label))!;
const row = (el: InputProgressList, filename: string) =>
  rows(el).find((r) => text(rowPart(r, 'name')) === filename)!;

/**
 * A job of three inputs processing at once, shown as a.csv, b.csv, c.csv: a.csv finishes
 * after 1 s, c.csv after 2 s, b.csv after 20 s. The API lists processing inputs that started
 * together by input id, which the job's id and seed decide: the job is made once to see where
 * each input is listed, then made again, same id and seed, with names and lengths by place.
 */
async function threeRunning(): Promise<string> {
  const job = (inputOverrides: Array<{ filename: string; items: number }>) => ({
    inputs: 3,
    concurrency: 3,
    seed: 1,
    inputOverrides,
  });
  // Every input named and sized both times: the same random draws, so the same ids.
  const id = await createJob(job([0, 1, 2].map((index) => ({ filename: `${index}`, items: 20 }))));
  const { items } = await simulatorClient().listInputsProgress(id, {
    statuses: ['processing'],
  });
  const byPlace = [
    { filename: 'a.csv', items: 1 },
    { filename: 'b.csv', items: 20 },
    { filename: 'c.csv', items: 2 },
  ];
  const plan = byPlace.slice();
  items.forEach((item, place) => (plan[Number(item.input.data.filename)] = byPlace[place]!));
  await control.deleteJob(id);
  return createJob({ ...job(plan), id });
}

/** Moves the job on by `ms` and loads: rows of inputs that finished leave a `processing` filter. */
async function finish(el: InputProgressList, jobId: string, ms: number, rowsLeft: number) {
  await control.advance(jobId, ms);
  await el.refresh();
  await waitUntil(() => rows(el).length === rowsLeft, `${rowsLeft} rows left`);
  await el.updateComplete;
}

describe('<input-progress-list> focus never falls to the document', () => {
  it('Enter on the toolbar’s "Show all" moves focus to the chip before it (the last one)', async () => {
    const { el } = await listOfNewJob(
      { inputs: 4, concurrency: 1 },
      { status: 'pending', rows: 3 },
    );
    const showAll = part(el, 'header')!.querySelector<HTMLElement>('[part~="clear-filters"]')!;
    showAll.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(showAll.isConnected, 'the button removed itself').to.equal(false);
    expect(focused(el)).to.equal('chip “Completed 0”');
  });

  it('Enter on the empty state’s "Show all" moves focus to the list, which keeps it when the rows come', async () => {
    const jobId = await createJob({ inputs: 4 });
    await control.hold(jobId);
    try {
      const el = await listFixture(jobId, { status: 'failed' });
      await control.release(jobId);
      await waitUntil(() => part(el, 'empty'), 'empty state');
      // The next answer waits: focus has to find a place while the rows load.
      await control.hold(jobId);
      part(el, 'empty')!.querySelector<HTMLElement>('[part~="clear-filters"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)).to.equal('list “Loading inputs…”');
      await control.release(jobId);
      await untilRows(el, 4);
      expect(focused(el)).to.equal(`list “Inputs of job ${jobId}”`);
    } finally {
      await control.release(jobId);
    }
  });

  it('a focused row link whose input leaves the filter hands focus to the next row’s link, else the previous one’s, else the pressed chip', async () => {
    const jobId = await threeRunning();
    await control.advance(jobId, 500);
    const el = await listFixture(jobId, { status: 'processing' });
    await untilRows(el, 3);
    expect(rows(el).map((r) => text(rowPart(r, 'name')))).to.deep.equal([
      'a.csv',
      'b.csv',
      'c.csv',
    ]);
    rowPart(row(el, 'a.csv'), 'link')!.focus();
    await finish(el, jobId, 1000, 2);
    expect(focused(el)).to.equal('row-link “b.csv”');
    // The last row leaves: there is no next one.
    rowPart(row(el, 'c.csv'), 'link')!.focus();
    await finish(el, jobId, 1000, 1);
    expect(focused(el)).to.equal('row-link “b.csv”');
    // The only row leaves: no list is left, the filter that emptied it takes focus.
    await finish(el, jobId, 20_000, 0);
    await waitUntil(() => part(el, 'empty'), 'empty state');
    expect(focused(el)).to.equal('chip “Processing 0”');
    expect(chip(el, 'Processing').getAttribute('aria-pressed')).to.equal('true');
  });

  it('a focused Details button whose input leaves the filter hands focus to the next row’s Details button', async () => {
    const jobId = await threeRunning();
    await control.advance(jobId, 500);
    const el = await listFixture(jobId, { status: 'processing' });
    el.density = 'compact';
    await untilRows(el, 3);
    rowPart(row(el, 'a.csv'), 'toggle')!.focus();
    await finish(el, jobId, 1000, 2);
    expect(focused(el)).to.equal('row-toggle “Details of b.csv”');
  });

  it('a page change that replaces the focused row moves focus to the list', async () => {
    const { el, jobId } = await listOfNewJob({ inputs: 15 }, { limit: 5 });
    const firstOnPage1 = rows(el)[0]!.dataset.inputId;
    rowPart(rows(el)[2]!, 'link')!.focus();
    // The page changes under it (the app sets the offset, or a shared feed moved on).
    el.offset = 5;
    await waitUntil(() => rows(el)[0]?.dataset.inputId !== firstOnPage1, 'page 2');
    await untilRows(el, 5);
    expect(focused(el)).to.equal(`list “Inputs of job ${jobId}”`);
  });

  it('the stale banner’s "Try again" hands focus to the list when the banner goes', async () => {
    const { el, jobId } = await listOfNewJob({ inputs: 3 });
    await control.setFaults(jobId, { rules: [{ kind: 'server-error', probability: 1 }] });
    await el.refresh();
    await waitUntil(() => part(el, 'stale-banner'), 'stale banner');
    await control.setFaults(jobId, {});
    part(el, 'stale-banner')!.querySelector<HTMLElement>('[part~="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !part(el, 'stale-banner'), 'banner gone');
    await el.updateComplete;
    expect(focused(el)).to.equal(`list “Inputs of job ${jobId}”`);
  });
});
