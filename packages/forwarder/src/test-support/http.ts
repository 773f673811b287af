/** Real HTTP servers for the tests: a simulator that needs the key, and Node front ends. */
import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeClock, type FakeClock } from '@input-progress/core/testing';
import { startSimulatorServer } from '@input-progress/simulator/node';
import { createForwarder } from '../create-forwarder.js';
import type { ForwarderOptions } from '../types.js';

export const KEY = 'sk_test_Zq8vN3r7Pw2LmX5tY9';

export type Upstream = Awaited<ReturnType<typeof startSimulatorServer>>;

/** The simulator as the API, over real HTTP, refusing requests without {@link KEY}. */
export function startUpstream(): Promise<Upstream> {
  // Mounted where the real API is (`/v0.5`): the forwarder's upstream in every test.
  return startSimulatorServer({ apiKeys: [KEY], presets: false, basePath: '/v0.5' });
}

export interface Running {
  readonly origin: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** Serves `listener` on a free loopback port. */
export async function listen(listener: RequestListener): Promise<Running> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** A port nothing listens on any more. */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Everything a browser could see of a response: status line, headers and body. */
export async function visibleText(response: Response): Promise<string> {
  const headers = [...response.headers].map(([n, v]) => `${n}: ${v}`).join('\n');
  return `${response.status} ${response.statusText}\n${headers}\n\n${await response.text()}`;
}

/** A fetch that records each upstream call and passes it on to the real one. */
export function recordingFetch(calls: { url: string; headers: Headers }[]): typeof fetch {
  return (input, init) => {
    calls.push({ url: String(input), headers: new Headers(init?.headers) });
    return fetch(input, init);
  };
}

/** What {@link useUpstreamJob} hands each test. */
export interface UpstreamJob {
  readonly upstream: Upstream;
  /** A job made for this test alone, on the simulator's manual clock. */
  readonly jobId: string;
  /** A fake clock of this test's own, for the forwarders it makes. */
  readonly clock: FakeClock;
}

/**
 * Runs the simulator upstream around the enclosing `describe` and makes a fresh job (on the
 * simulator's manual clock) and a fresh fake clock before each test, handing them to `use`;
 * the returned object reads the current test's too.
 */
export function useUpstreamJob(
  job: Omit<NonNullable<Parameters<Upstream['simulator']['createJob']>[0]>, 'clock'>,
  use: (fixture: UpstreamJob) => void = () => undefined,
): UpstreamJob {
  let upstream: Upstream | undefined;
  let current: UpstreamJob | undefined;
  before(async () => {
    upstream = await startUpstream();
  });
  after(async () => upstream?.close());
  beforeEach(() => {
    current = {
      upstream: upstream!,
      jobId: upstream!.simulator.createJob({ ...job, clock: 'manual' }).id,
      clock: createFakeClock(),
    };
    use(current);
  });
  return {
    get upstream() {
      return current!.upstream;
    },
    get jobId() {
      return current!.jobId;
    },
    get clock() {
      return current!.clock;
    },
  };
}

/** A forwarder in front of the API at `upstreamUrl` with the test key, letting everyone in. */
export function forwarderTo(upstreamUrl: string, extra: Partial<ForwarderOptions> = {}) {
  return createForwarder({ upstream: upstreamUrl, apiKey: KEY, authorize: 'allow-all', ...extra });
}

/** A forwarder in front of `upstream` with the test key, letting everyone in. */
export function testForwarder(upstream: Upstream, extra: Partial<ForwarderOptions> = {}) {
  return forwarderTo(upstream.url, extra);
}

/**
 * Writes `bytes` of JSON-ish filler (spaces) to `res` in 64 KiB chunks as fast as the client
 * reads them, and ends it; `Infinity` never ends. Calls `onChunk` with each chunk's size.
 */
export function streamBody(
  res: ServerResponse,
  bytes: number,
  onChunk: (size: number) => void = () => undefined,
): void {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let left = bytes === Infinity ? Infinity : Math.ceil(bytes / chunk.length);
  const pump = (): void => {
    while (left > 0 && !res.destroyed) {
      left--;
      onChunk(chunk.length);
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (left === 0) res.end();
  };
  pump();
}
