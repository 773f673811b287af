/**
 * The Redis outage of issue 25: two instances sharing a real redis-server (ioredis with the
 * README's options), 40 viewers polling once a second, Redis killed for 5 s then restarted.
 * Figures: viewer errors and p99, upstream requests per second per instance during the
 * outage, and how long after the restart both instances share through Redis again.
 */
import { Redis } from 'ioredis';
import { redisStore, REDIS_CLIENT_OPTIONS } from '../src/redis-store.js';
import type { ForwarderStoreEvent } from '../src/types.js';
import { KEY, startUpstream } from '../src/test-support/http.js';
import { startRedisServer } from '../src/test-support/redis-server.js';
import { figure, quantile, runViewers, sleep, startInstance, type Figure } from './harness.js';

const WARM_MS = 5000;
const OUTAGE_MS = 5000;
const AFTER_MS = 6000;
const CACHE_TTL_MS = 1000;

export async function redisOutage(): Promise<Figure[]> {
  const first = await startRedisServer();
  if ('unavailable' in first) return [figure('Redis outage', first.unavailable, '—', false)];
  const upstream = await startUpstream();
  const jobId = upstream.simulator.createJob({ inputs: 40, clock: 'manual', seed: 25 }).id;
  const clients: Redis[] = [];
  const storeEvents: { at: number; instance: number; event: ForwarderStoreEvent }[] = [];
  const instances = await Promise.all(
    [0, 1].map((instance) => {
      const redis = new Redis(first.url, REDIS_CLIENT_OPTIONS);
      redis.on('error', () => undefined);
      clients.push(redis);
      return startInstance({
        upstream: upstream.url,
        apiKey: KEY,
        authorize: 'allow-all',
        cacheTtlMs: CACHE_TTL_MS,
        store: redisStore(redis),
        onStore: (event) => storeEvents.push({ at: performance.now(), instance, event }),
      });
    }),
  );
  // Warm: a server that has served before (compiled code, open connections), as in production.
  const path = `/api/batch/jobs/${jobId}/inputs/progress?limit=20`;
  for (let round = 0; round < 20; round++) {
    await Promise.all(
      instances.map((instance) => fetch(instance.origin + path).then((r) => r.text())),
    );
  }
  let redis = first;
  const outage = (async () => {
    await sleep(WARM_MS);
    const killedAt = performance.now();
    await redis.stop('SIGKILL');
    await sleep(OUTAGE_MS);
    const restarted = await startRedisServer(first.port);
    if ('unavailable' in restarted) throw new Error(restarted.unavailable);
    redis = restarted;
    return { killedAt, restartedAt: performance.now() };
  })();
  const stats = await runViewers({
    origins: instances.map((instance) => instance.origin),
    paths: [path],
    viewers: 40,
    pollMs: 1000,
    durationMs: WARM_MS + OUTAGE_MS + AFTER_MS,
  });
  const { killedAt, restartedAt } = await outage;

  const perSecond = instances.map((instance) => {
    const counts = new Map<number, number>();
    for (const { at } of instance.upstream) {
      if (at < killedAt || at >= restartedAt) continue;
      const second = Math.floor((at - killedAt) / 1000);
      counts.set(second, (counts.get(second) ?? 0) + 1);
    }
    return Math.max(0, ...counts.values());
  });
  const closedAfter = [0, 1].map((instance) => {
    const closed = storeEvents.find(
      (entry) =>
        entry.instance === instance && entry.at > restartedAt && entry.event.state === 'closed',
    );
    return closed ? closed.at - restartedAt : Infinity;
  });
  const sharedAgainMs = Math.max(...closedAfter);
  const p99 = quantile(stats.latenciesMs, 0.99);
  const opened = storeEvents.filter((entry) => entry.event.state === 'open').length;

  if (process.env.FAULTS_DEBUG) {
    for (const [index, instance] of instances.entries()) {
      for (const { at, ms } of instance.served.filter((entry) => entry.ms > 200)) {
        console.log(
          `instance ${index}: ${ms.toFixed(0)} ms at ${(at - killedAt).toFixed(0)} ms after the kill`,
        );
      }
    }
    console.log(`restart ${(restartedAt - killedAt).toFixed(0)} ms after the kill`);
    for (const entry of storeEvents)
      console.log(
        `${(entry.at - killedAt).toFixed(0)} ${entry.instance} ${entry.event.previous}→${entry.event.state} ${entry.event.cause}`,
      );
  }
  await Promise.all(instances.map((instance) => instance.close()));
  for (const client of clients) client.disconnect();
  await redis.stop();
  await upstream.close();
  return [
    figure(
      'Redis outage: viewer errors',
      `${stats.errors} of ${stats.requests}${stats.errorSamples.length ? ` (${stats.errorSamples.join('; ')})` : ''}`,
      '0',
      stats.errors === 0,
    ),
    figure(
      'Redis outage: viewer p99',
      `${p99.toFixed(0)} ms (p50 ${quantile(stats.latenciesMs, 0.5).toFixed(1)} ms)`,
      '≤ 500 ms',
      p99 <= 500,
    ),
    figure(
      'Redis outage: upstream req/s per instance during the outage (max)',
      perSecond.join(', '),
      '≤ 2',
      perSecond.every((count) => count <= 2),
    ),
    figure(
      'Redis outage: shared again after restart (both circuits closed)',
      `${sharedAgainMs.toFixed(0)} ms (circuit opened ${opened}×)`,
      `≤ ${2 * CACHE_TTL_MS} ms`,
      sharedAgainMs <= 2 * CACHE_TTL_MS,
    ),
  ];
}
