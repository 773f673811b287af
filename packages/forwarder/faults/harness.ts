/**
 * What the fault figures share: the forwarder behind a Node server, a sampler of peak memory,
 * and a figure line. Real time throughout: these are measurements, not unit tests.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { forwarderMiddleware } from '../src/node-middleware.js';
import type { ForwarderOptions, ForwarderUpstreamEvent } from '../src/types.js';

export { quantile, runViewers } from '../bench/viewers.js';

/** One forwarder instance on a loopback port, with the times of its upstream requests. */
export interface Instance {
  readonly origin: string;
  /** `performance.now()` of every upstream request it made, with the event. */
  readonly upstream: { at: number; event: ForwarderUpstreamEvent }[];
  /** Every viewer request it served: arrival (`performance.now()`) and time to its end. */
  readonly served: { at: number; ms: number }[];
  close(): Promise<void>;
}

export async function startInstance(options: ForwarderOptions): Promise<Instance> {
  const upstream: Instance['upstream'] = [];
  const middleware = forwarderMiddleware({
    ...options,
    onUpstream: (event) => {
      upstream.push({ at: performance.now(), event });
      options.onUpstream?.(event);
    },
  });
  const served: Instance['served'] = [];
  const server: Server = createServer((req, res) => {
    const at = performance.now();
    res.once('finish', () => served.push({ at, ms: performance.now() - at }));
    middleware(req, res);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    upstream,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Samples the resident set every 5 ms; `stop()` gives the peak growth over the start in MB. */
export function sampleRss(): { stop(): number } {
  const start = process.memoryUsage.rss();
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage.rss());
      return (peak - start) / 1024 / 1024;
    },
  };
}

/** Heap in use after a full collection (needs `--expose-gc`), in MB. */
export function settledHeapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** A figure: printed as a line, checked against its target. */
export interface Figure {
  readonly name: string;
  readonly value: string;
  readonly target: string;
  readonly met: boolean;
}

export const figure = (name: string, value: string, target: string, met: boolean): Figure => ({
  name,
  value,
  target,
  met,
});

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
