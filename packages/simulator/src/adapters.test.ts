import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import type { Plugin } from 'vite';
import { SimulatorControlError, simulatorControl } from './control.js';
import { createSimulator } from './index.js';
import { startSimulatorServer, type SimulatorServer } from './node-server.js';
import { simulatorPlugin } from './vite-plugin.js';
import { simulatorMiddleware } from './wtr-middleware.js';
import { withViteServer } from './test-support/vite-servers.js';
import { waitUntil } from './test-support/wait-until.js';

/** Exercises a running origin the way the other packages' tests will. */
async function exerciseOrigin(origin: string): Promise<void> {
  const preset = await fetch(`${origin}/api/batch/jobs/job_demo_small/inputs/progress?limit=3`);
  expect(preset.status).to.equal(200);
  expect(((await preset.json()) as { total: number }).total).to.equal(10);

  const ctl = simulatorControl(origin);
  const id = await ctl.createJob({ inputs: 4, seed: 9 });
  expect(await ctl.advance(id, 2000)).to.equal('2026-04-14T10:00:02.000Z');
  const res = await fetch(`${origin}/api/batch/jobs/${id}/inputs/progress?status=processing`);
  expect(((await res.json()) as { total: number }).total).to.equal(4);
  const requests = await ctl.requests(id);
  expect(requests.map((r) => r.search)).to.deep.equal(['?status=processing']);

  await ctl.setFaults(id, {
    rules: [
      { kind: 'drop-connection', nth: 1 },
      { kind: 'html-gateway', nth: 2 },
    ],
  });
  const dropped = await fetch(`${origin}/api/batch/jobs/${id}`).then(
    () => null,
    (e: unknown) => e,
  );
  expect(dropped, 'a dropped connection rejects fetch').to.be.instanceOf(TypeError);
  const gateway = await fetch(`${origin}/api/batch/jobs/${id}`);
  expect(gateway.status).to.equal(502);
  expect(gateway.headers.get('content-type')).to.equal('text/html');
  expect((await fetch(`${origin}/api/batch/jobs/${id}`)).status).to.equal(200);

  await ctl.deleteJob(id);
  expect((await fetch(`${origin}/api/batch/jobs/${id}`)).status).to.equal(404);
}

/** A request with headers `fetch` will not set (`Host`), as a DNS-rebinding page's would arrive. */
function rawRequest(
  origin: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, origin), { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('startSimulatorServer (Node)', () => {
  let server: SimulatorServer;
  afterEach(async () => server?.close());
  /** Creates a job over HTTP with these headers, as a page with that origin would. */
  const postJob = (headers: Record<string, string>) =>
    rawRequest(
      server.origin,
      'POST',
      '/__simulator/jobs',
      { 'content-type': 'application/json', ...headers },
      '{"inputs":1}',
    );

  it('serves the API and the control API over real HTTP, and drops connections for real', async () => {
    server = await startSimulatorServer();
    expect(server.origin).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).to.equal(`${server.origin}/api`);
    await exerciseOrigin(server.origin);
  });

  it('passes simulator options through and can serve a given simulator', async () => {
    const simulator = createSimulator({ presets: false, apiKeys: ['k1'] });
    server = await startSimulatorServer({ simulator });
    expect(server.simulator).to.equal(simulator);
    const res = await fetch(`${server.url}/batch/jobs/job_demo_small`);
    expect(res.status).to.equal(401);
    expect(await res.json()).to.deep.equal({ detail: 'Not authenticated' });
  });

  it('has a control client that reports failures with their status', async () => {
    server = await startSimulatorServer({ presets: false });
    const ctl = simulatorControl(server.origin);
    const error = await ctl.advance('job_missing', 10).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(SimulatorControlError);
    expect((error as SimulatorControlError).status).to.equal(404);
    expect(() => simulatorControl()).to.throw(TypeError, /origin/);
  });

  it('has a control client that sends the API key when the simulator requires one', async () => {
    server = await startSimulatorServer({ presets: false, apiKeys: ['sk-ctl'] });
    const refused = await simulatorControl(server.origin)
      .createJob({ inputs: 1 })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(refused).to.be.instanceOf(SimulatorControlError);
    expect((refused as SimulatorControlError).status).to.equal(401);
    const ctl = simulatorControl(server.origin, { apiKey: 'sk-ctl' });
    const id = await ctl.createJob({ inputs: 1 });
    expect(await ctl.advance(id, 1000)).to.equal('2026-04-14T10:00:01.000Z');
    expect(await ctl.requests(id)).to.deep.equal([]);
  });

  it('takes its origin from where it listens, not from Host: a DNS-rebinding page cannot drive the control API', async () => {
    server = await startSimulatorServer({ presets: false });
    // A page on evil.example whose name was rebound to 127.0.0.1: its Host and Origin agree.
    const foreign = `evil.example:${new URL(server.origin).port}`;
    const rebound = await postJob({ host: foreign, origin: `http://${foreign}` });
    expect(rebound.status).to.equal(403);
    expect(rebound.text).to.include('forbidden_origin');
    expect(server.simulator.jobs()).to.have.length(0);
    // A page really served from the simulator's origin still may.
    const own = await postJob({ origin: server.origin });
    expect(own.status).to.equal(201);
    expect(server.simulator.jobs()).to.have.length(1);
  });

  it('addresses requests to a configured origin (behind a proxy)', async () => {
    server = await startSimulatorServer({ presets: false, origin: 'https://sim.example.com' });
    expect((await postJob({ origin: 'https://sim.example.com' })).status).to.equal(201);
    expect((await postJob({ origin: server.origin })).status).to.equal(403);
  });

  it('closes at once while a request is still in flight, and that request fails', async () => {
    server = await startSimulatorServer({ presets: false });
    const job = server.simulator.createJob({ inputs: 1, clock: 'manual' });
    job.hold();
    const inFlight = fetch(`${server.url}/batch/jobs/${job.id}`).then(
      () => 'answered',
      () => 'failed',
    );
    await waitUntil(() => server.simulator.requests(job.id).length > 0, 'the request arrived');
    // Without closing its connections, close() would wait for the held answer for ever.
    await server.close();
    expect(await inFlight).to.equal('failed');
  });
});

