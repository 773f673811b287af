import { expect } from 'chai';
import { createSimulator } from '@input-progress/simulator';
import type { ClientOptions } from './client-options.js';
import { createClient } from './client.js';
import {
  ApiError,
  InputProgressError,
  isAbortError,
  NetworkError,
  ResponseShapeError,
  TimeoutError,
} from './errors.js';
import { countingFetch, useSimulatorJob, type TestSimulator } from './test-support/simulator.js';
import { waitUntil } from './test-support/wait-for.js';
import { createFakeClock, type FakeClock } from './testing/fake-clock.js';

/** The settled rejection of `promise` (fails the test if it resolves). */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('createClient over HTTP', () => {
  let sim: TestSimulator;
  let jobId: string;

  useSimulatorJob(
    'client',
    { inputs: 12, concurrency: 3, seed: 7 },
    (fixture) => ({ sim, jobId } = fixture),
  );

  /** The clock of the clients that wait (retries, timeouts): it moves only when a test moves it. */
  let clock: FakeClock;
  beforeEach(() => {
    clock = createFakeClock();
  });
  /** Longer than any retry wait here, so the attempt's timeout never looks like a retry wait. */
  const attemptTimeoutMs = 60_000;
  const clientOnClock = (options: ClientOptions = {}) =>
    createClient({ baseUrl: sim.url, clock, timeoutMs: attemptTimeoutMs, ...options });

  /** Waits until the client sleeps before a retry (its one timer is not the attempt's timeout); the wait in fake ms. */
  async function nextRetryWait(): Promise<number> {
    const wait = () => (clock.nextTimerAt ?? Infinity) - clock.now();
    await waitUntil(
      () => clock.timerCount === 1 && wait() < attemptTimeoutMs,
      'the client waits to retry',
    );
    return wait();
  }

  /** Waits until the simulator has received `count` requests of the job (held ones too). */
  const requestArrived = (count = 1) =>
    waitUntil(
      async () => (await sim.control.requests(jobId)).length >= count,
      `request ${count} reaches the simulator`,
    );

  it('sends the query as port_name, repeated status, order, offset and limit', async () => {
    const client = createClient({ baseUrl: sim.url });
    const page = await client.listInputsProgress(jobId, {
      portName: 'worker.inference',
      statuses: ['processing', 'pending'],
      order: 'desc',
      offset: 2,
      limit: 5,
    });
    expect(page.offset).to.equal(2);
    expect(page.limit).to.equal(5);
    expect(page.total).to.equal(12);
    // 3 inputs process at once: the processing bucket (3) comes first, then pending.
    expect(page.items.map((item) => item.input.status)).to.deep.equal([
      'processing',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    const [request] = await sim.control.requests(jobId);
    expect(request!.path).to.equal(`/api/batch/jobs/${jobId}/inputs/progress`);
    expect(request!.search).to.equal(
      '?port_name=worker.inference&status=processing&status=pending&order=desc&offset=2&limit=5',
    );
  });

  it('reads counts and the job in camelCase', async () => {
    await sim.control.advance(jobId, 60_000);
    const client = createClient({ baseUrl: `${sim.url}/` });
    const counts = await client.getInputsProgressCounts(jobId, { portName: 'worker.inference' });
    expect(counts.jobId).to.equal(jobId);
    expect(counts.pending + counts.processing + counts.completed + counts.failed).to.equal(12);
    const job = await client.getJob(jobId);
    expect(job.id).to.equal(jobId);
    expect(job.inputProgress).to.deep.equal({
      pending: counts.pending,
      processing: counts.processing,
      completed: counts.completed,
      failed: counts.failed,
    });
    const searches = (await sim.control.requests(jobId)).map((r) => r.search);
    expect(searches).to.deep.equal(['?port_name=worker.inference', '']);
  });

  it('escapes the job id in the path and reports an unknown job as a 404 ApiError, without retrying', async () => {
    const fetch = countingFetch();
    const error = await rejectionOf(clientOnClock({ fetch }).getJob('job a/b?c'));
    expect(error).to.be.instanceOf(ApiError).and.instanceOf(InputProgressError);
    const apiError = error as ApiError;
    expect(apiError.status).to.equal(404);
    expect(apiError.errors[0]!.code).to.be.a('string').and.not.equal('unknown');
    expect(apiError.errors[0]!.errorUid).to.be.a('string');
    expect(apiError.url).to.contain('/batch/jobs/job%20a%2Fb%3Fc');
    expect(fetch.calls).to.equal(1);
  });

  it('rejects an empty, "." or ".." job id with an InputProgressError before any request', async () => {
    const fetch = countingFetch();
    const client = clientOnClock({ fetch });
    for (const bad of ['', '.', '..']) {
      for (const call of [
        () => client.getJob(bad),
        () => client.listInputsProgress(bad),
        () => client.getInputsProgressCounts(bad),
      ]) {
        const error = (await rejectionOf(call())) as InputProgressError;
        expect(error).to.be.instanceOf(InputProgressError).and.not.instanceOf(ApiError);
        expect(error.message).to.equal(`Invalid job id "${bad}"`);
      }
    }
    expect(fetch.calls, 'nothing left the job path: no request at all').to.equal(0);
    // Other dotted ids are ordinary path segments.
    const error = (await rejectionOf(client.getJob('...'))) as ApiError;
    expect(error.status).to.equal(404);
    expect(error.url).to.match(/\/batch\/jobs\/\.\.\.$/);
  });

  it('never retries a 400 and keeps the errors[] envelope', async () => {
    const fetch = countingFetch();
    const error = (await rejectionOf(
      clientOnClock({ fetch }).listInputsProgress(jobId, {
        limit: 0,
      }),
    )) as ApiError;
    expect(error.status).to.equal(400);
    expect(error.errors.length).to.be.greaterThan(0);
    expect(fetch.calls).to.equal(1);
  });

  it('retries a 500 after backoff waits of 1 s and 2 s (±20%), then succeeds', async () => {
    await sim.control.setFaults(jobId, { rules: [{ kind: 'server-error', nth: [1, 2] }] });
    const loading = clientOnClock().listInputsProgress(jobId);
    const waits = [await nextRetryWait()];
    expect(await sim.control.requests(jobId)).to.have.length(1);
    clock.advance(waits[0]!);
    waits.push(await nextRetryWait());
    clock.advance(waits[1]!);
    const page = await loading;
    expect(page.total).to.equal(12);
    expect(waits[0]).to.be.within(800, 1200);
    expect(waits[1]).to.be.within(1600, 2400);
    expect(await sim.control.requests(jobId)).to.have.length(3);
  });

  it('gives up after the configured retries with the last error', async () => {
    await sim.control.setFaults(jobId, {
      rules: [{ kind: 'server-error', status: 503, probability: 1 }],
    });
    const loading = rejectionOf(
      clientOnClock({ retry: { attempts: 2 } }).listInputsProgress(jobId),
    );
    for (let retry = 0; retry < 2; retry++) clock.advance(await nextRetryWait());
    const error = (await loading) as ApiError;
    expect(error.status).to.equal(503);
    expect(clock.timerCount, 'no wait after the last attempt').to.equal(0);
    expect(await sim.control.requests(jobId)).to.have.length(3);
  });

  it('honours Retry-After on a 429 before retrying', async () => {
    await sim.control.setFaults(jobId, { rules: [{ kind: 'rate-limit', nth: 1, retryAfter: 1 }] });
    const loading = clientOnClock({ retry: { baseDelayMs: 5 } }).listInputsProgress(jobId);
    expect(await nextRetryWait(), 'Retry-After: 1, not the 5 ms backoff').to.equal(1000);
    clock.advance(999);
    expect(await sim.control.requests(jobId)).to.have.length(1);
    clock.advance(1);
    expect((await loading).total).to.equal(12);
    expect(await sim.control.requests(jobId)).to.have.length(2);
  });

  it('reports a Retry-After longer than the cap instead of retrying early', async () => {
    await sim.control.setFaults(jobId, {
      rules: [{ kind: 'rate-limit', nth: 1, retryAfter: 120 }],
    });
    const error = (await rejectionOf(clientOnClock().listInputsProgress(jobId))) as ApiError;
    expect(error.status).to.equal(429);
    expect(error.retryAfterMs).to.equal(120_000);
    expect(await sim.control.requests(jobId)).to.have.length(1);
  });

  it('keeps a short excerpt of an HTML gateway page and an empty body is no excerpt', async () => {
    await sim.control.setFaults(jobId, {
      rules: [
        { kind: 'html-gateway', nth: 1 },
        { kind: 'empty-body', nth: 2 },
      ],
    });
    const client = createClient({ baseUrl: sim.url, retry: { attempts: 0 } });
    const html = (await rejectionOf(client.listInputsProgress(jobId))) as ApiError;
    expect(html.status).to.equal(502);
    expect(html.bodyExcerpt).to.match(/<html/i);
    expect(html.bodyExcerpt!.length).to.be.at.most(200);
    const empty = (await rejectionOf(client.listInputsProgress(jobId))) as ApiError;
    expect(empty).to.be.instanceOf(ApiError);
    expect(empty.bodyExcerpt).to.equal(null);
  });

  it('reports a body that is not JSON or of the wrong shape as a ResponseShapeError, without retrying', async () => {
    await sim.control.setFaults(jobId, {
      rules: [
        { kind: 'not-json', nth: 1 },
        { kind: 'wrong-shape', nth: 2 },
      ],
    });
    const client = clientOnClock();
    const notJson = (await rejectionOf(client.listInputsProgress(jobId))) as ResponseShapeError;
    expect(notJson).to.be.instanceOf(ResponseShapeError);
    expect(notJson.path).to.equal('');
    const wrong = (await rejectionOf(client.listInputsProgress(jobId))) as ResponseShapeError;
    expect(wrong).to.be.instanceOf(ResponseShapeError);
    expect(wrong.message).to.contain('should be');
    expect(await sim.control.requests(jobId)).to.have.length(2);
  });

  it('reports a dropped connection as a NetworkError', async () => {
    await sim.control.setFaults(jobId, { rules: [{ kind: 'drop-connection', probability: 1 }] });
    const error = await rejectionOf(
      createClient({ baseUrl: sim.url, retry: { attempts: 0 } }).listInputsProgress(jobId),
    );
    expect(error).to.be.instanceOf(NetworkError);
  });

  it('times out a response that does not come within timeoutMs with a TimeoutError', async () => {
    await sim.control.hold(jobId);
    const loading = rejectionOf(
      clientOnClock({ timeoutMs: 100, retry: { attempts: 0 } }).listInputsProgress(jobId),
    );
    await requestArrived();
    clock.advance(99);
    expect(clock.timerCount, 'still waiting for the answer').to.equal(1);
    clock.advance(1);
    expect(await loading).to.be.instanceOf(TimeoutError);
    expect(clock.timerCount).to.equal(0);
  });

  it('rejects with the signal reason on abort, not with an InputProgressError', async () => {
    await sim.control.hold(jobId);
    const controller = new AbortController();
    const loading = rejectionOf(
      clientOnClock().listInputsProgress(jobId, {}, { signal: controller.signal }),
    );
    await requestArrived();
    controller.abort();
    const error = await loading;
    expect(error).to.equal(controller.signal.reason);
    expect(isAbortError(error)).to.equal(true);
    expect(error).to.not.be.instanceOf(InputProgressError);
    expect(clock.timerCount, 'the timeout of the aborted attempt').to.equal(0);
    const already = await rejectionOf(
      clientOnClock().getJob(jobId, { signal: AbortSignal.abort() }),
    );
    expect(isAbortError(already)).to.equal(true);
  });

  it('works without AbortSignal.any and .timeout (Safari < 17.4, Firefox < 124) and leaves no timer behind', async () => {
    const statics = AbortSignal as unknown as Record<'any' | 'timeout', unknown>;
    const saved = { any: statics.any, timeout: statics.timeout };
    Object.assign(AbortSignal, { any: undefined, timeout: undefined });
    try {
      const client = clientOnClock({ timeoutMs: 43_210, retry: { attempts: 0 } });
      const page = await client.listInputsProgress(
        jobId,
        {},
        { signal: new AbortController().signal },
      );
      expect(page.total).to.equal(12);
      expect(clock.timerCount, 'the timeout timer of a finished request').to.equal(0);

      await sim.control.hold(jobId);
      const controller = new AbortController();
      const aborted = rejectionOf(client.getJob(jobId, { signal: controller.signal }));
      await requestArrived(2);
      expect(clock.nextTimerAt, 'the attempt times out on the given clock').to.equal(
        clock.now() + 43_210,
      );
      controller.abort();
      expect(await aborted).to.equal(controller.signal.reason);
      expect(clock.timerCount, 'the timeout timer of an aborted request').to.equal(0);

      const timedOut = rejectionOf(client.getJob(jobId, { signal: new AbortController().signal }));
      await requestArrived(3);
      clock.advance(43_210);
      expect(await timedOut).to.be.instanceOf(TimeoutError);
    } finally {
      Object.assign(AbortSignal, saved);
    }
  });

  it('stops retrying when aborted during the backoff wait', async () => {
    await sim.control.setFaults(jobId, { rules: [{ kind: 'server-error', probability: 1 }] });
    const controller = new AbortController();
    const loading = rejectionOf(
      clientOnClock({ retry: { baseDelayMs: 5000 } }).listInputsProgress(
        jobId,
        {},
        { signal: controller.signal },
      ),
    );
    expect(await nextRetryWait()).to.be.within(4000, 6000);
    controller.abort();
    expect(isAbortError(await loading)).to.equal(true);
    expect(clock.timerCount, 'the backoff wait was cleared').to.equal(0);
    clock.advance(60_000);
    expect(await sim.control.requests(jobId)).to.have.length(1);
  });
});

describe('API key safety', () => {
  const key = 'sk-live-5up3r-s3cr3t-k3y';
  const keyed = createSimulator({ apiKeys: ['sk-the-right-one'], presets: false });
  // The keyed simulator runs in this page or process; its real handler answers real Requests.
  const viaKeyed: typeof fetch = (input, init) => keyed.handle(new Request(input, init));

  /** Everything an error exposes: message, stack, own properties and the cause chain. */
  const everything = (error: unknown) => {
    const e = error as Error & { cause?: Error };
    return [
      e.message,
      e.stack,
      JSON.stringify(e),
      String(e.cause?.message),
      String(e.cause?.stack),
      JSON.stringify(e.cause),
    ].join('\n');
  };

  it('sends the key only as a Bearer header and reads a 401 legacy detail without it', async () => {
    const ok = await createClient({
      baseUrl: 'http://sim/api',
      apiKey: 'sk-the-right-one',
      fetch: viaKeyed,
    }).getJob(
      (
        await createClient({
          baseUrl: 'http://sim/api',
          apiKey: 'sk-the-right-one',
          fetch: viaKeyed,
        }).listInputsProgress(keyed.createJob({ inputs: 1 }).id)
      ).jobId,
    );
    expect(ok.id).to.match(/^job_/);
    const error = (await rejectionOf(
      createClient({ baseUrl: 'http://sim/api', apiKey: key, fetch: viaKeyed }).getJob('job_x'),
    )) as ApiError;
    expect(error.status).to.equal(401);
    expect(error.detail).to.be.a('string');
    expect(everything(error)).to.not.contain(key);
  });

  it('scrubs the key from a body that echoes it', async () => {
    const echo: typeof fetch = async (_input, init) =>
      new Response(
        JSON.stringify({
          errors: [
            {
              code: 'bad_key',
              message: `Key ${new Headers(init?.headers).get('authorization')} is revoked`,
              suggestion: `Stop using ${key}`,
            },
          ],
        }),
        { status: 403 },
      );
    const error = (await rejectionOf(
      createClient({ apiKey: key, fetch: echo }).getJob('job_1'),
    )) as ApiError;
    expect(error.errors[0]!.message).to.equal('Key [redacted] is revoked');
    expect(everything(error)).to.not.contain(key);
    const raw: typeof fetch = async () => new Response(`<p>bad key ${key}</p>`, { status: 401 });
    const excerpt = (await rejectionOf(
      createClient({ apiKey: key, fetch: raw }).getJob('job_1'),
    )) as ApiError;
    expect(excerpt.bodyExcerpt).to.equal('<p>bad key [redacted]</p>');
  });

  it('scrubs the key from network errors and their cause', async () => {
    const leaky: typeof fetch = async (_input, init) => {
      throw new TypeError(
        `connect failed with headers ${new Headers(init?.headers).get('authorization')}`,
      );
    };
    const error = await rejectionOf(
      createClient({ apiKey: key, fetch: leaky, retry: { attempts: 0 } }).getJob('job_1'),
    );
    expect(error).to.be.instanceOf(NetworkError);
    expect(everything(error)).to.not.contain(key);
    expect((error as Error).message).to.contain('[redacted]');
  });

  it('treats an Authorization header passed in headers as a secret too', async () => {
    const raw: typeof fetch = async (_input, init) =>
      new Response(`denied: ${new Headers(init?.headers).get('authorization')}`, { status: 401 });
    const error = await rejectionOf(
      createClient({ headers: { Authorization: `Bearer ${key}` }, fetch: raw }).getJob('j'),
    );
    expect(everything(error)).to.not.contain(key);
  });
});
