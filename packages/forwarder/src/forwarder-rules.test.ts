import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { createFakeClock } from '@input-progress/core/testing';
import { createForwarder } from './create-forwarder.js';
import { isJobId } from './job-id.js';
import { toNodeMiddleware } from './node-middleware.js';
import type { ForwarderOptions } from './types.js';
import {
  closedPort,
  KEY,
  listen,
  recordingFetch,
  startUpstream,
  visibleText,
  type Running,
  type Upstream,
} from './test-support/http.js';
import { settle, until } from './test-support/until.js';

describe('the forwarder rules (simulator as the upstream, over HTTP)', () => {
  let upstream: Upstream;
  let front: Running;
  let calls: { url: string; headers: Headers }[];
  let jobId: string;

  before(async () => {
    upstream = await startUpstream();
    const forward = createForwarder({
      upstream: upstream.url,
      apiKey: KEY,
      authorize: 'allow-all',
      // A spy around the real fetch: the calls still go over HTTP to the simulator.
      fetch: recordingFetch((calls = [])),
    });
    const middleware = toNodeMiddleware(forward, { prefix: '/api' });
    front = await listen((req, res) =>
      middleware(req, res, () => {
        res.statusCode = 418;
        res.end('not the forwarder');
      }),
    );
  });

  after(async () => {
    await front?.close();
    await upstream?.close();
  });

  beforeEach(() => {
    calls.length = 0;
    jobId = upstream.simulator.createJob({
      inputs: 6,
      concurrency: 2,
      clock: 'manual',
      seed: 7,
    }).id;
  });

  const get = (path: string, init?: RequestInit) => fetch(`${front.origin}${path}`, init);

  it('refuses a direct request without the key (the upstream really checks it)', async () => {
    const response = await fetch(`${upstream.url}/batch/jobs/${jobId}/inputs/progress?limit=5`);
    expect(response.status).to.equal(401);
  });

  it('forwards the progress list with the bearer key added on the server side', async () => {
    const response = await get(
      `/api/batch/jobs/${jobId}/inputs/progress?status=pending&status=processing&limit=5&order=desc`,
    );
    expect(response.status).to.equal(200);
    const body = (await response.json()) as {
      job_id: string;
      total: number;
      limit: number;
      items: unknown[];
    };
    expect(body.job_id).to.equal(jobId);
    expect(body.total).to.equal(6);
    expect(body.limit).to.equal(5);
    expect(body.items).to.have.length(5);

    expect(calls).to.have.length(1);
    expect(calls[0]!.headers.get('authorization')).to.equal(`Bearer ${KEY}`);
    const recorded = upstream.simulator.requests(jobId);
    expect(recorded).to.have.length(1);
    expect(recorded[0]!.method).to.equal('GET');
    expect(recorded[0]!.path).to.equal(`/v0.5/batch/jobs/${jobId}/inputs/progress`);
    // Normalised (names sorted) but the status order, which orders the buckets, is kept.
    expect(new URLSearchParams(recorded[0]!.search).getAll('status')).to.deep.equal([
      'pending',
      'processing',
    ]);
  });

  it('forwards the job, counts and traces endpoints', async () => {
    const job = await get(`/api/batch/jobs/${jobId}`);
    expect(job.status).to.equal(200);
    expect(((await job.json()) as { id: string }).id).to.equal(jobId);

    const counts = await get(
      `/api/batch/jobs/${jobId}/inputs/progress/counts?port_name=worker.inference`,
    );
    expect(counts.status).to.equal(200);
    const countsBody = (await counts.json()) as Record<string, unknown>;
    expect(countsBody).to.include({ job_id: jobId });
    expect(countsBody).to.have.keys('job_id', 'pending', 'processing', 'completed', 'failed');

    const traces = await get(`/api/batch/jobs/${jobId}/inputs/progress/traces?buckets=20`);
    expect(traces.status).to.equal(200);
    expect(((await traces.json()) as { points: unknown[] }).points).to.be.an('array');
    expect(upstream.simulator.requests(jobId)).to.have.length(3);
  });

  it("answers 304 to an If-None-Match that names the current answer (the API's own ETag for traces)", async () => {
    const first = await get(`/api/batch/jobs/${jobId}/inputs/progress/traces`);
    const etag = first.headers.get('etag');
    expect(etag, 'the simulator sends an ETag for traces').to.be.a('string');
    const second = await get(`/api/batch/jobs/${jobId}/inputs/progress/traces`, {
      headers: { 'if-none-match': etag! },
    });
    expect(second.status).to.equal(304);
    expect(await second.text()).to.equal('');
  });

  it('drops the incoming cookies and authorization header and sends only its own key', async () => {
    const response = await get(`/api/batch/jobs/${jobId}/inputs/progress?limit=2`, {
      headers: {
        authorization: 'Bearer someone-elses-key',
        cookie: 'session=secret-session',
        'x-forwarded-for': '10.0.0.1',
        accept: 'application/json',
      },
    });
    expect(response.status).to.equal(200);
    expect(calls).to.have.length(1);
    const sent = calls[0]!.headers;
    expect(sent.get('authorization')).to.equal(`Bearer ${KEY}`);
    expect(sent.get('cookie')).to.equal(null);
    expect(sent.get('x-forwarded-for')).to.equal(null);
    expect(sent.get('accept')).to.equal('application/json');
  });

  it('shows the key in no response: success, upstream errors, refusals', async () => {
    const paths = [
      `/api/batch/jobs/${jobId}/inputs/progress?limit=3`,
      `/api/batch/jobs/${jobId}`,
      `/api/batch/jobs/job_doesnotexist/inputs/progress`,
      `/api/batch/jobs/${jobId}/inputs/progress?status=bogus`,
      `/api/batch/jobs/${jobId}/inputs/progress?limit=0`,
      `/api/batch/jobs/${jobId}/secrets`,
      `/api/batch/jobs/${jobId}/inputs/progress?api_key=1`,
    ];
    const statuses: number[] = [];
    for (const path of paths) {
      const response = await get(path);
      statuses.push(response.status);
      expect(await visibleText(response)).not.to.include(KEY);
    }
    expect(statuses).to.deep.equal([200, 200, 404, 400, 400, 404, 404]);
  });

  it('passes the upstream error body through unchanged (unknown job → 404 with errors[])', async () => {
    const response = await get(`/api/batch/jobs/${jobId}_unknown/inputs/progress`);
    expect(response.status).to.equal(404);
    const body = (await response.json()) as { errors: { code: string }[] };
    // The simulator's own answer, not the forwarder's refusal.
    expect(body.errors[0]!.code).to.be.a('string').and.not.equal('not_forwarded');
    expect(calls).to.have.length(1);
  });

  it('forwards exactly the job ids of the shared JOB_ID_PATTERN', async () => {
    // Pages check deep links against the same pattern (`@input-progress/forwarder/job-id`):
    // an id a page takes is one the forwarder serves, and no other.
    const longest = `job_${'a'.repeat(100)}`;
    const valid = ['job_demo_small', 'job_2abc3def4ghi5jkl6mno7pqr', longest];
    const invalid = [`${longest}a`, 'job_', 'job-abc', 'inp_abc123', 'JOB_abc', 'job_a.b'];
    const ids = [...valid, ...invalid];
    const forwarded: string[] = [];
    for (const id of ids) {
      calls.length = 0;
      await get(`/api/batch/jobs/${encodeURIComponent(id)}`);
      if (calls.length === 1) forwarded.push(id);
    }
    expect(ids.filter(isJobId), 'the shared pattern').to.deep.equal(valid);
    expect(forwarded).to.deep.equal(valid);
  });

  for (const [label, path, init] of [
    ['a path outside the allow-list', '/api/batch/jobs', undefined],
    ['a sub-path of the job that is not an endpoint', '/api/batch/jobs/JOB/inputs', undefined],
    ['a trailing slash', '/api/batch/jobs/JOB/inputs/progress/', undefined],
    ['the simulator control API', '/api/__simulator/jobs', undefined],
    ['a dot-segment escape', '/api/batch/jobs/JOB/inputs/progress/..%2F..%2F..%2Fjobs', undefined],
    ['a job id of the wrong form', '/api/batch/jobs/inp_abc123/inputs/progress', undefined],
    ['a job id with an escaped slash', '/api/batch/jobs/job_a%2Fb/inputs/progress', undefined],
    [
      'a POST to an allowed path',
      '/api/batch/jobs/JOB/inputs/progress',
      { method: 'POST', body: '{}' },
    ],
    ['a DELETE of the job', '/api/batch/jobs/JOB', { method: 'DELETE' }],
    ['a HEAD request', '/api/batch/jobs/JOB', { method: 'HEAD' }],
    [
      'an unknown query parameter',
      '/api/batch/jobs/JOB/inputs/progress?limit=5&debug=1',
      undefined,
    ],
    [
      'a parameter of another endpoint',
      '/api/batch/jobs/JOB/inputs/progress?buckets=10',
      undefined,
    ],
    ['a query on the job endpoint', '/api/batch/jobs/JOB?expand=inputs', undefined],
    [
      'a repeated non-repeatable parameter',
      '/api/batch/jobs/JOB/inputs/progress?limit=5&limit=1000',
      undefined,
    ],
    [
      'an over-long value',
      `/api/batch/jobs/JOB/inputs/progress?port_name=${'a'.repeat(300)}`,
      undefined,
    ],
  ] as const) {
    it(`answers 404 to ${label} and never reaches the upstream`, async () => {
      const response = await get(path.replace('JOB', jobId), init);
      expect(response.status).to.equal(404);
      if (init?.method !== 'HEAD') {
        const body = (await response.json()) as { errors: { code: string }[] };
        expect(body.errors[0]!.code).to.equal('not_forwarded');
      }
      expect(calls, 'upstream fetches').to.have.length(0);
      expect(upstream.simulator.requests(jobId), "the simulator's request log").to.deep.equal([]);
    });
  }

  it('leaves requests outside its prefix to the next middleware', async () => {
    const response = await get(`/batch/jobs/${jobId}`);
    expect(response.status).to.equal(418);
    expect(calls).to.have.length(0);
  });
});

