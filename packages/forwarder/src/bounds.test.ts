import { expect } from 'chai';
import { CACHE_HEADER } from './create-forwarder.js';
import { memoryStore } from './memory-store.js';
import {
  forwarderTo,
  listen,
  streamBody,
  testForwarder,
  useUpstreamJob,
} from './test-support/http.js';
import { until } from './test-support/until.js';

const MiB = 1024 * 1024;

describe('bounded by bytes: upstream bodies, the memory store, the query', () => {
  describe('an upstream body over maxBodyBytes', () => {
    it('is cut off and answered 502, whether it declares its length, streams, or never ends', async () => {
      const written = { declared: 0, streamed: 0, endless: 0 };
      let endlessClosed = false;
      const api = await listen((req, res) => {
        const kind = req.url!.includes('job_declared')
          ? 'declared'
          : req.url!.includes('job_streamed')
            ? 'streamed'
            : 'endless';
        res.writeHead(200, {
          'content-type': 'application/json',
          ...(kind === 'declared' ? { 'content-length': String(6 * MiB) } : {}),
        });
        res.on('close', () => {
          if (kind === 'endless') endlessClosed = true;
        });
        streamBody(res, kind === 'endless' ? Infinity : 6 * MiB, (size) => (written[kind] += size));
      });
      try {
        const forward = forwarderTo(`${api.origin}/v0.5`, { maxBodyBytes: MiB });
        for (const job of ['job_declared', 'job_streamed', 'job_endless']) {
          const response = await forward(new Request(`http://localhost/api/batch/jobs/${job}`));
          expect(response.status, job).to.equal(502);
          expect(
            ((await response.json()) as { errors: { code: string }[] }).errors[0]!.code,
          ).to.equal('upstream_too_large');
        }
        await until(() => endlessClosed, 'the endless body’s connection is closed');
        console.log(
          `      body cap 1 MiB: the API wrote ${(written.streamed / MiB).toFixed(1)} MiB (6 MiB body), ${(written.endless / MiB).toFixed(1)} MiB (endless) before the cut`,
        );
        // What the sockets buffer aside, nothing much past the cap was read.
        expect(written.endless).to.be.below(8 * MiB);
      } finally {
        await api.close();
      }
    });
  });

  it('memoryStore keeps at most maxBytes, dropping the least recently used', async () => {
    const store = memoryStore({ maxBytes: MiB });
    const value = 'x'.repeat(100 * 1024);
    for (let index = 0; index < 50; index++) await store.set(`page-${index}`, value, 60_000);
    const kept: number[] = [];
    for (let index = 0; index < 50; index++) {
      if ((await store.get(`page-${index}`)) !== undefined) kept.push(index);
    }
    expect(kept.length * value.length).to.be.at.most(MiB);
    expect(kept.length).to.be.at.least(8);
    expect(kept.at(-1), 'the newest stays').to.equal(49);
    // Beyond Latin-1, V8 holds two bytes a character: half as many fit.
    const wide = memoryStore({ maxBytes: MiB });
    for (let index = 0; index < 20; index++)
      await wide.set(`w-${index}`, 'ж'.repeat(100 * 1024), 60_000);
    let wideKept = 0;
    for (let index = 0; index < 20; index++) if (await wide.get(`w-${index}`)) wideKept++;
    expect(wideKept).to.be.at.most(5);
  });

  describe('the query', () => {
    const fx = useUpstreamJob({ inputs: 3, seed: 9 });
    const ask = (query: string, extra = {}) =>
      testForwarder(fx.upstream, { clock: fx.clock, ...extra })(
        new Request(`http://localhost/api/batch/jobs/${fx.jobId}/inputs/progress${query}`),
      );
    const refusal = async (response: Response) => [
      response.status,
      ((await response.json()) as { errors: { code: string; message: string }[] }).errors[0]!.code,
    ];

    it('refuses values the API does not document with 400 invalid_query, before the API', async () => {
      const huge = `?${Array.from({ length: 4000 }, (_, index) => `status=s${index}`).join('&')}`;
      const cases = [
        huge,
        `?status=${'pending&status='.repeat(3)}pending`,
        '?status=constructor',
        '?status=pending&status=pending',
        '?limit=101',
        '?limit=0',
        '?limit=1e2',
        '?offset=-1',
        '?order=sideways',
      ];
      for (const query of cases) {
        expect(await refusal(await ask(query)), query.slice(0, 40)).to.deep.equal([
          400,
          'invalid_query',
        ]);
      }
      expect(fx.upstream.simulator.requests(fx.jobId)).to.deep.equal([]);
    });

    it('caps limit at maxLimit (default 100) and reads 05 as 5', async () => {
      expect((await ask('?limit=100')).status).to.equal(200);
      expect((await ask('?limit=500', { maxLimit: 500 })).status).to.equal(200);
      const store = memoryStore();
      const forward = testForwarder(fx.upstream, { clock: fx.clock, store });
      const get = (query: string) =>
        forward(new Request(`http://localhost/api/batch/jobs/${fx.jobId}/inputs/progress${query}`));
      await get('?limit=5&status=failed&status=pending');
      const again = await get('?limit=05&status=failed&status=pending');
      expect(again.headers.get(CACHE_HEADER)).to.equal('hit');
    });
  });
});
