import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { impatientClient } from '../playground/page-api.js';
import { liveJob } from '../playground/live-job.js';
import { elementControls, listTemplate, type ElementArgs } from '../playground/element-stories.js';
import { localeOf } from '../locales.js';

const controls = elementControls('input-progress-list', {
  limit: 10,
  'poll-interval': 1000,
  offset: 0,
});

/**
 * `<input-progress-list>` on a job of the in-page simulator. The controls under "simulated
 * API" shape the job and the network; the others are the element's own attributes and
 * custom properties.
 */
const meta: Meta<ElementArgs> = {
  title: 'Elements/List',
  component: 'input-progress-list',
  tags: ['expect-rows'],
  args: controls.args,
  argTypes: controls.argTypes,
  render: (args, { id, globals }) =>
    html`${controls.styleTemplate(args)}${listTemplate(args, {
      jobId: liveJob(id, args).id,
      strings: localeOf(globals.locale).strings,
    })}`,
};
export default meta;

type Story = StoryObj<ElementArgs>;

/** A job going live: inputs move from pending to processing to completed or failed. */
export const Live: Story = {};

/** A flaky network: 500s, 429s with `Retry-After`, bad bodies and dropped connections. The client retries; the list keeps what it has. */
export const FlakyNetwork: Story = {
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
export const LargeJobCompact: Story = {
  name: '10,000 inputs, compact',
  args: { inputs: 10_000, concurrency: 60, density: 'compact', limit: 50, speed: 8 },
};

/** Every input finished: polling stops, the live indicator says "All done". */
export const Finished: Story = {
  render: (args, { id, globals }) =>
    listTemplate(args, {
      jobId: liveJob(id, args, { elapsedMs: 'finished' }).id,
      strings: localeOf(globals.locale).strings,
    }),
};

/** A client handed in as a property (`list.client = createClient({ fetch })`) instead of `base-url`. */
export const OwnClient: Story = {
  name: 'Own client',
  render: (args, { id, globals }) =>
    listTemplate(args, {
      jobId: liveJob(id, args).id,
      strings: localeOf(globals.locale).strings,
      client: impatientClient(),
    }),
};