describe('the forwarder when the upstream misbehaves', () => {
  const forwarderFor = (origin: string, extra: Partial<ForwarderOptions> = {}) =>
    createForwarder({ upstream: `${origin}/v0.5`, apiKey: KEY, authorize: 'allow-all', ...extra });
  const ask = (forward: (r: Request) => Promise<Response>) =>
    forward(new Request('http://localhost/api/batch/jobs/job_abc'));

  it('answers 502 without details when the upstream cannot be reached', async () => {
    const port = await closedPort();
    const response = await ask(forwarderFor(`http://127.0.0.1:${port}`));
    expect(response.status).to.equal(502);
    const text = await visibleText(response);
    expect(text).to.include('upstream_unreachable');
    expect(text).not.to.include(KEY);
    expect(text).not.to.include(String(port));
  });

  it('withholds a response whose body or headers echo the key', async () => {
    // A misbehaving upstream (a debug gateway) that reflects the request's headers.
    const echo = await listen((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('etag', `"${req.headers.authorization ?? ''}"`);
      res.end(JSON.stringify({ youSent: req.headers.authorization }));
    });
    try {
      const response = await ask(forwarderFor(echo.origin));
      expect(response.status).to.equal(502);
      expect(await visibleText(response)).not.to.include(KEY);
    } finally {
      await echo.close();
    }
  });

  it('drops a response header that holds the key, and keeps the answer', async () => {
    const echo = await listen((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('etag', `"${req.headers.authorization ?? ''}"`);
      res.end('{"ok":true}');
    });
    try {
      const response = await ask(forwarderFor(echo.origin));
      expect(response.status).to.equal(200);
      const text = await visibleText(response);
      expect(text).not.to.include(KEY);
      expect(text).to.include('{"ok":true}');
    } finally {
      await echo.close();
    }
  });

  it('passes back only safe response headers: no Set-Cookie, no internal headers; Retry-After passes on', async () => {
    let status = 200;
    const upstream = await listen((_req, res) => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.setHeader('set-cookie', 'upstream_session=abc; HttpOnly');
      res.setHeader('x-internal-host', 'db-7.internal');
      res.setHeader('retry-after', '3');
      res.end(status === 200 ? '{"ok":true}' : '{"errors":[{"code":"unavailable","message":"x"}]}');
    });
    try {
      const forward = forwarderFor(upstream.origin);
      const ok = await forward(new Request('http://localhost/api/batch/jobs/job_abc'));
      expect(ok.status).to.equal(200);
      expect(ok.headers.get('set-cookie')).to.equal(null);
      expect(ok.headers.get('x-internal-host')).to.equal(null);
      expect(await ok.json()).to.deep.equal({ ok: true });

      status = 503;
      const busy = await forward(new Request('http://localhost/api/batch/jobs/job_other'));
      expect(busy.status).to.equal(503);
      expect(busy.headers.get('retry-after')).to.equal('3');
      expect(busy.headers.get('set-cookie')).to.equal(null);
      expect(busy.headers.get('x-internal-host')).to.equal(null);
    } finally {
      await upstream.close();
    }
  });

  it('answers 502 to a redirect instead of following it', async () => {
    const upstream = await listen((_req, res) => {
      res.writeHead(302, { location: 'https://elsewhere.example/steal' }).end();
    });
    try {
      const response = await ask(forwarderFor(upstream.origin));
      expect(response.status).to.equal(502);
      expect(response.headers.get('location')).to.equal(null);
      expect(await visibleText(response)).to.include('upstream_redirect');
    } finally {
      await upstream.close();
    }
  });

  it('answers 504 when the upstream does not answer in time', async () => {
    const silent = createServer(() => {
      // Never answers.
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const clock = createFakeClock();
    try {
      const answer = ask(forwarderFor(`http://127.0.0.1:${port}`, { clock, timeoutMs: 20_000 }));
      await until(() => clock.timerCount > 0, 'the upstream request is sent');
      clock.advance(19_999);
      const early = await Promise.race([
        answer.then(() => 'answered'),
        settle().then(() => 'waiting'),
      ]);
      expect(early, 'still waiting 1 ms before the timeout').to.equal('waiting');
      clock.advance(1);
      const response = await answer;
      expect(response.status).to.equal(504);
      expect(await visibleText(response))
        .to.include('upstream_timeout')
        .and.not.include(KEY);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('rejects bad options at creation with messages that name no secret', () => {
    const base = { upstream: 'https://api.example.com/v0.5', authorize: 'allow-all' } as const;
    expect(() => createForwarder({ ...base, apiKey: '' })).to.throw(TypeError, /apiKey/);
    expect(() => createForwarder({ ...base, apiKey: `${KEY} x` }))
      .to.throw(TypeError, /whitespace/)
      .with.property('message')
      .that.does.not.include(KEY);
    for (const bad of ['not a url', 'ftp://api.example.com']) {
      expect(() => createForwarder({ ...base, upstream: bad, apiKey: KEY }))
        .to.throw(TypeError, /upstream/)
        .with.property('message')
        .that.does.not.include(KEY);
    }
    expect(() => createForwarder({ ...base, apiKey: KEY, cacheTtlMs: -1 })).to.throw(
      TypeError,
      /cacheTtlMs/,
    );
  });
});
