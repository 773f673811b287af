import { createRef, version } from 'react';
import { version as domVersion } from 'react-dom';
import { expect } from 'chai';
import { ApiError, type FeedItem } from '@input-progress/core';
// The element and event classes, as `elements.…`: what each wrapper and event prop must hand out.
import * as elements from '@input-progress/elements';
import {
  InputProgressJob,
  InputProgressList,
  InputProgressRow,
  useInputProgressFeed,
} from './index.js';
import {
  advanceJob,
  advanceUntil,
  BASE_URL,
  createJob,
  mount,
  setUpEachTest,
} from './test-support/browser.js';

const shadowParts = (el: Element, name: string) => [
  ...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? []),
];
/** What a row shows: an `<input-progress-row>`'s shadow root, or a row the list draws in its own. */
const rowText = (row: Element) =>
  (row.shadowRoot ?? row).textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('InputProgressList and InputProgressRow (React wrappers)', () => {
  const page = setUpEachTest();

  it(`runs on React ${process.env.EXPECTED_REACT_MAJOR} (react and react-dom)`, () => {
    expect(version.split('.')[0]).to.equal(process.env.EXPECTED_REACT_MAJOR);
    expect(domVersion.split('.')[0]).to.equal(process.env.EXPECTED_REACT_MAJOR);
  });

  it('registers the tags, sets props as properties and hands the element to a ref', () => {
    expect(customElements.get('input-progress-list')).to.equal(elements.InputProgressList);
    expect(customElements.get('input-progress-row')).to.equal(elements.InputProgressRow);
    const ref = createRef<elements.InputProgressList>();
    const strings = { refresh: 'Reload' };
    mount(
      <InputProgressList
        ref={ref}
        jobId="job_props"
        baseUrl={BASE_URL}
        limit={5}
        pollInterval={0}
        clock={page.clock}
        strings={strings}
        className="jobs"
      />,
    );
    const el = ref.current!;
    expect(el).to.be.instanceOf(elements.InputProgressList);
    expect(el.jobId).to.equal('job_props');
    expect(el.clock, 'the clock the list and its feed run on').to.equal(page.clock);
    expect(el.limit).to.equal(5);
    expect(el.strings, 'an object prop arrives as the same object').to.equal(strings);
    expect(el.className).to.equal('jobs');
  });

  it('renders the rows of a job and calls the event props with the typed events', async () => {
    const jobId = await createJob({ inputs: 8, concurrency: 2, itemsPerInput: 2 });
    const updates: elements.InputProgressUpdateEvent[] = [];
    const settled: elements.InputProgressSettleEvent[] = [];
    const pages: elements.InputProgressPageChangeEvent[] = [];
    const filters: elements.InputProgressFilterChangeEvent[] = [];
    const ref = createRef<elements.InputProgressList>();
    mount(
      <InputProgressList
        ref={ref}
        jobId={jobId}
        baseUrl={BASE_URL}
        limit={5}
        pollInterval={100}
        clock={page.clock}
        onInputProgressUpdate={(event) => updates.push(event)}
        onInputProgressSettle={(event) => settled.push(event)}
        onInputProgressPageChange={(event) => pages.push(event)}
        onInputProgressFilterChange={(event) => filters.push(event)}
      />,
    );
    const list = ref.current!;
    await advanceUntil(page.clock, () => shadowParts(list, 'row').length === 5, 'five rows');
    await advanceUntil(page.clock, () => updates.length > 0, 'an update event');
    expect(updates[0]).to.be.instanceOf(elements.InputProgressUpdateEvent);
    expect(updates[0]!.detail.snapshot.items).to.have.length(5);
    expect(rowText(shadowParts(list, 'row')[0]!)).to.contain('.csv');

    // Two inputs finish 2 s into the job: one settle event each.
    await advanceJob(jobId, 2_000);
    await advanceUntil(page.clock, () => settled.length === 2, 'two settle events');
    expect(settled.every((event) => event instanceof elements.InputProgressSettleEvent)).to.equal(
      true,
    );
    expect(settled.map((event) => event.detail.status)).to.deep.equal(['completed', 'completed']);

    shadowParts(list, 'next')[0]!.click();
    await advanceUntil(page.clock, () => pages.length === 1, 'a page-change event');
    expect(pages[0]).to.be.instanceOf(elements.InputProgressPageChangeEvent);
    expect(pages[0]!.detail).to.include({ page: 2, offset: 5, limit: 5 });

    shadowParts(list, 'chip')[0]!.click();
    await advanceUntil(page.clock, () => filters.length === 1, 'a filter-change event');
    expect(filters[0]).to.be.instanceOf(elements.InputProgressFilterChangeEvent);
    expect(filters[0]!.detail.statuses).to.have.length(1);
    expect(page.consoleMessages).to.deep.equal([]);
  });

  it('calls onInputProgressError with the typed error, and the handler in use is the latest one', async () => {
    const first: elements.InputProgressErrorEvent[] = [];
    const latest: elements.InputProgressErrorEvent[] = [];
    const ref = createRef<elements.InputProgressList>();
    const missingJobList = (onError: (event: elements.InputProgressErrorEvent) => void) => (
      <InputProgressList
        ref={ref}
        jobId="job_react_missing"
        baseUrl={BASE_URL}
        pollInterval={0}
        clock={page.clock}
        onInputProgressError={onError}
      />
    );
    const view = mount(missingJobList((event) => first.push(event)));
    await advanceUntil(page.clock, () => first.length === 1, 'an error event');
    expect(first[0]).to.be.instanceOf(elements.InputProgressErrorEvent);
    expect(first[0]!.detail.error).to.be.instanceOf(ApiError);
    expect((first[0]!.detail.error as ApiError).status).to.equal(404);

    view.render(missingJobList((event) => latest.push(event)));
    await ref.current!.refresh();
    await advanceUntil(page.clock, () => latest.length === 1, 'the new handler called');
    expect(first, 'the replaced handler').to.have.length(1);
  });

  it('renders InputProgressRow from the hook’s items', async () => {
    const jobId = await createJob({
      inputs: 3,
      inputOverrides: [
        { filename: 'alpha.csv' },
        { filename: 'beta.csv' },
        { filename: 'gamma.csv' },
      ],
    });
    function Rows() {
      const { snapshot } = useInputProgressFeed({
        jobId,
        baseUrl: BASE_URL,
        pollInterval: 0,
        clock: page.clock,
      });
      return (
        <ul>
          {snapshot.items.map((item: FeedItem) => (
            <li key={item.input.id}>
              <InputProgressRow item={item} clock={page.clock} />
            </li>
          ))}
        </ul>
      );
    }
    const { container } = mount(<Rows />, { strict: true });
    await advanceUntil(
      page.clock,
      () => container.querySelectorAll('input-progress-row').length === 3,
      'three rows',
    );
    const rows = [...container.querySelectorAll<elements.InputProgressRow>('input-progress-row')];
    await Promise.all(rows.map((row) => row.updateComplete));
    const names = rows.map((row) => row.item!.input.data.filename);
    expect([...names].sort()).to.deep.equal(['alpha.csv', 'beta.csv', 'gamma.csv']);
    rows.forEach((row, i) => expect(rowText(row), 'what the row shows').to.contain(names[i]));
    expect(page.consoleMessages).to.deep.equal([]);
  });

  it('renders InputProgressJob from the hook’s feed, with the job’s failures in its summary', async () => {
    const jobId = await createJob({
      inputs: 4,
      concurrency: 4,
      itemsPerInput: 1,
      inputOverrides: [{ fails: true }],
    });
    await advanceJob(jobId, 60_000);
    function Job() {
      const { feed } = useInputProgressFeed({
        jobId,
        baseUrl: BASE_URL,
        pollInterval: 0,
        clock: page.clock,
      });
      return <InputProgressJob feed={feed} clock={page.clock} />;
    }
    const { container } = mount(<Job />, { strict: true });
    const job = () => container.querySelector<elements.InputProgressJob>('input-progress-job');
    const summary = () =>
      shadowParts(job()!, 'summary')[0]?.textContent?.replace(/\s+/g, ' ').trim();
    await advanceUntil(
      page.clock,
      () => job() instanceof elements.InputProgressJob,
      'the job element',
    );
    await advanceUntil(
      page.clock,
      () => summary() === '3 completed · 1 failed of 4',
      'the summary',
    );
    expect(page.consoleMessages).to.deep.equal([]);
  });
});
