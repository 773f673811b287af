/**
 * One forwarder instance of the load test, in its own process (as behind a load balancer):
 * listens on a free loopback port and prints `{"origin": …}` once ready. Configured by the
 * environment the load test sets; reports its latencies when asked (IPC `'report'`), stops
 * when its parent sends SIGTERM.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { forwarderMiddleware } from '../src/node-middleware.js';
import { redisStore } from '../src/redis-store.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} is required`);
  return value;
};
const redisUrl = process.env.BENCH_REDIS_URL;
const redis = redisUrl ? new Redis(redisUrl) : undefined;
const middleware = forwarderMiddleware({
  upstream: env('BENCH_UPSTREAM'),
  apiKey: env('BENCH_API_KEY'),
  authorize: 'allow-all',
  cacheTtlMs: Number(env('BENCH_CACHE_TTL_MS')),
  ...(redis ? { store: redisStore(redis, { keyPrefix: env('BENCH_REDIS_PREFIX') }) } : {}),
});
// Forwarder latency: from the request's arrival to the end of its response, in this process.
const latencies: number[] = [];
const server = createServer((req, res) => {
  const arrived = performance.now();
  res.once('finish', () => latencies.push(performance.now() - arrived));
  middleware(req, res);
});
process.on('message', (message) => {
  if (message === 'report') process.send?.({ latencies });
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ origin: `http://127.0.0.1:${port}` })}\n`);
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close();
  void redis?.quit();
  process.exit(0);
});
