import type { FaultRule } from '@input-progress/simulator/browser';
import { impatientClient } from '../playground/page-api.js';
import { liveJob } from '../playground/live-job.js';
import {
  listTemplate,
  liveList,
  liveMeta,
  type ElementStory,
} from '../playground/element-stories.js';
import { localeOf } from '../locales.js';

/**
 * Every state of `<input-progress-list>` a user can meet, each on its own simulated job. The
 * tag `expect-…` of a story is what the story test requires to see on screen.
 */
export default { title: 'States', ...liveMeta('input-progress-list') };

/** The list's own requests (the page and the counts); the job record stays readable. */
const LIST_ENDPOINTS = ['progress', 'counts'] as const;

/** A render in which, after the first page, every answer to the list's own requests is `fault`. */
const faultAfterFirstPage =
  (fault: Pick<FaultRule, 'kind' | 'retryAfter'>): ElementStory['render'] =>
  (args, context) => {
    const job = liveJob(context.id, args);
    return listTemplate(args, {
      jobId: job.id,
      strings: localeOf(context.globals.locale).strings,
      client: impatientClient(),
      onFirstLoad: () =>
        job.setFaults({ rules: [{ ...fault, probability: 1, endpoints: LIST_ENDPOINTS }] }),
    });
  };

/** Every answer held back (the `hold` control): the skeleton while the first page loads. Switch `hold` off to release it. */
export const Loading: ElementStory = {
  args: { hold: true },
  tags: ['expect-loading'],
  render: liveList(),
};

/**
 * After the first page, every answer is a `429` with `Retry-After: 30`: the rows stay, the
 * stale banner says when they are from, and the live indicator counts down to the next try.
 */
export const BackoffCountdown: ElementStory = {
  name: 'Back-off countdown',
  tags: ['expect-backoff'],
  render: faultAfterFirstPage({ kind: 'rate-limit', retryAfter: 30 }),
};

/** After the first page, every answer is a `500`: the rows stay under a stale banner with a retry button. */
export const StaleError: ElementStory = {
  name: 'Stale data after an error',
  tags: ['expect-stale'],
  render: faultAfterFirstPage({ kind: 'server-error' }),
};

/** A job id the API does not know: the error state says so (`404 job_not_found`). */
export const UnknownJob: ElementStory = {
  name: '404: unknown job',
  tags: ['expect-error'],
  render: (args, { globals }) =>
    listTemplate(args, {
      jobId: 'job_that_does_not_exist',
      strings: localeOf(globals.locale).strings,
    }),
};

/** `base-url` pointing where no API is: the error state names the `404` (answered in the page). */
export const WrongBaseUrl: ElementStory = {
  name: 'Wrong base URL',
  tags: ['expect-error'],
  render: liveList({ baseUrl: '/wrong-path' }),
};

/** A job with no tracked inputs: the empty state. */
export const Empty: ElementStory = {
  args: { inputs: 0 },
  tags: ['expect-empty'],
  render: liveList(),
};
