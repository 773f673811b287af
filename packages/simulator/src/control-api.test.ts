import { expect } from 'chai';
import { createSimulator, type Simulator } from './index.js';
import { advance, api, control, createJob, send } from './test-support/http.js';
import { waitUntil } from './test-support/wait-until.js';

describe('control API (/__simulator)', () => {
  let sim: Simulator;
  beforeEach(() => {
    sim = createSimulator({ presets: false });
  });

  it('creates a job with a manual clock (201 {"id"}) that the API then serves', async () => {
    const res = await control(sim, 'POST', '/jobs', { inputs: 3 });
    expect(res.status).to.equal(201);
    expect(res.body.id).to.match(/^job_/);
    expect(sim.getJob(res.body.id)!.clock.mode).to.equal('manual');
    expect((await api(sim, `/batch/jobs/${res.body.id}/inputs/progress`)).body.total).to.equal(3);
  });

  it('takes an explicit id, and refuses a taken one with 409', async () => {
    expect((await control(sim, 'POST', '/jobs', { id: 'job_mine' })).status).to.equal(201);
    const again = await control(sim, 'POST', '/jobs', { id: 'job_mine' });
    expect(again.status).to.equal(409);
    expect(again.body.errors[0].code).to.equal('job_exists');
  });

  it('rejects an invalid configuration or body with 400, listing each problem', async () => {
    const res = await control(sim, 'POST', '/jobs', {
      inputs: 'many',
      concurrency: -1,
      clock: 'sundial',
      id: 'bad id!',
    });
    expect(res.status).to.equal(400);
    expect(res.body.errors).to.have.length(4);
    expect(
      res.body.errors.every((e: { code: string }) => e.code === 'invalid_job_config'),
    ).to.equal(true);
    const notJson = await send(sim, '/__simulator/jobs', { method: 'POST', body: '{oops' });
    expect(notJson.status).to.equal(400);
    expect(notJson.body.errors[0].code).to.equal('invalid_json');
    expect((await control(sim, 'POST', '/jobs', [1, 2])).status).to.equal(400);
  });

  it('advances a job clock and answers with the new time', async () => {
    const id = await createJob(sim);
    expect(await advance(sim, id, 1500)).to.equal('2026-04-14T10:00:01.500Z');
    expect(await advance(sim, id, 500)).to.equal('2026-04-14T10:00:02.000Z');
    const bad = await control(sim, 'POST', `/jobs/${id}/advance`, { ms: -5 });
    expect(bad.status).to.equal(400);
  });

  it('holds a job’s answers until released, whatever the time it takes', async () => {
    const id = await createJob(sim);
    expect((await control(sim, 'POST', `/jobs/${id}/hold`)).status).to.equal(204);
    let answered = false;
    const pending = api(sim, `/batch/jobs/${id}/inputs/progress`).then(
      (res) => ((answered = true), res),
    );
    // The request arrived (it is in the log) and stays unanswered while other work goes on.
    await waitUntil(() => sim.requests(id).length > 0, 'the request arrived');
    let turns = 0;
    await waitUntil(() => answered || ++turns > 20, 'twenty turns of other work passed');
    expect(answered).to.equal(false);
    expect((await control(sim, 'POST', `/jobs/${id}/release`)).status).to.equal(204);
    expect((await pending).status).to.equal(200);
    // Released for good: the next request is answered at once.
    expect((await api(sim, `/batch/jobs/${id}/inputs/progress`)).status).to.equal(200);
  });

  it('answers held requests when their job is deleted', async () => {
    const id = await createJob(sim);
    await control(sim, 'POST', `/jobs/${id}/hold`);
    const pending = api(sim, `/batch/jobs/${id}`);
    await waitUntil(() => sim.requests(id).length > 0, 'the request arrived');
    await control(sim, 'DELETE', `/jobs/${id}`);
    expect((await pending).status).to.equal(200);
  });

  it('lists the API requests that touched a job, oldest first, without control calls', async () => {
    const id = await createJob(sim);
    const other = await createJob(sim);
    await api(sim, `/batch/jobs/${id}/inputs/progress?status=processing&status=pending&limit=5`);
    await api(sim, `/batch/jobs/${other}`);
    await api(sim, `/batch/jobs/${id}/inputs/progress/counts`);
    const res = await control(sim, 'GET', `/jobs/${id}/requests`);
    expect(res.status).to.equal(200);
    expect(
      res.body.map((r: { method: string; path: string; search: string }) => [
        r.method,
        r.path,
        r.search,
      ]),
    ).to.deep.equal([
      ['GET', `/api/batch/jobs/${id}/inputs/progress`, '?status=processing&status=pending&limit=5'],
      ['GET', `/api/batch/jobs/${id}/inputs/progress/counts`, ''],
    ]);
    expect(Date.parse(res.body[0].at)).to.be.a('number').and.not.NaN;
    expect(sim.requests()).to.have.length(3);
    expect(sim.requests(other)).to.have.length(1);
  });

  it('reports a job state and deletes a job (then the API answers 404)', async () => {
    const id = await createJob(sim, { inputs: 2 });
    const state = await control(sim, 'GET', `/jobs/${id}`);
    expect(state.body).to.include({ id, status: 'RUNNING', clock: 'manual', elapsedMs: 0 });
    expect((await control(sim, 'DELETE', `/jobs/${id}`)).status).to.equal(204);
    expect((await api(sim, `/batch/jobs/${id}`)).status).to.equal(404);
    expect((await control(sim, 'DELETE', `/jobs/${id}`)).status).to.equal(404);
  });

  it('answers unknown control paths with 404', async () => {
    expect((await control(sim, 'GET', '/nothing')).status).to.equal(404);
    expect((await control(sim, 'POST', '/jobs/job_nope/advance', { ms: 1 })).status).to.equal(404);
  });

  it('is absent when control is false', async () => {
    const closed = createSimulator({ presets: false, control: false });
    const res = await control(closed, 'POST', '/jobs', {});
    expect(res.status).to.equal(404);
  });
});

