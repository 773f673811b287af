/**
 * Load test of the forwarder (`pnpm --filter @input-progress/forwarder bench`): 1,000 simulated
 * viewers poll one simulator job every 2 s through one forwarder, then through two forwarder
 * instances (separate processes) sharing a real redis-server; then both again with the API
 * answering 429 for 10 s. Loopback only, bounded (about 3½ minutes), stops by itself; exits
 * non-zero when a target is missed. Not part of `pnpm test`.
 *
 * The forwarders run with `cacheTtlMs` equal to the viewers' poll interval, as the README
 * advises: then a query costs the API about one request per interval.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startSimulatorServer } from '@input-progress/simulator/node';
import { startRedisServer, type RedisServer } from '../src/test-support/redis-server.js';
import { quantile, runViewers } from './viewers.js';

const KEY = 'sk_bench_4fT9xQ2mL7vR8wZ3';
const VIEWERS = 1000;
const POLL_MS = 2000;
const RUN_MS = 60_000;
const WAIT_RUN_MS = 30_000;
const WINDOW = { fromMs: 10_000, toMs: 20_000 };
const RETRY_AFTER_S = 2;
const CACHE_TTL_MS = POLL_MS;

const upstream = await startSimulatorServer({ apiKeys: [KEY], presets: false });
const job = upstream.simulator.createJob({
  inputs: 400,
  concurrency: 8,
  itemsPerInput: 20,
  msPerItem: 500,
  clock: 'real',
  seed: 11,
});
const paths = [
  `/api/batch/jobs/${job.id}/inputs/progress?limit=20`,
  `/api/batch/jobs/${job.id}/inputs/progress/counts`,
];
const children = new Set<ChildProcess>();
let redis: RedisServer | undefined;
let failed = false;

async function startForwarder(
  redisUrl?: string,
  prefix = '',
): Promise<{ origin: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./forwarder-process.ts', import.meta.url))],
    {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
      env: {
        ...process.env,
        BENCH_UPSTREAM: upstream.url,
        BENCH_API_KEY: KEY,
        BENCH_CACHE_TTL_MS: String(CACHE_TTL_MS),
        ...(redisUrl ? { BENCH_REDIS_URL: redisUrl, BENCH_REDIS_PREFIX: prefix } : {}),
      },
    },
  );
  children.add(child);
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`forwarder process exited with ${code}`)));
  });
  return { origin: (JSON.parse(line) as { origin: string }).origin, child };
}

/** The forwarder-side latencies (ms) one instance recorded. */
function latenciesOf(child: ChildProcess): Promise<number[]> {
  return new Promise((resolve) => {
    child.once('message', (message) => resolve((message as { latencies: number[] }).latencies));
    child.send('report');
  });
}

