import { expect } from '@open-wc/testing';
import { ApiError } from '@input-progress/core';
import '../define.js';
import { defaultStrings } from '../default-strings.js';
import { describeError } from '../describe-error.js';
import { fakeClockEachTest } from '../test-support/each-test.js';
import { createJob, jobPart, listFixture, part, text } from '../test-support/list-helpers.js';
import { waitUntil } from '../test-support/wait-until.js';

fakeClockEachTest();

/** The sentence of the list's error state (its retry button aside). */
const errorText = (el: Element) => text(part(el, 'error')?.querySelector('p'));
const describe404 = (init: ConstructorParameters<typeof ApiError>[0]) =>
  describeError(new ApiError(init), defaultStrings, { jobId: 'job_x', baseUrl: '/api/v0.5' });

describe('what a failed or empty job says', () => {
  it('names the failure in the job header once the load settled, and blames the address when no API answered there', async () => {
    // The API itself says there is no such job.
    const missing = await listFixture('job_nothing_here');
    await waitUntil(() => part(missing, 'error'), 'the error state');
    expect(errorText(missing)).to.equal(
      'Could not load the inputs. There is no job “job_nothing_here”.',
    );
    await waitUntil(() => text(jobPart(missing, 'status')) === 'Job not found', 'the header');
    expect(jobPart(missing, 'status')!.dataset.status).to.equal('not-found');
    expect(text(jobPart(missing, 'summary')), 'no count placeholders beside it').to.equal('');

    // Nothing at this address speaks the API: the dev server's own 404.
    const wrongUrl = `${location.origin}/nowhere/v0.5`;
    const nowhere = await listFixture('job_anything', { baseUrl: wrongUrl });
    await waitUntil(() => part(nowhere, 'error'), 'the error state');
    expect(errorText(nowhere)).to.equal(
      `Could not load the inputs. No API answered at “${wrongUrl}” (HTTP 404): check the base-url.`,
    );
    await waitUntil(
      () => text(jobPart(nowhere, 'status')) === 'Job details unavailable',
      'the header',
    );
    expect(text(jobPart(nowhere, 'summary'))).to.equal('');

    // Bodies that are not the API's: an HTML page, nothing, a framework's default 404.
    for (const body of [
      { bodyExcerpt: '<html><body>Cannot GET /api/v0.5/batch/jobs/job_x</body></html>' },
      {},
      { detail: 'Not Found' },
    ])
      expect(describe404({ status: 404, ...body }), JSON.stringify(body)).to.equal(
        'No API answered at “/api/v0.5” (HTTP 404): check the base-url.',
      );
    expect(describe404({ status: 400, bodyExcerpt: 'Bad Request' })).to.contain('No API answered');
    // The API answering that a path (not the job) is unknown is quoted, not read as "no job".
    expect(
      describe404({
        status: 404,
        errors: [
          {
            code: 'not_found',
            message: 'No endpoint at /v0.5/x.',
            suggestion: null,
            errorUid: null,
          },
        ],
      }),
    ).to.equal('The server refused the request: No endpoint at /v0.5/x.');
  });

  it('words the empty job by its status: no "yet" once it ended, "yet" while it may still get inputs', async () => {
    const ended = await listFixture(await createJob({ inputs: 0 }));
    await waitUntil(() => text(jobPart(ended, 'status')) === 'Completed', 'the job record');
    await waitUntil(() => text(part(ended, 'empty')) === 'This job ended with no inputs.', 'ended');

    const waiting = await listFixture(await createJob({ inputs: 0, startDelayMs: 600_000 }));
    await waitUntil(() => text(jobPart(waiting, 'status')) === 'Pending', 'the job record');
    await waitUntil(
      () => text(part(waiting, 'empty')) === 'This job has no inputs yet.',
      'waiting',
    );
  });
});
