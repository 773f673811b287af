import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { createFakeClock } from '@input-progress/core/testing';
import { createServer as createViteServer, preview } from 'vite';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE_HEADER, createForwarder } from './create-forwarder.js';
import { forwarderMiddleware, toNodeMiddleware } from './node-middleware.js';
import type { ForwarderUpstreamEvent } from './types.js';
import { forwarderPlugin } from './vite-plugin.js';
import { KEY, listen, useUpstreamJob, type Upstream } from './test-support/http.js';
import { until } from './test-support/until.js';

/** A GET with headers `fetch` will not set (`Host`). */
function rawGet(origin: string, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = httpRequest(new URL(path, origin), { headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the Node middleware (the one Node ↔ Fetch adapter)', () => {
  let upstream: Upstream;
  let jobId: string;
  useUpstreamJob({ inputs: 3, seed: 3 }, (fixture) => ({ upstream, jobId } = fixture));

  it('builds request URLs on the configured origin, never on the Host header', async () => {
    const urls: string[] = [];
    const middleware = forwarderMiddleware({
      upstream: upstream.url,
      apiKey: KEY,
      origin: 'https://dash.example.com',
      authorize: (request) => {
        urls.push(request.url);
        return true;
      },
    });
    const front = await listen((req, res) => middleware(req, res));
    try {
      const answer = await rawGet(front.origin, `/api/batch/jobs/${jobId}`, {
        host: 'evil.example',
      });
      expect(answer.status).to.equal(200);
      expect(urls).to.deep.equal([`https://dash.example.com/api/batch/jobs/${jobId}`]);
      // Without `next`, a path outside the prefix is a 404 of its own.
      expect((await rawGet(front.origin, '/elsewhere', {})).status).to.equal(404);
    } finally {
      await front.close();
    }
  });

  it('sees the full path under an Express-style mount (originalUrl)', async () => {
    const middleware = toNodeMiddleware(
      createForwarder({ upstream: upstream.url, apiKey: KEY, authorize: 'allow-all' }),
      { prefix: '/api' },
    );
    const front = await listen((req, res) => {
      // What `app.use('/api', middleware)` does to the request.
      const mounted = req as IncomingMessage & { originalUrl?: string };
      mounted.originalUrl = req.url;
      mounted.url = req.url!.slice('/api'.length);
      middleware(mounted, res, () => res.writeHead(418).end());
    });
    try {
      const response = await fetch(
        `${front.origin}/api/batch/jobs/${jobId}/inputs/progress/counts`,
      );
      expect(response.status).to.equal(200);
      expect(((await response.json()) as { job_id: string }).job_id).to.equal(jobId);
    } finally {
      await front.close();
    }
  });

  it('streams a response: the first part arrives before the handler has finished the body', async () => {
    let finish: (() => void) | undefined;
    const middleware = toNodeMiddleware(async () => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('first;'));
          finish = () => {
            controller.enqueue(new TextEncoder().encode('second'));
            controller.close();
          };
        },
      });
      return new Response(body, { headers: { 'content-type': 'text/plain' } });
    });
    const front = await listen((req, res) => middleware(req, res));
    try {
      const response = await fetch(`${front.origin}/api/anything`);
      const reader = response.body!.getReader();
      const first = await reader.read();
      expect(new TextDecoder().decode(first.value)).to.equal('first;');
      expect(finish, 'the body is still open').to.be.a('function');
      finish!();
      let rest = '';
      for (let part = await reader.read(); !part.done; part = await reader.read()) {
        rest += new TextDecoder().decode(part.value);
      }
      expect(rest).to.equal('second');
    } finally {
      await front.close();
    }
  });

  it('lets the upstream request run on when its viewers disconnect, and caches its answer', async () => {
    let answer: () => void = () => undefined;
    let reached = 0;
    const slow = await listen((_req, res) => {
      reached++;
      answer = () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'job_slow', status: 'RUNNING' }));
      };
    });
    const events: ForwarderUpstreamEvent[] = [];
    const middleware = forwarderMiddleware({
      upstream: `${slow.origin}/v0.5`,
      apiKey: KEY,
      authorize: 'allow-all',
      clock: createFakeClock(),
      onUpstream: (e) => events.push(e),
    });
    const front = await listen((req, res) => middleware(req, res));
    try {
      // Viewers come and go while the API is slow: 20 of them, each gone before the answer.
      for (let viewer = 0; viewer < 20; viewer++) {
        const controller = new AbortController();
        const pending = fetch(`${front.origin}/api/batch/jobs/job_slow`, {
          signal: controller.signal,
        }).catch((e: unknown) => e);
        await until(() => reached === 1, 'the upstream request is sent');
        controller.abort();
        expect(await pending).to.be.instanceOf(Error);
      }
      answer();
      await until(() => events.length === 1, 'the upstream answer arrives');
      const next = await fetch(`${front.origin}/api/batch/jobs/job_slow`);
      expect(next.status).to.equal(200);
      expect(next.headers.get(CACHE_HEADER), 'filled the cache for the next viewer').to.equal(
        'hit',
      );
      expect(reached, 'one upstream request for all of them').to.equal(1);
      expect(events.map((e) => [e.status, e.error])).to.deep.equal([[200, null]]);
    } finally {
      await front.close();
      await slow.close();
    }
  });

  it('is a Vite plugin that forwards on the dev server and on vite preview', async () => {
    const root = await mkdtemp(join(tmpdir(), 'forwarder-vite-'));
    const plugin = () =>
      forwarderPlugin({ upstream: upstream.url, apiKey: KEY, authorize: 'allow-all' });
    const dev = await createViteServer({
      configFile: false,
      root,
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1', ws: false },
      plugins: [plugin()],
    });
    try {
      await dev.listen();
      const { port } = dev.httpServer!.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/api/batch/jobs/${jobId}`);
      expect(response.status).to.equal(200);
      expect(((await response.json()) as { id: string }).id).to.equal(jobId);
    } finally {
      await dev.close();
    }
    const previewServer = await preview({
      configFile: false,
      root,
      logLevel: 'silent',
      build: { outDir: root },
      preview: { port: 0, host: '127.0.0.1' },
      plugins: [plugin()],
    });
    try {
      const { port } = previewServer.httpServer.address() as AddressInfo;
      const response = await fetch(
        `http://127.0.0.1:${port}/api/batch/jobs/${jobId}/inputs/progress/counts`,
      );
      expect(response.status).to.equal(200);
    } finally {
      await previewServer.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
