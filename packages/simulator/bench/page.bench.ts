/**
 * How long the handler takes to serve a 100-item page of the 10,000-input job
 * (`job_demo_large`), median over many requests at varying offsets, mid-run so every
 * status bucket is populated. The clock moves 1 ms between requests, so nothing is cached.
 * Target: under 5 ms per request. Run with `pnpm bench`.
 */
import { createSimulator } from '../src/index.js';

const simulator = createSimulator({ clock: 'manual' });
const job = simulator.getJob('job_demo_large')!;
job.advance(400_000); // about 40% through the run

const queries = [
  '',
  'order=desc',
  'status=completed',
  'status=pending&status=processing',
  'status=failed&status=completed&order=desc',
];

async function servePage(i: number): Promise<number> {
  const offset = (i * 397) % 9_900;
  const query = queries[i % queries.length];
  const started = performance.now();
  const response = await simulator.handle(
    new Request(
      `http://bench.local/api/batch/jobs/job_demo_large/inputs/progress?${query}&offset=${offset}&limit=100`,
    ),
  );
  await response.text();
  const took = performance.now() - started;
  if (response.status !== 200) throw new Error(`Unexpected ${response.status}`);
  job.advance(1);
  return took;
}

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

for (let i = 0; i < 200; i++) await servePage(i); // warm-up: JIT
const samples: number[] = [];
for (let i = 0; i < 2_000; i++) samples.push(await servePage(i));
samples.sort((a, b) => a - b);

const counts = job.counts();
console.log(
  `job_demo_large: ${job.inputs.length} inputs at ${job.now()} (${JSON.stringify(counts)})`,
);
console.log(
  `100-item page, ${samples.length} requests: median ${quantile(samples, 0.5).toFixed(3)} ms, ` +
    `p95 ${quantile(samples, 0.95).toFixed(3)} ms, max ${samples[samples.length - 1]!.toFixed(3)} ms (target < 5 ms)`,
);
