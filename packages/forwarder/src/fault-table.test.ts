import { expect } from 'chai';
import type { FakeClock } from '@input-progress/core/testing';
import { memoryStore } from './memory-store.js';
import type { ForwarderOptions } from './types.js';
import { faultRow, printRow, type RowRun, type RowTally } from './test-support/fault-row.js';
import { faultyStore } from './test-support/faulty-store.js';
import {
  closedPort,
  forwarderTo,
  listen,
  streamBody,
  testForwarder,
  useUpstreamJob,
  type Upstream,
} from './test-support/http.js';
import { until } from './test-support/until.js';

/**
 * The fault table of the README: one test per row, each printing
 * `| fault | what viewers got | requests the API was sent | heap growth |` (fake clock,
 * 10 viewers polling once a fake second unless the row says otherwise).
 */
describe('the fault table', () => {
  let upstream: Upstream;
  let jobId: string;
  let clock: FakeClock;
  useUpstreamJob({ inputs: 20, seed: 21 }, (fixture) => ({ upstream, jobId, clock } = fixture));
  const job = () => upstream.simulator.getJob(jobId)!;
  const apiCount = () => upstream.simulator.requests(jobId).length;
  const page = () => `/batch/jobs/${jobId}/inputs/progress?limit=10`;
  const forwarder = (extra: Partial<ForwarderOptions> = {}) =>
    testForwarder(upstream, { clock, ...extra });
  const only = (viewers: Record<string, number>) => Object.keys(viewers).sort();
  /** 10 viewers polling the job's first page through one forwarder. */
  const pageRow = (label: string, rounds: number) =>
    faultRow(label, {
      forwarders: [forwarder()],
      clock,
      paths: [page()],
      viewers: 10,
      rounds,
      apiCount,
    });
  /** 10 viewers polling `run.path` through one forwarder to a hand-made API at `origin`. */
  const rowVia = (
    label: string,
    origin: string,
    run: Pick<RowRun, 'rounds' | 'apiCount' | 'during'> & {
      readonly path: string;
      readonly options?: Partial<ForwarderOptions>;
    },
  ) =>
    faultRow(label, {
      forwarders: [forwarderTo(`${origin}/v0.5`, { clock, ...run.options })],
      clock,
      paths: [run.path],
      viewers: 10,
      rounds: run.rounds,
      apiCount: run.apiCount,
      during: run.during,
    });
  /** Each round, one request reached the API and its error went to every viewer. */
  const expectOneErrorPerRound = (row: RowTally, status: number, rounds: number) => {
    expect(only(row.viewers)).to.deep.equal([`${status} coalesced`, `${status} miss`]);
    expect(row.api).to.equal(rounds);
  };
  before(() => console.log('      | fault | viewers got | API sent | heap |'));

  it('API refuses connections: 502, one attempt per round', async () => {
    let attempts = 0;
    const row = await rowVia('API refuses connections', `http://127.0.0.1:${await closedPort()}`, {
      path: '/batch/jobs/job_gone',
      rounds: 5,
      apiCount: () => attempts,
      options: { onUpstream: () => attempts++ },
    });
    expectOneErrorPerRound(row, 502, 5);
  });

  it('API slower than the timeout: 504 after timeoutMs, one request per round', async () => {
    let arrived = 0;
    let round = 0;
    const silent = await listen(() => void arrived++);
    try {
      const row = await rowVia('slower than the timeout (2 s)', silent.origin, {
        path: '/batch/jobs/job_slow',
        rounds: 3,
        apiCount: () => arrived,
        options: { timeoutMs: 2000 },
        during: async () => {
          round++;
          await until(() => arrived >= round, 'the upstream request arrives');
          clock.advance(2000);
        },
      });
      expectOneErrorPerRound(row, 504, 3);
    } finally {
      silent.server.closeAllConnections();
      await silent.close();
    }
  });

  it('flapping 5xx: good answers cached, errors passed on, at most one request per round', async () => {
    job().setFaults({ rules: [{ kind: 'server-error', probability: 0.5 }] });
    const row = await pageRow('flapping 5xx (half the answers 500)', 10);
    expect(row.api).to.be.at.most(10);
    expect(Object.keys(row.viewers).every((outcome) => /^(200|500) /.test(outcome))).to.equal(true);
  });

  it('429/503 storm with Retry-After, per job, across instances: last good answers, other jobs go on', async () => {
    const store = memoryStore();
    const [a, b] = [forwarder({ store }), forwarder({ store })];
    const other = upstream.simulator.createJob({ inputs: 5, clock: 'manual', seed: 2 }).id;
    const otherPage = `/batch/jobs/${other}/inputs/progress?limit=10`;
    for (const path of [page(), otherPage]) await a(new Request(`http://localhost/api${path}`));
    clock.advance(1000);
    job().setFaults({ rules: [{ kind: 'rate-limit', probability: 1, retryAfter: 5 }] });
    const before = apiCount();
    const row = await faultRow('429 storm (Retry-After 5) on one job, 2 instances', {
      forwarders: [a, b],
      clock,
      paths: [page(), otherPage],
      viewers: 10,
      rounds: 10,
      apiCount: () => apiCount() + upstream.simulator.requests(other).length,
    });
    expect(only(row.viewers).every((outcome) => outcome.startsWith('200'))).to.equal(true);
    expect(apiCount() - before, 'the refused job: one probe per Retry-After').to.be.at.most(3);
    expect(row.viewers['200 stale']).to.be.at.least(90);
  });

  const malformed = [
    {
      title: 'body not JSON: 502 upstream_not_json, never cached',
      row: 'body not JSON (cut off)',
      fault: { kind: 'not-json', probability: 1 },
      rounds: 5,
    },
    {
      title: 'HTML or SVG from the upstream: 502 with the forwarder\u2019s own JSON, never cached',
      row: 'HTML page (200 text/html) from the upstream',
      fault: { kind: 'html-gateway', status: 200, probability: 1 },
      rounds: 3,
    },
  ] as const;
  for (const { title, row: label, fault, rounds } of malformed) {
    it(title, async () => {
      job().setFaults({ rules: [fault] });
      expectOneErrorPerRound(await pageRow(label, rounds), 502, rounds);
    });
  }

  it('body over the cap or endless: 502 upstream_too_large, the connection cut', async () => {
    let sent = 0;
    const endless = await listen((_req, res) => {
      sent++;
      res.writeHead(200, { 'content-type': 'application/json' });
      streamBody(res, Infinity);
    });
    try {
      const row = await rowVia('endless body (cap 1 MiB)', endless.origin, {
        path: '/batch/jobs/job_endless',
        rounds: 3,
        apiCount: () => sent,
        options: { maxBodyBytes: 1024 * 1024 },
      });
      expectOneErrorPerRound(row, 502, 3);
    } finally {
      await endless.close();
    }
  });

  it('store down, hanging, slow: answers from the instance, within the deadline', async () => {
    for (const mode of ['fail', 'hang'] as const) {
      const store = faultyStore();
      store.mode = mode;
      const apiBefore = apiCount();
      const row = await faultRow(
        `store ${mode === 'fail' ? 'down (rejects)' : 'hanging or slower than 50 ms'}`,
        {
          forwarders: [forwarder({ store }), forwarder({ store })],
          clock,
          paths: [page()],
          viewers: 10,
          rounds: 5,
          apiCount,
          during: async (answers) => {
            let done = false;
            void answers.then(() => (done = true));
            let handled = store.hung;
            while (!done) {
              await until(() => done || store.hung > handled, 'a store call or the answers');
              handled = store.hung;
              if (!done) clock.advance(50);
            }
          },
        },
      );
      expect(only(row.viewers).every((outcome) => outcome.startsWith('200'))).to.equal(true);
      // Each instance alone: about one request per instance per round.
      expect(apiCount() - apiBefore).to.be.at.most(2 * 5 + 2);
    }
  });

  it('1,000 viewers disconnecting mid-request: one upstream request, and it fills the cache', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const forward = forwarder();
    job().hold();
    const viewers: Record<string, number> = {};
    const leaving = Array.from({ length: 1000 }, async () => {
      const controller = new AbortController();
      const answer = forward(
        new Request(`http://localhost/api${page()}`, { signal: controller.signal }),
      );
      controller.abort();
      const outcome = await answer.then(
        () => 'answered',
        () => 'gone before the answer',
      );
      viewers[outcome] = (viewers[outcome] ?? 0) + 1;
    });
    await Promise.all(leaving);
    await until(() => apiCount() === 1, 'the request reaches the API');
    job().release();
    await until(async () => {
      const next = await forward(new Request(`http://localhost/api${page()}`));
      return next.headers.get('x-input-progress-cache') === 'hit';
    }, 'the next viewer is answered from the cache');
    const row = printRow(
      '1,000 viewers disconnecting mid-request',
      viewers,
      apiCount(),
      heapBefore,
    );
    expect(row.api).to.equal(1);
  });

  it('one viewer flooding distinct queries: at most the budget reaches the API', async () => {
    const forward = forwarder();
    await forward(new Request(`http://localhost/api${page()}`));
    const heapBefore = process.memoryUsage().heapUsed;
    const before = apiCount();
    const viewers: Record<string, number> = {};
    for (let query = 0; query < 1000; query++) {
      clock.advance(2);
      const paths = [`/batch/jobs/${jobId}/inputs/progress?limit=1&offset=${query}`];
      if (query % 100 === 0) paths.push(page());
      for (const path of paths) {
        const response = await forward(new Request(`http://localhost/api${path}`));
        const outcome = `${path === page() ? 'page' : 'flood'} ${response.status}`;
        viewers[outcome] = (viewers[outcome] ?? 0) + 1;
      }
    }
    const row = printRow(
      'one viewer, 1,000 distinct queries in 2 s (+ page viewers)',
      viewers,
      apiCount() - before,
      heapBefore,
    );
    expect(row.api).to.be.at.most(20);
    expect(row.viewers['page 200']).to.equal(10);
  });
});
