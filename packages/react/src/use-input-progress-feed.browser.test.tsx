import { useEffect } from 'react';
import { expect } from 'chai';
import { ApiError, createClient, type InputProgressFeed } from '@input-progress/core';
import type { FakeClock } from '@input-progress/core/testing';
import { useInputProgressFeed, type UseInputProgressFeedOptions } from './index.js';
import {
  advanceJob,
  advanceUntil,
  BASE_URL,
  control,
  countingFetch,
  createJob,
  mount,
  setUpEachTest,
  trackedEnvironment,
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

/**
 * Moves the clock until `live` was polled four more times, then checks that `stopped` (whose
 * feed was dropped) got no request in that time: its timer, had it been left, would have run.
 */
async function expectNoMoreRequests(
  clock: FakeClock,
  fetch: ReturnType<typeof countingFetch>,
  { stopped, live }: { stopped: string; live: string },
) {
  const stoppedCalls = fetch.calls(stopped);
  const liveCalls = fetch.calls(live);
  await advanceUntil(
    clock,
    () => fetch.calls(live) >= liveCalls + 4,
    'four more polls of the live job',
  );
  expect(fetch.calls(stopped), 'requests for the dropped feed’s job').to.equal(stoppedCalls);
}

describe('useInputProgressFeed', () => {
  const page = setUpEachTest();

  it('renders a job’s inputs and follows their progress live from the simulator', async () => {
    const { clock } = page;
    const jobId = await createJob({
      inputs: 6,
      concurrency: 3,
      itemsPerInput: 10,
    });
    const { container } = mount(
      <Inputs jobId={jobId} baseUrl={BASE_URL} pollInterval={100} clock={clock} />,
    );
    await advanceUntil(clock, () => rows(container).length === 6, 'six rows');
    expect(sum(percents(container)), 'progress before the job’s clock moved').to.equal(0);

    await advanceJob(jobId, 4_000);
    await advanceUntil(clock, () => sum(percents(container)) > 0, 'progress from the next poll');
    expect(rows(container).filter((li) => li.dataset.status === 'processing')).to.have.length(3);

    await advanceJob(jobId, 20_000);
    await advanceUntil(
      clock,
      () => rows(container).filter((li) => li.dataset.status === 'completed').length === 6,
      'every input completed',
    );
    expect(page.consoleMessages).to.deep.equal([]);
  });

  it('applies query and pollInterval changes to the running feed, and ignores equal ones', async () => {
    const { clock } = page;
    const jobId = await createJob({ inputs: 12 });
    const feeds: InputProgressFeed[] = [];
    const onFeed = (feed: InputProgressFeed) => feeds.push(feed);
    const inputs = (query: { limit: number }, pollInterval?: number) => (
      <Inputs
        jobId={jobId}
        baseUrl={BASE_URL}
        query={query}
        pollInterval={pollInterval}
        clock={clock}
        onFeed={onFeed}
      />
    );
    const view = mount(inputs({ limit: 5 }));
    await advanceUntil(clock, () => rows(view.container).length === 5, 'a page of five');

    // Another page through the feed, then a re-render with an equal (new) query object.
    view.container.querySelector('button')!.click();
    await advanceUntil(
      clock,
      () => view.container.firstElementChild!.getAttribute('data-page') === '2',
      'page 2',
    );
    view.render(inputs({ limit: 5 }));
    expect(feeds[0]!.getSnapshot().page, 'the page the user chose').to.equal(2);

    view.render(inputs({ limit: 10 }));
    await advanceUntil(clock, () => rows(view.container).length === 10, 'a page of ten');
    expect(feeds[0]!.getSnapshot().query).to.include({ limit: 10, offset: 0 });

    // The default interval (5 s) would take 30 s for six polls; 50 ms takes 300 ms, same feed.
    const polls = async () => (await control.requests(jobId)).length;
    view.render(inputs({ limit: 10 }, 50));
    const before = await polls();
    const startedAt = clock.now();
    await advanceUntil(clock, async () => (await polls()) >= before + 6, 'six polls', 50);
    expect(clock.now() - startedAt, 'fake ms the six polls took').to.be.at.most(300);
    expect(rows(view.container), 'the rows stay').to.have.length(10);
    expect(feeds, 'one feed throughout').to.have.length(1);
    expect(page.consoleMessages).to.deep.equal([]);
  });

  it('builds a new feed when the job changes, and the old job gets no more requests', async () => {
    const { clock } = page;
    const first = await createJob({ inputs: 2, itemsPerInput: 1000 });
    const second = await createJob({ inputs: 3, itemsPerInput: 1000 });
    const fetch = countingFetch();
    const client = createClient({ baseUrl: BASE_URL, fetch, clock });
    const view = mount(<Inputs jobId={first} client={client} pollInterval={50} clock={clock} />);
    await advanceUntil(clock, () => rows(view.container).length === 2, 'the first job');
    await advanceJob(first, 1_000);
    await advanceUntil(clock, () => fetch.calls(first) >= 6, 'the first job polled', 50);

    view.render(<Inputs jobId={second} client={client} pollInterval={50} clock={clock} />);
    await advanceUntil(clock, () => rows(view.container).length === 3, 'the second job');
    // The old feed is destroyed a microtask after the switch, aborting what it had in flight.
    await Promise.resolve();
    await expectNoMoreRequests(clock, fetch, { stopped: first, live: second });
    expect(page.consoleMessages).to.deep.equal([]);
  });

  it('keeps one live feed under StrictMode, and unmounting destroys it: no timer, listener or request left', async () => {
    const { clock } = page;
    const jobId = await createJob({ inputs: 3, itemsPerInput: 10 });
    const tracked = trackedEnvironment(clock);
    const fetch = countingFetch();
    const client = createClient({ baseUrl: BASE_URL, fetch, clock });
    const feeds = new Set<InputProgressFeed>();
    const view = mount(
      <Inputs
        jobId={jobId}
        client={client}
        pollInterval={50}
        clock={clock}
        environment={tracked.environment}
        onFeed={(feed) => feeds.add(feed)}
      />,
      { strict: true },
    );
    await advanceUntil(clock, () => rows(view.container).length === 3, 'rows');
    // Mounted, unmounted and mounted again by StrictMode: the feed it kept still polls.
    await advanceJob(jobId, 3_000);
    await advanceUntil(
      clock,
      () => sum(percents(view.container)) > 0,
      'live progress after the double mount',
      50,
    );
    expect(feeds.size, 'feeds the effects saw').to.equal(1);
    expect(tracked.timers(), 'poll timers of the feed').to.be.at.most(1);
    expect(tracked.listeners(), 'visibility and online listeners').to.equal(2);

    view.unmount();
    await Promise.resolve();
    expect(tracked.timers(), 'timers of the feed left').to.equal(0);
    // The aborted requests' timeouts are cleared once their fetches reject (time stands still).
    await advanceUntil(clock, () => clock.timerCount === 0, 'no timer left on the clock', 0);
    expect(tracked.listeners(), 'listeners left').to.equal(0);

    // A list of another job on the same clock and client keeps polling meanwhile.
    const other = await createJob({ inputs: 1, itemsPerInput: 1000 });
    const witness = mount(<Inputs jobId={other} client={client} pollInterval={50} clock={clock} />);
    await advanceUntil(clock, () => rows(witness.container).length === 1, 'the other job');
    await expectNoMoreRequests(clock, fetch, { stopped: jobId, live: other });
    expect(page.consoleMessages).to.deep.equal([]);
  });

  it('sends the first load once under StrictMode: the second effect takes up the first one’s requests', async () => {
    const { clock } = page;
    const jobId = await createJob({ inputs: 2 });
    const fetch = countingFetch();
    const client = createClient({ baseUrl: BASE_URL, fetch, clock });
    // Every answer is held until released: the first load is in flight through both effects.
    await control.hold(jobId);
    try {
      const view = mount(<Inputs jobId={jobId} client={client} pollInterval={0} clock={clock} />, {
        strict: true,
      });
      await advanceUntil(
        clock,
        () => fetch.calls(jobId) >= 2,
        'the page and the counts asked for',
        0,
      );
      await control.release(jobId);
      await advanceUntil(clock, () => rows(view.container).length === 2, 'rows', 0);
      expect(fetch.calls(jobId), 'the page and the counts, once').to.equal(2);
    } finally {
      await control.release(jobId);
    }
    expect(page.consoleMessages).to.deep.equal([]);
  });

  it('gives the feed’s typed error for a job the API does not know', async () => {
    const { clock } = page;
    let feed: InputProgressFeed | undefined;
    const { container } = mount(
      <Inputs
        jobId="job_missing_react"
        baseUrl={BASE_URL}
        clock={clock}
        onFeed={(built) => (feed = built)}
      />,
    );
    await advanceUntil(
      clock,
      () => container.firstElementChild!.getAttribute('data-status') === 'error',
      'the error state',
    );
    expect(rows(container)).to.have.length(0);
    const { error } = feed!.getSnapshot();
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).status).to.equal(404);
    expect(page.consoleMessages).to.deep.equal([]);
  });
});