describe('simulatorMiddleware (@web/dev-server / @web/test-runner)', () => {
  it('serves the simulator paths from a real dev server and leaves everything else to it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sim-wds-'));
    const server = await startDevServer({
      config: {
        rootDir: root,
        hostname: '127.0.0.1',
        middleware: [simulatorMiddleware(createSimulator())],
      },
      readCliArgs: false,
      readFileConfig: false,
      logStartMessage: false,
      autoExitProcess: false,
    });
    try {
      const origin = `http://127.0.0.1:${server.config.port}`;
      await exerciseOrigin(origin);
      expect((await fetch(`${origin}/not-a-simulator-path.txt`)).status).to.equal(404);
    } finally {
      await server.stop();
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('simulatorPlugin (Vite)', () => {
  it('is a Vite plugin that serves the simulator from the dev server', async () => {
    const plugin: Plugin = simulatorPlugin();
    await withViteServer('dev', [plugin], exerciseOrigin);
  });

  it("keeps the real API's paths when given basePath: '/v0.5'", async () => {
    await withViteServer('dev', [simulatorPlugin({ basePath: '/v0.5' })], async (origin) => {
      const at = (path: string) => fetch(`${origin}${path}/batch/jobs/job_demo_small`);
      expect((await at('/v0.5')).status).to.equal(200);
      expect((await at('/api')).status, 'the default mount is not served as well').to.equal(404);
    });
  });

  it('serves the simulator from vite preview', async () => {
    await withViteServer('preview', [simulatorPlugin({ presets: true })], exerciseOrigin);
  });
});

describe('input-progress-simulator CLI', function () {
  // Each test starts a Node process through tsx: a budget for a loaded 2-core CI, not a wait.
  this.timeout(60_000);
  const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
  let child: ChildProcess | undefined;
  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  const start = (
    args: string[],
  ): Promise<{ url: string; output: () => string; exit: Promise<number | null> }> => {
    const proc = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    let out = '';
    const exit = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    // Ready when the output names the URL: read on every chunk, no polling.
    return new Promise((resolve, reject) => {
      const read = (chunk: Buffer) => {
        out += chunk.toString();
        const listening = /listening on (http:\/\/\S+)/.exec(out);
        if (listening) resolve({ url: listening[1]!, output: () => out, exit });
      };
      proc.stdout.on('data', read);
      proc.stderr.on('data', read);
      void exit.then((code) => reject(new Error(`CLI exited with ${code}: ${out}`)));
    });
  };

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`prints its URL, serves the presets and shuts down cleanly on ${signal}`, async () => {
      const { url, output, exit } = await start(['--port', '0', '--speed', '5', '--seed', '3']);
      expect(url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
      const res = await fetch(`${url}/batch/jobs/job_demo_small/inputs/progress/counts`);
      expect(res.status).to.equal(200);
      child!.kill(signal);
      expect(await exit).to.equal(0);
      expect(output()).to.include(`${signal} received`);
    });
  }

  it("serves the API under --base-path, e.g. the real API's /v0.5", async () => {
    const { url, exit } = await start(['--port', '0', '--base-path', '/v0.5']);
    expect(url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/v0\.5$/);
    expect((await fetch(`${url}/batch/jobs/job_demo_small`)).status).to.equal(200);
    const origin = new URL(url).origin;
    expect((await fetch(`${origin}/api/batch/jobs/job_demo_small`)).status).to.equal(404);
    child!.kill('SIGTERM');
    expect(await exit).to.equal(0);
  });

  it('requires the API key given with --api-key and never prints it', async () => {
    const { url, output, exit } = await start(['--port', '0', '--api-key', 'super-secret-key']);
    expect((await fetch(`${url}/batch/jobs/job_demo_small`)).status).to.equal(401);
    const ok = await fetch(`${url}/batch/jobs/job_demo_small`, {
      headers: { authorization: 'Bearer super-secret-key' },
    });
    expect(ok.status).to.equal(200);
    child!.kill('SIGTERM');
    await exit;
    expect(output()).to.not.include('super-secret-key');
  });

  it('does not answer 304 to an ETag from before a restart: the real-clock traces differ', async () => {
    const path = '/batch/jobs/job_demo_finished/inputs/progress/traces';
    const firstRun = await start(['--port', '0']);
    const before = await fetch(`${firstRun.url}${path}`);
    const beforeBody = await before.text();
    const etag = before.headers.get('etag')!;
    child!.kill('SIGTERM');
    await firstRun.exit;
    const secondRun = await start(['--port', '0']);
    const after = await fetch(`${secondRun.url}${path}`, { headers: { 'if-none-match': etag } });
    expect(after.status).to.equal(200);
    expect(await after.text()).to.not.equal(beforeBody);
    expect(after.headers.get('etag')).to.not.equal(etag);
  });

  it('exits with status 2 and the usage on a bad argument', async () => {
    const proc = spawn(process.execPath, ['--import', 'tsx', cli, '--speed', 'fast'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    let err = '';
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => proc.on('exit', resolve));
    expect(code).to.equal(2);
    expect(err).to.include('Invalid --speed').and.include('Usage:');
  });
});
