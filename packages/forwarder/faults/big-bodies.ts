/**
 * Upstream bodies of 150 MB and without end, ten viewers of the job at once (one upstream
 * request, coalesced): the answers, and the peak growth of the resident set meanwhile.
 */
import { KEY, listen, streamBody } from '../src/test-support/http.js';
import { createForwarder } from '../src/create-forwarder.js';
import { figure, sampleRss, type Figure } from './harness.js';

const MB = 1024 * 1024;

export async function bigBodies(): Promise<Figure[]> {
  const api = await listen((req, res) => {
    const endless = req.url!.includes('endless');
    const declared = req.url!.includes('job_large');
    res.writeHead(200, {
      'content-type': 'application/json',
      ...(declared ? { 'content-length': String(150 * MB) } : {}),
    });
    streamBody(res, endless ? Infinity : 150 * MB);
  });
  const figures: Figure[] = [];
  for (const [name, path] of [
    ['150 MB body, declared length', 'job_large'],
    ['150 MB body, no length', 'job_chunked'],
    ['endless body', 'job_endless'],
  ] as const) {
    const forward = createForwarder({
      upstream: `${api.origin}/v0.5`,
      apiKey: KEY,
      authorize: 'allow-all',
    });
    const rss = sampleRss();
    const started = performance.now();
    const statuses = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const response = await forward(new Request(`http://localhost/api/batch/jobs/${path}`));
        await response.text();
        return response.status;
      }),
    );
    const tookMs = performance.now() - started;
    const growth = rss.stop();
    figures.push(
      figure(
        `${name}: 10 viewers`,
        `${[...new Set(statuses)].join('/')} in ${tookMs.toFixed(0)} ms, peak RSS +${growth.toFixed(1)} MB`,
        '502, < 50 MB',
        statuses.every((status) => status === 502) && growth < 50,
      ),
    );
  }
  await api.close();
  return figures;
}
