import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';

const appRoot = fileURLToPath(new URL('..', import.meta.url));

/** A port nothing listens on right now. */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

interface RunningDemo {
  readonly port: number;
  /** Everything it printed up to its URL. */
  readonly output: string;
  readonly child: ChildProcess;
}

/** `pnpm run demo` in the app (what the root's `pnpm demo` runs after building), until it prints its URL. */
function startDemo(env: Record<string, string>, running: ChildProcess[]): Promise<RunningDemo> {
  const child = spawn('pnpm', ['run', 'demo'], {
    cwd: appRoot,
    env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer): void => {
      // eslint-disable-next-line no-control-regex
      output += chunk.toString().replace(/\u001b\[[0-9;]*m/g, '');
      const url = /Local:\s+http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (url) resolve({ port: Number(url[1]), output, child });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) =>
      reject(new Error(`demo exited (${code}) before listening:\n${output}`)),
    );
  });
}

describe('`pnpm demo` servers', function () {
  this.timeout(60_000);
  const running: ChildProcess[] = [];

  afterEach(() => {
    // Each demo runs in its own process group (pnpm, then node): stop the group, by its id.
    for (const child of running.splice(0)) {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  });

  it('lets a second demo start on the next free port, each saying which API it serves', async () => {
    const port = await freePort();
    const first = await startDemo({ DEMO_PORT: String(port) }, running);
    const second = await startDemo({ DEMO_PORT: String(port) }, running);
    expect(first.port).to.equal(port);
    expect(second.port).to.be.greaterThan(port);
    for (const demo of [first, second])
      expect(demo.output).to.contain(
        'input-progress demo: simulator mode, the built-in simulator serves the API at /api',
      );
  });

  it('prints real-API mode and the upstream it forwards to, never the key or the URL’s credentials', async () => {
    const key = 'sk_live_banner_Zq81xT';
    const demo = await startDemo(
      {
        DEMO_API: 'real',
        ATAI_API_KEY: key,
        ATAI_API_URL: 'https://someone:hunter2@api.example.test/v0.5?token=t0ps3cret',
        DEMO_PORT: String(await freePort()),
      },
      running,
    );
    expect(demo.output).to.contain(
      'input-progress demo: real API mode, /api forwards to https://api.example.test/v0.5 (the key stays in this process)',
    );
    for (const secret of [key, 'hunter2', 't0ps3cret']) expect(demo.output).to.not.contain(secret);
  });
});