describe('control API access (other websites in the same browser)', () => {
  const EVIL = 'https://evil.example';
  const OWN = 'http://simulator.test'; // the origin `send` addresses the handler at

  it('sends no CORS headers by default, so another site cannot read it or preflight a change', async () => {
    const sim = createSimulator({ presets: false });
    const preflight = await send(sim, '/__simulator/jobs', {
      method: 'OPTIONS',
      headers: {
        origin: EVIL,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.headers.has('access-control-allow-origin')).to.equal(false);
    expect(preflight.headers.has('access-control-allow-methods')).to.equal(false);
    // The API itself stays open to any origin.
    expect(
      (await api(sim, '/batch/jobs/job_x', { headers: { origin: EVIL } })).headers.get(
        'access-control-allow-origin',
      ),
    ).to.equal('*');
  });

  it('refuses requests from another origin with 403, even ones a browser sends without a preflight', async () => {
    const sim = createSimulator({ presets: false });
    const id = await createJob(sim, { inputs: 2 });
    await api(sim, `/batch/jobs/${id}`);
    // A form-like text/plain POST is a "simple" request: the browser sends it with no preflight.
    const created = await send(sim, '/__simulator/jobs', {
      method: 'POST',
      headers: { origin: EVIL, 'content-type': 'text/plain' },
      body: '{"id":"job_planted"}',
    });
    expect(created.status).to.equal(403);
    expect(created.body.errors[0].code).to.equal('forbidden_origin');
    expect(created.headers.has('access-control-allow-origin')).to.equal(false);
    const advanced = await send(sim, `/__simulator/jobs/${id}/advance`, {
      method: 'POST',
      headers: { origin: EVIL },
      body: '{"ms":60000}',
    });
    expect(advanced.status).to.equal(403);
    const log = await send(sim, '/__simulator/requests', { headers: { origin: 'null' } });
    expect(log.status).to.equal(403);
    expect(log.text).to.not.include(id);
    // Nothing changed: no planted job, the clock did not move.
    expect((await control(sim, 'GET', '/jobs')).body).to.deep.equal([id]);
    expect((await control(sim, 'GET', `/jobs/${id}`)).body.elapsedMs).to.equal(0);
  });

  it('serves pages on its own origin (the wtr middleware and the Vite plugin) without CORS headers', async () => {
    const sim = createSimulator({ presets: false });
    const res = await send(sim, '/__simulator/jobs', {
      method: 'POST',
      headers: { origin: OWN, 'content-type': 'application/json' },
      body: '{"inputs":1}',
    });
    expect(res.status).to.equal(201);
    expect(res.headers.has('access-control-allow-origin')).to.equal(false);
  });

  it('opens to exactly the origin set with cors.origin', async () => {
    const sim = createSimulator({ presets: false, cors: { origin: 'https://app.example' } });
    const preflight = await send(sim, '/__simulator/jobs', {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).to.equal('https://app.example');
    expect(preflight.headers.get('access-control-allow-methods'))
      .to.include('POST')
      .and.include('DELETE');
    const ok = await send(sim, '/__simulator/jobs', {
      method: 'POST',
      headers: { origin: 'https://app.example' },
      body: '{}',
    });
    expect(ok.status).to.equal(201);
    expect(ok.headers.get('access-control-allow-origin')).to.equal('https://app.example');
    const other = await send(sim, '/__simulator/jobs', {
      method: 'POST',
      headers: { origin: EVIL },
      body: '{}',
    });
    expect(other.status).to.equal(403);
  });

  it('requires the Bearer key when apiKeys is set, and never echoes it', async () => {
    const sim = createSimulator({ presets: false, apiKeys: ['sk-control-key'] });
    const none = await control(sim, 'POST', '/jobs', {});
    expect(none.status).to.equal(401);
    expect(none.headers.get('www-authenticate')).to.equal('Bearer');
    const wrong = await send(sim, '/__simulator/jobs', {
      headers: { authorization: 'Bearer sk-guess' },
    });
    expect(wrong.status).to.equal(401);
    expect(wrong.text).to.not.include('sk-guess');
    expect((await send(sim, '/__simulator/requests')).status).to.equal(401);
    const ok = await send(sim, '/__simulator/jobs', {
      method: 'POST',
      headers: { authorization: 'Bearer sk-control-key', 'content-type': 'application/json' },
      body: '{"inputs":1}',
    });
    expect(ok.status).to.equal(201);
    expect(ok.text).to.not.include('sk-control-key');
  });
});
