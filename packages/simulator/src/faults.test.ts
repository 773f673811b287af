import { expect } from 'chai';
import { createFakeClock } from '@input-progress/core/testing';
import { createSimulator, isSimulatedConnectionDrop, type FaultConfig } from './index.js';
import { api, control, createJob, useSimulatorJob } from './test-support/http.js';
import { waitUntil } from './test-support/wait-until.js';

describe('fault injection', () => {
  const fx = useSimulatorJob({ inputs: 5 });

  const setFaults = async (faults: FaultConfig, id = fx.jobId): Promise<void> => {
    const res = await control(fx.sim, 'PUT', `/jobs/${id}/faults`, faults);
    expect(res.status).to.equal(204);
  };
  const progress = (): ReturnType<typeof api> =>
    api(fx.sim, `/batch/jobs/${fx.jobId}/inputs/progress`);

  it('answers 429 with Retry-After (1 s by default) in the errors[] envelope', async () => {
    await setFaults({ rules: [{ kind: 'rate-limit', nth: 1 }] });
    const res = await progress();
    expect(res.status).to.equal(429);
    expect(res.headers.get('retry-after')).to.equal('1');
    expect(res.body.errors[0].code).to.equal('rate_limited');
  });

  it('sends a Retry-After in seconds or as an HTTP date', async () => {
    await setFaults({
      rules: [
        { kind: 'rate-limit', nth: 1, retryAfter: 7 },
        { kind: 'rate-limit', nth: 2, retryAfter: 'Wed, 21 Oct 2026 07:28:00 GMT' },
        { kind: 'rate-limit', nth: 3, retryAfter: null },
      ],
    });
    expect((await progress()).headers.get('retry-after')).to.equal('7');
    expect((await progress()).headers.get('retry-after')).to.equal('Wed, 21 Oct 2026 07:28:00 GMT');
    expect((await progress()).headers.has('retry-after')).to.equal(false);
  });

  it('answers 500, 502 and 503 (with Retry-After when asked) in the errors[] envelope', async () => {
    await setFaults({
      rules: [
        { kind: 'server-error', nth: 1 },
        { kind: 'server-error', nth: 2, status: 502 },
        { kind: 'server-error', nth: 3, status: 503, retryAfter: 3 },
      ],
    });
    const r500 = await progress();
    expect(r500.status).to.equal(500);
    expect(r500.body.errors[0].code).to.equal('internal_error');
    const r502 = await progress();
    expect(r502.status).to.equal(502);
    expect(r502.body.errors[0].code).to.equal('bad_gateway');
    const r503 = await progress();
    expect(r503.status).to.equal(503);
    expect(r503.headers.get('retry-after')).to.equal('3');
    expect((await progress()).status).to.equal(200);
  });

  it('sends a gateway HTML page', async () => {
    await setFaults({ rules: [{ kind: 'html-gateway', nth: 1 }] });
    const res = await progress();
    expect(res.status).to.equal(502);
    expect(res.headers.get('content-type')).to.equal('text/html');
    expect(res.text).to.match(/^<html>/);
    expect(res.body).to.equal(undefined);
  });

  it('sends a JSON content type with a body that is not JSON', async () => {
    await setFaults({ rules: [{ kind: 'not-json', nth: 1 }] });
    const res = await progress();
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^application\/json/);
    expect(() => JSON.parse(res.text)).to.throw(SyntaxError);
  });

  it('sends valid JSON of the wrong shape', async () => {
    await setFaults({ rules: [{ kind: 'wrong-shape', nth: 1 }] });
    const res = await progress();
    expect(res.status).to.equal(200);
    expect(res.body).to.be.an('object');
    expect(res.body.items).to.not.be.an('array');
    expect(res.body.total).to.not.be.a('number');
  });

  it('sends an empty body', async () => {
    await setFaults({ rules: [{ kind: 'empty-body', nth: 1 }] });
    const res = await progress();
    expect(res.status).to.equal(502);
    expect(res.text).to.equal('');
  });

  it('drops the connection: the bare handler rejects like fetch does, with a TypeError', async () => {
    await setFaults({ rules: [{ kind: 'drop-connection', nth: 1 }] });
    const error = await progress().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(TypeError);
    expect(isSimulatedConnectionDrop(error)).to.equal(true);
    expect((await progress()).status).to.equal(200);
  });

  it('fires on exactly the listed request numbers of the job', async () => {
    await setFaults({ rules: [{ kind: 'server-error', nth: [2, 4] }] });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await progress()).status);
    expect(statuses).to.deep.equal([200, 500, 200, 500, 200]);
  });

  it('counts every endpoint of the job, but faults only the listed endpoints', async () => {
    await setFaults({ rules: [{ kind: 'server-error', probability: 1, endpoints: ['counts'] }] });
    expect((await progress()).status).to.equal(200);
    expect((await api(fx.sim, `/batch/jobs/${fx.jobId}`)).status).to.equal(200);
    expect((await api(fx.sim, `/batch/jobs/${fx.jobId}/inputs/progress/counts`)).status).to.equal(
      500,
    );
  });

  it('faults at a probability, with the same sequence for the same seed', async () => {
    const sequence = async (seed: number): Promise<number[]> => {
      const s = createSimulator({ presets: false });
      const id = await createJob(s, {
        inputs: 2,
        faults: { seed, rules: [{ kind: 'server-error', probability: 0.3 }] },
      });
      const out: number[] = [];
      for (let i = 0; i < 300; i++)
        out.push((await api(s, `/batch/jobs/${id}/inputs/progress`)).status);
      return out;
    };
    const a = await sequence(1);
    expect(await sequence(1)).to.deep.equal(a);
    expect(await sequence(2)).to.not.deep.equal(a);
    const share = a.filter((s) => s === 500).length / a.length;
    expect(share).to.be.within(0.22, 0.38);
  });

  it('adds latency on the simulator’s clock (fixed plus a spread): no answer before it passed', async () => {
    const clock = createFakeClock();
    const slow = createSimulator({ presets: false, clock });
    const id = await createJob(slow, { inputs: 2, faults: { latency: { ms: 80, spreadMs: 40 } } });
    const latencies = new Set<number>();
    for (let request = 0; request < 4; request++) {
      let answered = false;
      const pending = api(slow, `/batch/jobs/${id}/inputs/progress`).then((res) => {
        answered = true;
        return res;
      });
      await waitUntil(() => clock.timerCount === 1, 'the latency timer is armed');
      const latency = clock.nextTimerAt! - clock.now();
      expect(latency).to.be.within(80, 119);
      latencies.add(latency);
      await clock.advanceAsync(latency - 1);
      expect(answered, `answered 1 ms before its ${latency} ms latency passed`).to.equal(false);
      await clock.advanceAsync(1);
      expect((await pending).status).to.equal(200);
    }
    expect(latencies.size, 'the spread gives requests other latencies').to.be.greaterThan(1);
  });

  it('applies global faults to every job, even unknown ones, after the job’s own', async () => {
    const s = createSimulator({
      presets: false,
      faults: { rules: [{ kind: 'rate-limit', nth: [1, 2, 3] }] },
    });
    const id = await createJob(s, { faults: { rules: [{ kind: 'server-error', nth: 1 }] } });
    expect((await api(s, `/batch/jobs/${id}`)).status).to.equal(500); // the job's rule wins
    expect((await api(s, `/batch/jobs/${id}`)).status).to.equal(429);
    expect((await api(s, '/batch/jobs/job_unknown')).status).to.equal(429);
    expect((await api(s, '/batch/jobs/job_unknown')).status).to.equal(404);
  });

  it('sets global faults over the control API, and {} turns them off', async () => {
    expect(
      (
        await control(fx.sim, 'PUT', '/faults', {
          rules: [{ kind: 'server-error', probability: 1 }],
        })
      ).status,
    ).to.equal(204);
    expect((await progress()).status).to.equal(500);
    expect((await control(fx.sim, 'PUT', '/faults', {})).status).to.equal(204);
    expect((await progress()).status).to.equal(200);
  });

  it('restarts the request count when the faults are replaced', async () => {
    await setFaults({ rules: [{ kind: 'server-error', nth: 1 }] });
    expect((await progress()).status).to.equal(500);
    await setFaults({ rules: [{ kind: 'server-error', nth: 1 }] });
    expect((await progress()).status).to.equal(500);
  });

  it('rejects an invalid fault configuration with 400', async () => {
    const res = await control(fx.sim, 'PUT', `/jobs/${fx.jobId}/faults`, {
      rules: [
        { kind: 'meteor', probability: 2 },
        { kind: 'server-error', nth: 0 },
      ],
    });
    expect(res.status).to.equal(400);
    expect(res.body.errors.map((e: { code: string }) => e.code)).to.deep.equal([
      'invalid_faults',
      'invalid_faults',
      'invalid_faults',
    ]);
    const tooMuch = await control(fx.sim, 'PUT', `/jobs/${fx.jobId}/faults`, {
      rules: [
        { kind: 'server-error', probability: 0.6 },
        { kind: 'rate-limit', probability: 0.6 },
      ],
    });
    expect(tooMuch.status).to.equal(400);
    expect(() => fx.sim.setFaults({ rules: [{ kind: 'nope' as 'rate-limit' }] })).to.throw(
      RangeError,
    );
  });
});
