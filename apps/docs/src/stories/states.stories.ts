import type { Meta, StoryObj } from '@storybook/web-components-vite';
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
 * Every state of `<input-progress-list>` a user can meet, each on its own simulated job. The
 * tag `expect-…` of a story is what the story test requires to see on screen.
 */
const meta: Meta<ElementArgs> = {
  title: 'States',
  component: 'input-progress-list',
  args: controls.args,
  argTypes: controls.argTypes,
};
export default meta;

type Story = StoryObj<ElementArgs>;

/** The list's own requests (the page and the counts); the job record stays readable. */
const LIST_ENDPOINTS = ['progress', 'counts'] as const;

/** Every answer held back (the `hold` control): the skeleton while the first page loads. Switch `hold` off to release it. */
export const Loading: Story = {
  args: { hold: true },
  tags: ['expect-loading'],
  render: (args, { id, globals }) =>
    listTemplate(args, { jobId: liveJob(id, args).id, strings: localeOf(globals.locale).strings }),
};

/**
 * After the first page, every answer is a `429` with `Retry-After: 30`: the rows stay, the
 * stale banner says when they are from, and the live indicator counts down to the next try.
 */
export const BackoffCountdown: Story = {
  name: 'Back-off countdown',
  tags: ['expect-backoff'],
  render: (args, { id, globals }) => {
    const job = liveJob(id, args);
    return listTemplate(args, {
      jobId: job.id,
      strings: localeOf(globals.locale).strings,
      client: impatientClient(),
      onFirstLoad: () =>
        job.setFaults({
          rules: [
            { kind: 'rate-limit', probability: 1, retryAfter: 30, endpoints: LIST_ENDPOINTS },
          ],
        }),
    });
  },
};

/** After the first page, every answer is a `500`: the rows stay under a stale banner with a retry button. */
export const StaleError: Story = {
  name: 'Stale data after an error',
  tags: ['expect-stale'],
  render: (args, { id, globals }) => {
    const job = liveJob(id, args);
    return listTemplate(args, {
      jobId: job.id,
      strings: localeOf(globals.locale).strings,
      client: impatientClient(),
      onFirstLoad: () =>
        job.setFaults({
          rules: [{ kind: 'server-error', probability: 1, endpoints: LIST_ENDPOINTS }],
        }),
    });
  },
};

/** A job id the API does not know: the error state says so (`404 job_not_found`). */
export const UnknownJob: Story = {
  name: '404: unknown job',
  tags: ['expect-error'],
  render: (args, { globals }) =>
    listTemplate(args, {
      jobId: 'job_that_does_not_exist',
      strings: localeOf(globals.locale).strings,
    }),
};

/** `base-url` pointing where no API is: the error state names the `404` (answered in the page). */
export const WrongBaseUrl: Story = {
  name: 'Wrong base URL',
  tags: ['expect-error'],
  render: (args, { id, globals }) =>
    listTemplate(args, {
      jobId: liveJob(id, args).id,
      baseUrl: '/wrong-path',
      strings: localeOf(globals.locale).strings,
    }),
};

/** A job with no tracked inputs: the empty state. */
export const Empty: Story = {
  args: { inputs: 0 },
  tags: ['expect-empty'],
  render: (args, { id, globals }) =>
    listTemplate(args, { jobId: liveJob(id, args).id, strings: localeOf(globals.locale).strings }),
};
