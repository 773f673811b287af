import { useEffect } from 'react';
import { expect } from 'chai';
import {
  ApiError,
  createClient,
  type FeedEnvironment,
  type InputProgressFeed,
} from '@input-progress/core';
import { useInputProgressFeed, type UseInputProgressFeedOptions } from './index.js';
import {
  BASE_URL,
  control,
  countingFetch,
  createJob,
  mount,
  trackedEnvironment,
  unmountAll,
  waitFor,
  watchConsole,
} from './test-support/browser.js';

/** A list rendered from the hook alone: one `<li>` per input with its status and percent. */
function Inputs(
  props: UseInputProgressFeedOptions & { onFeed?: (feed: InputProgressFeed) => void },
) {
  const { onFeed, ...options } = props;
  const { snapshot, feed } = useInputProgressFeed(options);
  useEffect(() => {
    onFeed?.(feed);
  }, [feed, onFeed]);
  return (
    <div data-status={snapshot.status} data-page={snapshot.page}>
      <ul>
        {snapshot.items.map((item) => (
          <li key={item.input.id} data-status={item.input.status} data-percent={item.percent ?? ''}>
            {item.input.data.filename}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => feed.nextPage()}>
        Next
      </button>
    </div>
  );
}

const rows = (container: HTMLElement) => [...container.querySelectorAll('li')];
const percents = (container: HTMLElement) =>
  rows(container).map((li) => Number(li.dataset.percent || 0));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('useInputProgressFeed', () => {
  let console: ReturnType<typeof watchConsole>;
  beforeEach(() => {
    console = watchConsole();
  });
  afterEach(() => {
    unmountAll();
    console.restore();
  });

  it('renders a job’s inputs and follows their progress live from the simulator', async () => {
    const jobId = await createJob({
      inputs: 6,
      concurrency: 3,
      itemsPerInput: 10,
      msPerItem: 1000,
    });
    const { container } = mount(<Inputs jobId={jobId} baseUrl={BASE_URL} pollInterval={100} />);
    await waitFor(() => rows(container).length === 6, 'six rows');
    expect(sum(percents(container)), 'progress before the clock moved').to.equal(0);

    await control.advance(jobId, 4_000);
    await waitFor(() => sum(percents(container)) > 0, 'progress from the next poll');
    expect(rows(container).filter((li) => li.dataset.status === 'processing')).to.have.length(3);

    await control.advance(jobId, 20_000);
    await waitFor(
      () => rows(container).filter((li) => li.dataset.status === 'completed').length === 6,
      'every input completed',
    );
    expect(console.messages).to.deep.equal([]);
  });

  it('applies query and pollInterval changes to the running feed, and ignores equal ones', async () => {
    const jobId = await createJob({ inputs: 12 });
    const feeds: InputProgressFeed[] = [];
    const onFeed = (feed: InputProgressFeed) => feeds.push(feed);
    const view = mount(
      <Inputs jobId={jobId} baseUrl={BASE_URL} query={{ limit: 5 }} onFeed={onFeed} />,
    );
    await waitFor(() => rows(view.container).length === 5, 'a page of five');

    // Another page through the feed, then a re-render with an equal (new) query object.
    view.container.querySelector('button')!.click();
    await waitFor(
      () => view.container.firstElementChild!.getAttribute('data-page') === '2',
      'page 2',
    );
    view.render(<Inputs jobId={jobId} baseUrl={BASE_URL} query={{ limit: 5 }} onFeed={onFeed} />);
    expect(feeds[0]!.getSnapshot().page, 'the page the user chose').to.equal(2);

    view.render(<Inputs jobId={jobId} baseUrl={BASE_URL} query={{ limit: 10 }} onFeed={onFeed} />);
    await waitFor(() => rows(view.container).length === 10, 'a page of ten');
    expect(feeds[0]!.getSnapshot().query).to.include({ limit: 10, offset: 0 });

    // The default interval (5 s) would not poll within this test; 50 ms does, on the same feed.
    const polls = async () => (await control.requests(jobId)).length;
    view.render(
      <Inputs
        jobId={jobId}
        baseUrl={BASE_URL}
        query={{ limit: 10 }}
        pollInterval={50}
        onFeed={onFeed}
      />,
    );
    const before = await polls();
    await waitFor(async () => (await polls()) >= before + 6, 'polls every 50 ms');
    expect(rows(view.container), 'the rows stay').to.have.length(10);
    expect(feeds, 'one feed throughout').to.have.length(1);
    expect(console.messages).to.deep.equal([]);
  });

  it('builds a new feed when the job changes, and the old job gets no more requests', async () => {
    const first = await createJob({ inputs: 2, itemsPerInput: 1000 });
    const second = await createJob({ inputs: 3, itemsPerInput: 1000 });
    const fetch = countingFetch();
    const client = createClient({ baseUrl: BASE_URL, fetch });
    const view = mount(<Inputs jobId={first} client={client} pollInterval={50} />);
    await waitFor(() => rows(view.container).length === 2, 'the first job');
    await control.advance(first, 1_000);
    await waitFor(() => fetch.calls(first) >= 6, 'the first job polled');

    view.render(<Inputs jobId={second} client={client} pollInterval={50} />);
    await waitFor(() => rows(view.container).length === 3, 'the second job');
    // The old feed is destroyed a microtask after the switch, aborting what it had in flight.
    await Promise.resolve();
    const firstCalls = fetch.calls(first);
    const secondCalls = fetch.calls(second);
    await waitFor(
      () => fetch.calls(second) >= secondCalls + 4,
      'the second job polled four more times',
    );
    expect(fetch.calls(first), 'requests for the first job after the switch').to.equal(firstCalls);
    expect(console.messages).to.deep.equal([]);
  });

  it('keeps one live feed under StrictMode, and unmounting destroys it: no timer, listener or request left', async () => {
    const jobId = await createJob({ inputs: 3, itemsPerInput: 10, msPerItem: 1000 });
    const tracked = trackedEnvironment();
    const fetch = countingFetch();
    const client = createClient({ baseUrl: BASE_URL, fetch });
    const feeds = new Set<InputProgressFeed>();
    const environment: Partial<FeedEnvironment> = tracked.environment;
    const view = mount(
      <Inputs
        jobId={jobId}
        client={client}
        pollInterval={50}
        environment={environment}
        onFeed={(f) => feeds.add(f)}
      />,
      { strict: true },
    );
    await waitFor(() => rows(view.container).length === 3, 'rows');
    // Mounted, unmounted and mounted again by StrictMode: the feed it kept still polls.
    await control.advance(jobId, 3_000);
    await waitFor(() => sum(percents(view.container)) > 0, 'live progress after the double mount');
    expect(feeds.size, 'feeds the effects saw').to.equal(1);
    expect(tracked.timers(), 'one poll timer at most').to.be.at.most(1);
    expect(tracked.listeners(), 'visibility and online listeners').to.equal(2);

    // A second list of another job keeps polling: the clock for "no more requests".
    const other = await createJob({ inputs: 1, itemsPerInput: 1000 });
    const witness = mount(<Inputs jobId={other} client={client} pollInterval={50} />);
    await waitFor(() => rows(witness.container).length === 1, 'the other job');

    view.unmount();
    await Promise.resolve();
    expect(tracked.timers(), 'timers left').to.equal(0);
    expect(tracked.listeners(), 'listeners left').to.equal(0);
    const calls = fetch.calls(jobId);
    const otherCalls = fetch.calls(other);
    await waitFor(
      () => fetch.calls(other) >= otherCalls + 4,
      'the other job polled four more times',
    );
    expect(fetch.calls(jobId), 'requests after unmount').to.equal(calls);
    expect(console.messages).to.deep.equal([]);
  });

  it('gives the feed’s typed error for a job the API does not know', async () => {
    let feed: InputProgressFeed | undefined;
    const { container } = mount(
      <Inputs jobId="job_missing_react" baseUrl={BASE_URL} onFeed={(f) => (feed = f)} />,
    );
    await waitFor(
      () => container.firstElementChild!.getAttribute('data-status') === 'error',
      'the error state',
    );
    expect(rows(container)).to.have.length(0);
    const { error } = feed!.getSnapshot();
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).status).to.equal(404);
    expect(console.messages).to.deep.equal([]);
  });
});
