import { impatientClient } from '../playground/page-api.js';
import { liveList, liveMeta, type ElementStory } from '../playground/element-stories.js';

/**
 * `<input-progress-list>` on a job of the in-page simulator. The controls under "simulated
 * API" shape the job and the network; the others are the element's own attributes and
 * custom properties.
 */
export default {
  title: 'Elements/List',
  tags: ['expect-rows'],
  ...liveMeta('input-progress-list'),
};

/** A job going live: inputs move from pending to processing to completed or failed. */
export const Live: ElementStory = {};

/** A flaky network: 500s, 429s with `Retry-After`, bad bodies and dropped connections. The client retries; the list keeps what it has. */
export const FlakyNetwork: ElementStory = {
  args: {
    serverErrors: 0.05,
    rateLimits: 0.05,
    retryAfter: 1,
    badBodies: 0.04,
    drops: 0.04,
    latencyMs: 300,
  },
};

/** One line per input: the 10,000-input job in compact density. */
export const LargeJobCompact: ElementStory = {
  name: '10,000 inputs, compact',
  args: { inputs: 10_000, concurrency: 60, density: 'compact', limit: 50, speed: 8 },
};

/** Every input finished: polling stops, the live indicator says "All done". */
export const Finished: ElementStory = { render: liveList({}, { elapsedMs: 'finished' }) };

/** A client handed in as a property (`list.client = createClient({ fetch })`) instead of `base-url`. */
export const OwnClient: ElementStory = {
  name: 'Own client',
  render: (args, context) => liveList({ client: impatientClient() })(args, context),
};