function stop(child: ChildProcess): Promise<void> {
  children.delete(child);
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

interface RunReport {
  readonly name: string;
  readonly perIntervalPerQuery: number;
}

async function run(
  name: string,
  instances: number,
  durationMs: number,
  options: { redisUrl?: string; rateLimitWindow?: boolean } = {},
): Promise<RunReport> {
  const forwarders = [];
  for (let i = 0; i < instances; i++) {
    forwarders.push(await startForwarder(options.redisUrl, `input-progress:bench:${name}:`));
  }
  const windowTimes: { from?: number; to?: number } = {};
  const timers: NodeJS.Timeout[] = [];
  if (options.rateLimitWindow) {
    timers.push(
      setTimeout(() => {
        windowTimes.from = Date.now();
        job.setFaults({
          rules: [{ kind: 'rate-limit', probability: 1, retryAfter: RETRY_AFTER_S }],
        });
      }, WINDOW.fromMs),
      setTimeout(() => {
        windowTimes.to = Date.now();
        job.setFaults(undefined);
      }, WINDOW.toMs),
    );
  }
  const startedAt = Date.now();
  const stats = await runViewers({
    origins: forwarders.map((f) => f.origin),
    paths,
    viewers: VIEWERS,
    pollMs: POLL_MS,
    durationMs,
  });
  const endedAt = Date.now();
  for (const timer of timers) clearTimeout(timer);
  job.setFaults(undefined);
  const forwarderLatencies = Float64Array.from(
    (await Promise.all(forwarders.map((f) => latenciesOf(f.child)))).flat(),
  ).sort();
  await Promise.all(forwarders.map((f) => stop(f.child)));

  const upstreamRequests = upstream.simulator
    .requests(job.id)
    .map((r) => ({ query: r.path + r.search, at: Date.parse(r.at) }))
    .filter((r) => r.at >= startedAt && r.at <= endedAt);
  // Wall-clock intervals: on a loaded machine the viewers' last polls end after durationMs.
  const intervals = (endedAt - startedAt) / POLL_MS;
  const byQuery = new Map<string, number>();
  for (const r of upstreamRequests) byQuery.set(r.query, (byQuery.get(r.query) ?? 0) + 1);
  const perIntervalPerQuery = upstreamRequests.length / intervals / paths.length;
  const worstQuery = Math.max(...byQuery.values()) / intervals;
  const ms = (samples: Float64Array, q: number) => `${quantile(samples, q).toFixed(1)} ms`;

  console.log(
    `\n${name}: ${VIEWERS} viewers × ${paths.length} queries every ${POLL_MS / 1000} s for ${durationMs / 1000} s, ${instances} forwarder instance(s)${options.redisUrl ? ' sharing redis-server' : ''}`,
  );
  console.log(
    `  wall time            ${((endedAt - startedAt) / 1000).toFixed(1)} s (${intervals.toFixed(1)} poll intervals)`,
  );
  console.log(
    `  viewer requests      ${stats.requests} (200: ${stats.ok}, 304: ${stats.notModified}, stale: ${stats.stale})`,
  );
  console.log(
    `  upstream requests    ${upstreamRequests.length} (${[...byQuery.values()].join(' + ')} for ${byQuery.size} distinct queries)`,
  );
  console.log(
    `  upstream requests per ${POLL_MS / 1000} s interval per distinct query  ${perIntervalPerQuery.toFixed(2)} (worst query ${worstQuery.toFixed(2)})`,
  );
  console.log(
    `  forwarder latency    p50 ${ms(forwarderLatencies, 0.5)}, p99 ${ms(forwarderLatencies, 0.99)}, max ${ms(forwarderLatencies, 1)} (arrival to response end, in the forwarder)`,
  );
  console.log(
    `  viewer latency       p50 ${ms(stats.latenciesMs, 0.5)}, p99 ${ms(stats.latenciesMs, 0.99)}, max ${ms(stats.latenciesMs, 1)} (as the viewers saw it, queueing included)`,
  );
  console.log(
    `  viewer errors        ${stats.errors}${stats.errorSamples.length ? ` (${stats.errorSamples.join('; ')})` : ''}`,
  );
  if (stats.errors > 0) failed = true;

  if (options.rateLimitWindow && windowTimes.from !== undefined && windowTimes.to !== undefined) {
    const inWindow = upstreamRequests
      .filter((r) => r.at >= windowTimes.from! && r.at < windowTimes.to!)
      .map((r) => r.at - windowTimes.from!);
    // Requests arriving together (within 100 ms) at the window's start were all sent before
    // the API had said 429 to any of them; after that, every request is one probe.
    const bursts: number[][] = [];
    for (const t of inWindow) {
      const last = bursts.at(-1);
      if (last && t - last[0]! < 100) last.push(t);
      else bursts.push([t]);
    }
    const probes = bursts.slice(1);
    const gaps = bursts.slice(1).map((b, i) => b[0]! - bursts[i]![0]!);
    const onePerWait =
      probes.every((b) => b.length === 1) && gaps.every((g) => g >= RETRY_AFTER_S * 1000 - 1);
    console.log(
      `  429 window (${(WINDOW.toMs - WINDOW.fromMs) / 1000} s, Retry-After: ${RETRY_AFTER_S}): ${inWindow.length} upstream requests at +${inWindow.map((t) => (t / 1000).toFixed(2)).join(' s, +')} s`,
    );
    console.log(
      `    in flight when the first 429 came: ${bursts[0]?.length ?? 0}; after it, ${probes.length} probes, smallest gap ${gaps.length ? (Math.min(...gaps) / 1000).toFixed(2) : '-'} s → at most one request per Retry-After: ${onePerWait ? 'yes' : 'NO'}`,
    );
    if (!onePerWait) failed = true;
  }
  return { name, perIntervalPerQuery };
}

try {
  const one = await run('one instance', 1, RUN_MS);
  if (one.perIntervalPerQuery > 1.1) failed = true;
  const started = await startRedisServer();
  if ('unavailable' in started) {
    console.log(`\ntwo instances sharing Redis: skipped: ${started.unavailable}`);
    failed = true;
  } else {
    redis = started;
    const two = await run('two instances', 2, RUN_MS, { redisUrl: redis.url });
    if (two.perIntervalPerQuery > 2.2) failed = true;
  }
  await run('one instance, 429 for 10 s', 1, WAIT_RUN_MS, { rateLimitWindow: true });
  if (redis)
    await run('two instances, 429 for 10 s', 2, WAIT_RUN_MS, {
      redisUrl: redis.url,
      rateLimitWindow: true,
    });
  console.log(
    `\ntargets: ≤ 1.1 upstream requests per interval per query (one instance), ≤ 2.2 (two sharing Redis), zero viewer errors, at most one request per Retry-After: ${failed ? 'MISSED' : 'met'}`,
  );
} finally {
  await Promise.all([...children].map(stop));
  await redis?.stop();
  await upstream.close();
}
process.exit(failed ? 1 : 0);
