// One loopback origin for a benchmark run: the simulator (API and control API, through its
// Node listener) and the benchmark pages with their scripts. Pages and API share the origin,
// as they do behind a real site's own backend. Nothing is cached, so every sample loads the
// same bytes. The server can also advance a job's manual clock by a fixed step whenever the
// job's progress page is requested: every poll then sees exactly one more item on each
// processing input, whatever the variant's timing.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { createSimulator, type Simulator } from '@input-progress/simulator';
import { createNodeListener } from '@input-progress/simulator/node';

const appDir = fileURLToPath(new URL('..', import.meta.url));
/** The built standalone bundle of the elements: Lit, @lit/task, core and both elements. */
export const standalonePath = createRequire(import.meta.url).resolve(
  '@input-progress/elements/standalone.js',
);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The file a page path names, or null: only plain names in pages/ and dist/. */
export function fileFor(pathname: string, standalone = standalonePath): string | null {
  if (pathname === '/standalone.js') return standalone;
  const match = /^\/(dist\/)?([\w-]+\.(html|js|css))$/.exec(pathname);
  if (!match) return null;
  return `${appDir}${match[1] ? 'dist/' : 'pages/'}${match[2]}`;
}

export interface BenchServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly simulator: Simulator;
  /** From now on, every request of `jobId`'s progress page first advances its clock by `ms`. */
  advanceOnPoll(jobId: string, ms: number): void;
  /** Resolves when the next request of `jobId`'s progress page arrives. */
  nextPoll(jobId: string): Promise<void>;
  close(): Promise<void>;
}

export interface BenchServerOptions {
  /** Another build of the standalone bundle to serve as /standalone.js (default: the built one). */
  readonly standalone?: string;
}

export async function startBenchServer(options: BenchServerOptions = {}): Promise<BenchServer> {
  // Jobs come from the control API, on manual clocks; no presets.
  // The API where the pages look for it (src/pages/harness.ts).
  const simulator = createSimulator({ clock: 'manual', presets: false, basePath: '/api' });
  const api = createNodeListener(simulator);
  const steps = new Map<string, number>();
  const waiters = new Map<string, Array<() => void>>();
  const progressPath = /^\/api\/batch\/jobs\/([^/]+)\/inputs\/progress$/;

  const serveFile = async (path: string, res: ServerResponse) => {
    try {
      const body = await readFile(path);
      const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        'content-length': body.length,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const poll = req.method === 'GET' ? progressPath.exec(pathname) : null;
    if (poll) {
      const jobId = decodeURIComponent(poll[1]!);
      const step = steps.get(jobId);
      if (step) simulator.getJob(jobId)?.advance(step);
      for (const resolve of waiters.get(jobId)?.splice(0) ?? []) resolve();
    }
    const file = fileFor(pathname, options.standalone ?? standalonePath);
    if (file) void serveFile(file, res);
    else api(req, res, () => res.writeHead(404).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    simulator,
    advanceOnPoll: (jobId, ms) => void steps.set(jobId, ms),
    nextPoll: (jobId) =>
      new Promise((resolve) => {
        const list = waiters.get(jobId) ?? [];
        waiters.set(jobId, list);
        list.push(resolve);
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
