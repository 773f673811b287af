/**
 * 1,000 distinct queries of 500-row pages, each answered and cached: the heap they leave
 * behind stays within the memory store's byte budget (plus the 16 MiB of decoded answers the
 * forwarder keeps for quick hits), however many queries there are.
 */
import { createForwarder } from '../src/create-forwarder.js';
import { memoryStore } from '../src/memory-store.js';
import { KEY, startUpstream } from '../src/test-support/http.js';
import { figure, settledHeapMb, type Figure } from './harness.js';

const BUDGET_MB = 32;
const DECODED_MB = 16;

export async function memoryBudget(): Promise<Figure[]> {
  const upstream = await startUpstream();
  const jobId = upstream.simulator.createJob({ inputs: 1500, clock: 'manual', seed: 7 }).id;
  const forward = createForwarder({
    upstream: upstream.url,
    apiKey: KEY,
    authorize: 'allow-all',
    maxLimit: 500,
    jobBudgetPerSecond: 1_000_000,
    store: memoryStore({ maxBytes: BUDGET_MB * 1024 * 1024 }),
  });
  const before = settledHeapMb();
  let bodyBytes = 0;
  const started = performance.now();
  for (let batch = 0; batch < 1000; batch += 10) {
    await Promise.all(
      Array.from({ length: 10 }, async (_, index) => {
        const response = await forward(
          new Request(
            `http://localhost/api/batch/jobs/${jobId}/inputs/progress?limit=500&offset=${batch + index}`,
          ),
        );
        if (response.status !== 200) throw new Error(`status ${response.status}`);
        bodyBytes += (await response.arrayBuffer()).byteLength;
      }),
    );
  }
  const tookS = (performance.now() - started) / 1000;
  const growth = settledHeapMb() - before;
  await upstream.close();
  const averageKb = bodyBytes / 1000 / 1024;
  return [
    figure(
      `1,000 cached 500-row queries (${averageKb.toFixed(0)} KB each, ${((averageKb * 1000) / 1024).toFixed(0)} MB in all, ${tookS.toFixed(1)} s)`,
      `heap +${growth.toFixed(1)} MB with a ${BUDGET_MB} MiB store`,
      `≤ ${BUDGET_MB} MiB + ${DECODED_MB} MiB decoded`,
      growth <= BUDGET_MB + DECODED_MB,
    ),
  ];
}
