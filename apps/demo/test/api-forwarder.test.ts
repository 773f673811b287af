import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { startSimulatorServer } from '@input-progress/simulator/node';
import { createApiForwarder, type RequestHandler } from '../server/create-api-forwarder.js';
import { toNodeMiddleware } from '../server/to-node-middleware.js';
import { DEFAULT_SETTINGS, readSettings } from '../src/demo-settings.js';

const KEY = 'sk_test_Zq8vN3r7Pw2LmX5tY9';

type SimulatorServer = Awaited<ReturnType<typeof startSimulatorServer>>;

interface UpstreamCall {
  readonly url: string;
  readonly headers: Headers;
}

/** Starts a Node HTTP server that serves `handler` under `/api` the way the demo's Vite server does. */
async function serve(handler: RequestHandler): Promise<{ origin: string; close(): Promise<void> }> {
  const middleware = toNodeMiddleware(handler, { prefix: '/api' });
  const server: Server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 418;
      res.end('not the forwarder');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/** Everything a browser could see of a response: status line, headers and body. */
async function visibleText(response: Response): Promise<string> {
  const headers = [...response.headers].map(([n, v]) => `${n}: ${v}`).join('\n');
  return `${response.status} ${response.statusText}\n${headers}\n\n${await response.text()}`;
}

describe('the real-API forwarder (simulator as the upstream)', () => {
  let upstream: SimulatorServer;
  let front: { origin: string; close(): Promise<void> };
  let calls: UpstreamCall[];
  let jobId: string;

  before(async () => {
    upstream = await startSimulatorServer({ apiKeys: [KEY], presets: false });
    const forward = createApiForwarder({
      upstream: upstream.url,
      apiKey: KEY,
      // A spy around the real fetch: the calls still go over HTTP to the simulator.
      fetch: (input, init) => {
        calls.push({ url: String(input), headers: new Headers(init?.headers) });
        return fetch(input, init);
      },
    });
    front = await serve(forward);
  });

  after(async () => {
    await front?.close();
    await upstream?.close();
  });

  beforeEach(() => {
    calls = [];
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

  it('passes If-None-Match on and the 304 back for traces', async () => {
    const first = await get(`/api/batch/jobs/${jobId}/inputs/progress/traces`);
    const etag = first.headers.get('etag');
    expect(etag, 'the simulator sends an ETag for traces').to.be.a('string');
    const second = await get(`/api/batch/jobs/${jobId}/inputs/progress/traces`, {
      headers: { 'if-none-match': etag! },
    });
    expect(second.status).to.equal(304);
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
    const response = await get('/api/batch/jobs/job_doesnotexist/inputs/progress');
    expect(response.status).to.equal(404);
    const body = (await response.json()) as { errors: { code: string }[] };
    // The simulator's own answer, not the forwarder's refusal.
    expect(body.errors[0]!.code).to.be.a('string').and.not.equal('not_forwarded');
    expect(calls).to.have.length(1);
  });

  it('forwards exactly the job ids the dashboard accepts in its URL', async () => {
    // One pattern for both: a deep link the page takes is one the forwarder serves, and an id
    // the forwarder would refuse never becomes the page's job.
    const ids = [
      'job_demo_small',
      'job_2abc3def4ghi5jkl6mno7pqr',
      `job_${'a'.repeat(100)}`,
      `job_${'a'.repeat(101)}`,
      'job_',
      'job-abc',
      'inp_abc123',
      'JOB_abc',
      'job_a.b',
    ];
    for (const id of ids) {
      calls = [];
      await get(`/api/batch/jobs/${encodeURIComponent(id)}`);
      const forwarded = calls.length === 1;
      const shown = readSettings(`?job=${encodeURIComponent(id)}`).job === id;
      expect(shown, `${id}: shown by the dashboard = forwarded`).to.equal(forwarded);
    }
    expect(readSettings('?job=job_demo_small').job).to.equal('job_demo_small');
    expect(readSettings('?job=job_a.b').job).to.equal(DEFAULT_SETTINGS.job);
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

describe('the real-API forwarder when the upstream misbehaves', () => {
  it('answers 502 without details when the upstream cannot be reached', async () => {
    // A port that was just free: nothing listens there any more.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const forward = createApiForwarder({ upstream: `http://127.0.0.1:${port}/v0.5`, apiKey: KEY });
    const response = await forward(new Request('http://localhost/api/batch/jobs/job_abc'));
    expect(response.status).to.equal(502);
    const text = await visibleText(response);
    expect(text).to.include('upstream_unreachable');
    expect(text).not.to.include(KEY);
    expect(text).not.to.include(String(port));
  });

  it('withholds a response whose body or headers echo the key', async () => {
    // A misbehaving upstream (a debug gateway) that reflects the request's headers.
    const echo = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('etag', `"${req.headers.authorization ?? ''}"`);
      res.end(JSON.stringify({ youSent: req.headers.authorization }));
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const { port } = echo.address() as AddressInfo;
    try {
      const forward = createApiForwarder({
        upstream: `http://127.0.0.1:${port}/v0.5`,
        apiKey: KEY,
      });
      const response = await forward(new Request('http://localhost/api/batch/jobs/job_abc'));
      expect(response.status).to.equal(502);
      expect(await visibleText(response)).not.to.include(KEY);
    } finally {
      await new Promise<void>((resolve) => echo.close(() => resolve()));
    }
  });

  it('passes back only safe response headers: no Set-Cookie, no internal headers', async () => {
    const upstream = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('set-cookie', 'upstream_session=abc; HttpOnly');
      res.setHeader('x-internal-host', 'db-7.internal');
      res.setHeader('retry-after', '3');
      res.end('{"ok":true}');
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const { port } = upstream.address() as AddressInfo;
    try {
      const forward = createApiForwarder({
        upstream: `http://127.0.0.1:${port}/v0.5`,
        apiKey: KEY,
      });
      const response = await forward(new Request('http://localhost/api/batch/jobs/job_abc'));
      expect(response.status).to.equal(200);
      expect(response.headers.get('set-cookie')).to.equal(null);
      expect(response.headers.get('x-internal-host')).to.equal(null);
      expect(response.headers.get('retry-after')).to.equal('3');
      expect(await response.json()).to.deep.equal({ ok: true });
    } finally {
      await new Promise<void>((resolve) => upstream.close(() => resolve()));
    }
  });

  it('answers 504 when the upstream does not answer in time', async () => {
    const silent = createServer(() => {
      // Never answers.
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const forward = createApiForwarder({
        upstream: `http://127.0.0.1:${port}/v0.5`,
        apiKey: KEY,
        timeoutMs: 200,
      });
      const response = await forward(new Request('http://localhost/api/batch/jobs/job_abc'));
      expect(response.status).to.equal(504);
      expect(await visibleText(response))
        .to.include('upstream_timeout')
        .and.not.include(KEY);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('rejects an empty key at creation with a message that names no secret', () => {
    expect(() =>
      createApiForwarder({ upstream: 'https://api.example.com/v0.5', apiKey: '' }),
    ).to.throw(TypeError, /apiKey/);
    expect(() => createApiForwarder({ upstream: 'not a url', apiKey: KEY }))
      .to.throw(TypeError)
      .with.property('message')
      .that.does.not.include(KEY);
  });
});
