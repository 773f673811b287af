/**
 * One viewer sends 1,000 distinct queries of a job in 2 s while 100 viewers watch the job's
 * first page (once a second): what the flood costs the API, and whether the page's viewers
 * notice (errors, p99 against a run without the flood).
 */
import { Agent, request } from 'node:http';
import { KEY, startUpstream } from '../src/test-support/http.js';
import { figure, quantile, runViewers, sleep, startInstance, type Figure } from './harness.js';

const DURATION_MS = 4000;

export async function flood(): Promise<Figure[]> {
  const upstream = await startUpstream();
  const jobId = upstream.simulator.createJob({ inputs: 200, clock: 'manual', seed: 11 }).id;
  const instance = await startInstance({
    upstream: upstream.url,
    apiKey: KEY,
    authorize: 'allow-all',
  });
  const page = `/api/batch/jobs/${jobId}/inputs/progress?limit=20`;
  const watch = () =>
    runViewers({
      origins: [instance.origin],
      paths: [page],
      viewers: 100,
      pollMs: 1000,
      durationMs: DURATION_MS,
    });
  await watch(); // warm
  const quiet = await watch();
  const floodStart = instance.upstream.length;
  let floodErrors = 0;
  let sentInMs = 0;
  let answeredInMs = 0;
  const floodStatuses = new Map<number, number>();
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const flooding = (async () => {
    await sleep(1000);
    const started = performance.now();
    const sent: Promise<void>[] = [];
    for (let query = 0; query < 1000; query++) {
      const due = started + query * 2;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const url = `${instance.origin}/api/batch/jobs/${jobId}/inputs/progress?limit=1&offset=${query}`;
      sent.push(
        new Promise<void>((resolve) => {
          const req = request(url, { agent }, (res) => {
            floodStatuses.set(res.statusCode!, (floodStatuses.get(res.statusCode!) ?? 0) + 1);
            res.resume();
            res.on('end', resolve);
          });
          req.on('error', () => {
            floodErrors++;
            resolve();
          });
          req.end();
        }),
      );
    }
    sentInMs = performance.now() - started;
    await Promise.all(sent);
    answeredInMs = performance.now() - started;
  })();
  const loud = await watch();
  await flooding;
  agent.destroy();
  const floodUpstream = instance.upstream
    .slice(floodStart)
    .filter(({ event }) => event.url.includes('offset=')).length;
  await instance.close();
  await upstream.close();
  const p99 = (stats: typeof quiet) => quantile(stats.latenciesMs, 0.99).toFixed(0);
  return [
    figure(
      `flood: upstream requests for 1,000 distinct queries sent in ${(sentInMs / 1000).toFixed(1)} s, answered in ${(answeredInMs / 1000).toFixed(1)} s`,
      `${floodUpstream} (flood answers ${JSON.stringify(Object.fromEntries(floodStatuses))}, ${floodErrors} failed)`,
      `≤ 10 per second answering`,
      floodUpstream <= 10 * Math.ceil(answeredInMs / 1000),
    ),
    figure(
      'flood: first-page viewers (100 at 1/s)',
      `${loud.errors} errors of ${loud.requests}, p99 ${p99(loud)} ms (without the flood ${p99(quiet)} ms)`,
      '0 errors, p99 within noise',
      loud.errors === 0,
    ),
  ];
}
