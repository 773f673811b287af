import { expect } from 'chai';
import { createSimulator, type Simulator } from './index.js';
import { api, createJob, send, useSimulatorJob } from './test-support/http.js';

function expectEnvelope(body: unknown, code: string): void {
  const b = body as {
    errors: { code: string; message: string; suggestion?: string; error_uid: string }[];
  };
  expect(b.errors).to.be.an('array').that.is.not.empty;
  for (const e of b.errors) {
    expect(e.code).to.equal(code);
    expect(e.message).to.be.a('string').and.not.empty;
    expect(e.error_uid).to.match(/^err-[0-9a-f]+$/);
  }
}

describe('error responses', () => {
  const fx = useSimulatorJob({ inputs: 3 });

  const invalid: Array<[string, string]> = [
    ['status=running', 'status'],
    ['status=', 'status'],
    ['status=PENDING', 'status'],
    ['order=up', 'order'],
    ['order=', 'order'],
    ['offset=-1', 'offset'],
    ['offset=abc', 'offset'],
    ['offset=1.5', 'offset'],
    ['offset=', 'offset'],
    ['limit=0', 'limit'],
    ['limit=-5', 'limit'],
    ['limit=1001', 'limit'],
    ['limit=ten', 'limit'],
    ['limit=1e2', 'limit'],
    ['limit=99999999999999999999', 'limit'],
  ];
  for (const [query, param] of invalid) {
    it(`answers ${query} with 400 and an errors[] entry naming ${param}`, async () => {
      const res = await api(fx.sim, `/batch/jobs/${fx.jobId}/inputs/progress?${query}`);
      expect(res.status).to.equal(400);
      expectEnvelope(res.body, 'invalid_parameter');
      expect(res.body.errors).to.have.length(1);
      expect(res.body.errors[0].message).to.include(`"${param}"`);
      expect(res.body.errors[0].suggestion).to.be.a('string');
    });
  }

  it('reports every invalid parameter at once, each with its own error_uid', async () => {
    const res = await api(
      fx.sim,
      `/batch/jobs/${fx.jobId}/inputs/progress?status=nope&order=sideways&offset=-1&limit=0`,
    );
    expect(res.status).to.equal(400);
    expect(res.body.errors).to.have.length(4);
    const uids = res.body.errors.map((e: { error_uid: string }) => e.error_uid);
    expect(new Set(uids).size).to.equal(4);
  });

  it('honours a custom maxLimit', async () => {
    const small = createSimulator({ presets: false, maxLimit: 50 });
    const id = await createJob(small, { inputs: 3 });
    expect((await api(small, `/batch/jobs/${id}/inputs/progress?limit=50`)).status).to.equal(200);
    expect((await api(small, `/batch/jobs/${id}/inputs/progress?limit=51`)).status).to.equal(400);
  });

  it('answers an unknown job with 404 job_not_found on every endpoint', async () => {
    for (const path of [
      '',
      '/inputs/progress',
      '/inputs/progress/counts',
      '/inputs/progress/traces',
    ]) {
      const res = await api(fx.sim, `/batch/jobs/job_missing${path}`);
      expect(res.status, path).to.equal(404);
      expectEnvelope(res.body, 'job_not_found');
      expect(res.body.errors[0].message).to.include('job_missing');
    }
  });

  it('answers an unknown path with 404 not_found and a non-GET with 405', async () => {
    const res = await api(fx.sim, `/batch/jobs/${fx.jobId}/inputs`);
    expect(res.status).to.equal(404);
    expectEnvelope(res.body, 'not_found');
    const post = await api(fx.sim, `/batch/jobs/${fx.jobId}/inputs/progress`, { method: 'POST' });
    expect(post.status).to.equal(405);
    expect(post.headers.get('allow')).to.equal('GET, OPTIONS');
    expectEnvelope(post.body, 'method_not_allowed');
  });

  it('answers traces with a non-numeric buckets with 400', async () => {
    const res = await api(fx.sim, `/batch/jobs/${fx.jobId}/inputs/progress/traces?buckets=many`);
    expect(res.status).to.equal(400);
    expectEnvelope(res.body, 'invalid_parameter');
  });

  it('cuts a huge job id in the 404 message', async () => {
    const id = 'x'.repeat(5000);
    const res = await api(fx.sim, `/batch/jobs/${id}`);
    expect(res.status).to.equal(404);
    expect(res.text.length).to.be.lessThan(600);
  });

  describe('with API keys', () => {
    let secured: Simulator;
    beforeEach(() => {
      secured = createSimulator({ apiKeys: ['key-one', 'key-two'] });
    });

    it('answers a missing Authorization header with 401 in the legacy {"detail"} form', async () => {
      const res = await api(secured, '/batch/jobs/job_demo_small/inputs/progress');
      expect(res.status).to.equal(401);
      expect(res.body).to.deep.equal({ detail: 'Not authenticated' });
      expect(res.headers.get('www-authenticate')).to.equal('Bearer');
    });

    it('answers a wrong key with 401 without echoing the key', async () => {
      const res = await api(secured, '/batch/jobs/job_demo_small', {
        headers: { authorization: 'Bearer wrong-secret-value' },
      });
      expect(res.status).to.equal(401);
      expect(res.body).to.deep.equal({ detail: 'Invalid API key' });
      expect(res.text).not.to.include('wrong-secret-value');
    });

    it('answers a non-Bearer scheme with 401', async () => {
      const res = await api(secured, '/batch/jobs/job_demo_small', {
        headers: { authorization: 'Basic a2V5LW9uZQ==' },
      });
      expect(res.status).to.equal(401);
    });

    it('lets any configured key through, whatever the case of "Bearer"', async () => {
      expect(
        (
          await api(secured, '/batch/jobs/job_demo_small', {
            headers: { authorization: 'Bearer key-one' },
          })
        ).status,
      ).to.equal(200);
      expect(
        (
          await api(secured, '/batch/jobs/job_demo_small', {
            headers: { authorization: 'bearer key-two' },
          })
        ).status,
      ).to.equal(200);
    });

    it('checks the key before the job exists, so unknown jobs do not leak', async () => {
      const res = await api(secured, '/batch/jobs/job_unknown');
      expect(res.status).to.equal(401);
    });

    it('protects the control API with the same keys', async () => {
      expect(
        (await send(secured, '/__simulator/jobs', { method: 'POST', body: '{}' })).status,
      ).to.equal(401);
      const res = await send(secured, '/__simulator/jobs', {
        method: 'POST',
        body: '{}',
        headers: { authorization: 'Bearer key-two' },
      });
      expect(res.status).to.equal(201);
    });
  });
});
