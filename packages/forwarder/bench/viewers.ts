/**
 * Simulated viewers for the load test: each polls the same queries every `pollMs`, as the
 * feed does (the page and the counts together), starting at a random phase, revalidating
 * with `If-None-Match` like a browser, until `durationMs` has passed. Requests go round-robin
 * to the forwarder instances, as a load balancer would send them. A request counts as an
 * error unless it is answered 200 or 304 within 15 s (the core client's default timeout).
 */
import { Agent, request } from 'node:http';

export interface ViewerStats {
  readonly requests: number;
  readonly ok: number;
  readonly notModified: number;
  readonly stale: number;
  readonly errors: number;
  readonly errorSamples: string[];
  readonly latenciesMs: Float64Array;
}

export interface ViewerRun {
  readonly origins: readonly string[];
  readonly paths: readonly string[];
  readonly viewers: number;
  readonly pollMs: number;
  readonly durationMs: number;
}

/** Runs the viewers and resolves when every one of them has stopped. */
export async function runViewers(run: ViewerRun): Promise<ViewerStats> {
  const agents = run.origins.map(() => new Agent({ keepAlive: true, maxSockets: 128 }));
  const latencies: number[] = [];
  let requests = 0;
  let ok = 0;
  let notModified = 0;
  let stale = 0;
  let errors = 0;
  const errorSamples: string[] = [];
  let next = 0;
  const started = performance.now();

  const get = (path: string, etag: string | undefined): Promise<string | undefined> => {
    const target = next++ % run.origins.length;
    const sent = performance.now();
    requests++;
    return new Promise((resolve) => {
      const fail = (what: string): void => {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(what);
        resolve(etag);
      };
      const req = request(
        `${run.origins[target]}${path}`,
        { agent: agents[target], headers: etag ? { 'if-none-match': etag } : {}, timeout: 15_000 },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - sent);
            if (res.headers['x-input-progress-cache'] === 'stale') stale++;
            if (res.statusCode === 200) {
              ok++;
              resolve(res.headers.etag ?? etag);
            } else if (res.statusCode === 304) {
              notModified++;
              resolve(etag);
            } else fail(`${res.statusCode} ${path}`);
          });
          res.on('error', (e) => fail(e.message));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', (e) => fail(e.message));
      req.end();
    });
  };

  const viewer = async (): Promise<void> => {
    const etags = new Map<string, string | undefined>();
    let due = started + Math.random() * run.pollMs;
    while (due < started + run.durationMs) {
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await Promise.all(
        run.paths.map(async (path) => etags.set(path, await get(path, etags.get(path)))),
      );
      due += run.pollMs;
    }
  };
  await Promise.all(Array.from({ length: run.viewers }, viewer));
  for (const agent of agents) agent.destroy();
  return {
    requests,
    ok,
    notModified,
    stale,
    errors,
    errorSamples,
    latenciesMs: Float64Array.from(latencies).sort(),
  };
}

/** The `q`-quantile (0–1) of sorted samples. */
export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
