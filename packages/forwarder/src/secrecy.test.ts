import { expect } from 'chai';
import { createFakeClock } from '@input-progress/core/testing';
import { createForwarder } from './create-forwarder.js';
import type {
  ForwarderHandler,
  ForwarderOptions,
  ForwarderRequestEvent,
  ForwarderUpstreamEvent,
} from './types.js';
import {
  closedPort,
  KEY,
  listen,
  startUpstream,
  visibleText,
  type Running,
  type Upstream,
} from './test-support/http.js';
import { until } from './test-support/until.js';

describe('the key stays secret', () => {
  let upstream: Upstream;
  let echo: Running;
  before(async () => {
    upstream = await startUpstream();
    // A gateway that reflects whatever it was sent, in its body and headers.
    echo = await listen((req, res) => {
      res.statusCode = req.url?.includes('inputs/progress/counts') ? 503 : 200;
      res.setHeader('content-type', 'application/json');
      res.setHeader('x-debug-auth', req.headers.authorization ?? '');
      res.setHeader('etag', `"${req.headers.authorization ?? ''}"`);
      res.setHeader('retry-after', '2');
      res.end(JSON.stringify({ received: req.headers }));
    });
  });
  after(async () => {
    await echo?.close();
    await upstream?.close();
  });

  it('appears in no response, header, log hook event or error, whatever happens', async () => {
    const requestEvents: ForwarderRequestEvent[] = [];
    const upstreamEvents: ForwarderUpstreamEvent[] = [];
    const clock = createFakeClock();
    const seen: string[] = [];
    const hooks: Partial<ForwarderOptions> = {
      clock,
      onRequest: (e) => requestEvents.push(e),
      onUpstream: (e) => upstreamEvents.push(e),
    };
    const job = upstream.simulator.createJob({ inputs: 3, clock: 'manual', seed: 5 });
    const real = createForwarder({
      upstream: upstream.url,
      apiKey: KEY,
      authorize: (r) => !r.headers.has('x-deny'),
      ...hooks,
    });
    const throwing = createForwarder({
      upstream: upstream.url,
      apiKey: KEY,
      authorize: () => {
        throw new Error(`cannot check ${KEY}`);
      },
      ...hooks,
    });
    const misbehaving = createForwarder({
      upstream: `${echo.origin}/v0.5`,
      apiKey: KEY,
      authorize: 'allow-all',
      ...hooks,
    });
    const unreachable = createForwarder({
      upstream: `http://127.0.0.1:${await closedPort()}/v0.5`,
      apiKey: KEY,
      authorize: 'allow-all',
      ...hooks,
    });
    const slow = await listen(() => undefined);
    const timingOut = createForwarder({
      upstream: `${slow.origin}/v0.5`,
      apiKey: KEY,
      authorize: 'allow-all',
      timeoutMs: 100,
      ...hooks,
    });

    const ask = async (
      forward: ForwarderHandler,
      path: string,
      headers: Record<string, string> = {},
    ) => {
      const response = await forward(new Request(`http://localhost/api${path}`, { headers }));
      seen.push(await visibleText(response));
      return response.status;
    };
    const timedOut = async (status: Promise<number>) => {
      await until(() => clock.timerCount > 0, 'the slow request is sent');
      clock.advance(100);
      return status;
    };
    const id = job.id;
    const statuses = [
      await ask(real, `/batch/jobs/${id}/inputs/progress?limit=2`),
      await ask(real, `/batch/jobs/${id}/inputs/progress?limit=2`, { 'if-none-match': '*' }),
      await ask(real, `/batch/jobs/${id}_missing`),
      await ask(real, `/batch/jobs/${id}/inputs/progress?api_key=${KEY}`),
      await ask(real, `/batch/jobs/${id}/${KEY}`),
      await ask(real, `/batch/jobs/${id}`, { 'x-deny': '1', authorization: `Bearer ${KEY}` }),
      await ask(throwing, `/batch/jobs/${id}`),
      await ask(misbehaving, '/batch/jobs/job_echo'),
      await ask(misbehaving, '/batch/jobs/job_echo/inputs/progress/counts'),
      await ask(unreachable, '/batch/jobs/job_gone'),
      await timedOut(ask(timingOut, '/batch/jobs/job_slow')),
    ];
    job.setFaults({ rules: [{ kind: 'rate-limit', probability: 1, retryAfter: 3 }] });
    clock.advance(1000);
    statuses.push(await ask(real, `/batch/jobs/${id}/inputs/progress?limit=2`));
    statuses.push(await ask(real, `/batch/jobs/${id}/inputs/progress/counts`));
    slow.server.closeAllConnections();
    await slow.close();

    expect(statuses).to.deep.equal([
      200, 304, 404, 404, 404, 403, 500, 502, 502, 502, 504, 200, 429,
    ]);
    for (const text of seen) expect(text).not.to.include(KEY);
    expect(requestEvents).to.have.length(statuses.length);
    expect(upstreamEvents.length).to.be.greaterThan(5);
    const logged = JSON.stringify([requestEvents, upstreamEvents]);
    expect(logged).not.to.include(KEY);
    expect(logged, 'a path holding the key is logged redacted').to.include('[redacted]');
  });

  it('keeps working when a log hook throws or rejects', async () => {
    const job = upstream.simulator.createJob({ inputs: 2, clock: 'manual' });
    const forward = createForwarder({
      upstream: upstream.url,
      apiKey: KEY,
      authorize: 'allow-all',
      onRequest: () => {
        throw new Error('logger down');
      },
      onUpstream: (() => Promise.reject(new Error('async logger down'))) as unknown as () => void,
    });
    const response = await forward(new Request(`http://localhost/api/batch/jobs/${job.id}`));
    expect(response.status).to.equal(200);
  });
});
