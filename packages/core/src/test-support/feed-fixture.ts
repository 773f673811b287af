/**
 * What the feed suites share: one simulator over real HTTP for the enclosing `describe`, a
 * fresh fake environment per test (its clock is the only one the feeds and their clients
 * see), jobs made from the suite's defaults, and every feed made here destroyed after its test.
 */
import type { JobConfig } from '@input-progress/simulator';
import type { ClientOptions } from '../client-options.js';
import { createClient } from '../client.js';
import type { FeedOptions, InputProgressFeed } from '../feed-types.js';
import { createFeed } from '../feed.js';
import { createFakeEnvironment, type FakeEnvironment } from './fake-environment.js';
import { startTestSimulator, uniqueJobId, type TestSimulator } from './simulator.js';

/** Inputs of ten 1-second items that never fail: progress a test can work out. */
export const STEADY_INPUTS = {
  msPerItem: 1000,
  spread: 0,
  itemsPerInput: 10,
  failureRate: 0,
} as const satisfies JobConfig;

export interface FeedSuiteDefaults {
  /** Names the suite's job ids (`job_<prefix>_…`). */
  readonly prefix: string;
  /** The config of every job the suite makes, unless a test says otherwise. */
  readonly job: JobConfig;
  /** Options of every feed the suite makes (after `limit: 5`), unless a test says otherwise. */
  readonly feed?: Partial<FeedOptions>;
}

/** Registers the suite's hooks and returns what its tests use. */
export function useFeedFixture(defaults: FeedSuiteDefaults) {
  let sim: TestSimulator | undefined;
  let env: FakeEnvironment | undefined;
  const feeds: InputProgressFeed[] = [];
  before(async () => {
    sim = await startTestSimulator();
  });
  after(() => sim?.close());
  beforeEach(() => {
    env = createFakeEnvironment();
  });
  afterEach(() => {
    for (const feed of feeds.splice(0)) feed.destroy();
  });

  const fixture = {
    get sim(): TestSimulator {
      return sim!;
    },
    /** This test's fake environment: time moves only with `env.advance`. */
    get env(): FakeEnvironment {
      return env!;
    },
    /** Creates a job of the suite's defaults, changed by `config`; resolves with its id. */
    job: (config: JobConfig = {}) =>
      fixture.sim.control.createJob({
        id: uniqueJobId(defaults.prefix),
        ...defaults.job,
        ...config,
      }),
    /** The page requests (not the counts) the simulator has seen for `jobId`. */
    pageRequests: async (jobId: string) =>
      (await fixture.sim.control.requests(jobId)).filter((r) =>
        r.path.endsWith('/inputs/progress'),
      ),
    /** A client on the test's fake clock: its timeouts move only with `env.advance`. */
    clientOf: (options: ClientOptions = {}) =>
      createClient({ baseUrl: fixture.sim.url, clock: fixture.env, ...options }),
    /**
     * A feed of `jobId` on the fake environment, with its own client (from `clientOptions`)
     * unless `options` brings one; destroyed after the test.
     */
    feedOf(
      jobId: string,
      options: Partial<FeedOptions> = {},
      clientOptions: ClientOptions = {},
    ): InputProgressFeed {
      const feed = createFeed({
        client: fixture.clientOf(clientOptions),
        jobId,
        clock: fixture.env,
        environment: fixture.env,
        query: { limit: 5 },
        ...defaults.feed,
        ...options,
      });
      feeds.push(feed);
      return feed;
    },
  };
  return fixture;
}
