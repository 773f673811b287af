import { expect } from 'chai';
import { createForwarder } from './create-forwarder.js';
import type { ForwarderOptions, ForwarderRequestEvent, ForwarderTarget } from './types.js';
import { KEY, useUpstreamJob, type Upstream } from './test-support/http.js';

describe('authorize: who may see which job', () => {
  let upstream: Upstream;
  let jobId: string;
  useUpstreamJob({ inputs: 3, seed: 1 }, (fixture) => ({ upstream, jobId } = fixture));

  const forwarder = (
    authorize: ForwarderOptions['authorize'],
    events: ForwarderRequestEvent[] = [],
  ) =>
    createForwarder({
      upstream: upstream.url,
      apiKey: KEY,
      authorize,
      onRequest: (e) => events.push(e),
    });
  const request = (path: string, headers: Record<string, string> = {}) =>
    new Request(`http://dash.example/api/batch/jobs/${path}`, { headers });

  it('answers 403 in the errors[] envelope when authorize says no, without contacting the API', async () => {
    const events: ForwarderRequestEvent[] = [];
    const forward = forwarder(() => false, events);
    const response = await forward(request(`${jobId}/inputs/progress?limit=2`));
    expect(response.status).to.equal(403);
    expect(response.headers.get('cache-control')).to.equal('no-store');
    expect(await response.json()).to.deep.equal({
      errors: [{ code: 'forbidden', message: 'You may not see this job.' }],
    });
    expect(upstream.simulator.requests(jobId)).to.deep.equal([]);
    expect(events.map((e) => [e.status, e.refused, e.jobId, e.endpoint])).to.deep.equal([
      [403, 'forbidden', jobId, 'progress'],
    ]);
  });

  it('forwards when authorize says yes, and hands it the request and the target', async () => {
    const seen: { cookie: string | null; target: ForwarderTarget }[] = [];
    const forward = forwarder((req, target) => {
      seen.push({ cookie: req.headers.get('cookie'), target });
      return true;
    });
    const response = await forward(
      request(`${jobId}/inputs/progress/counts`, { cookie: 'sid=alice' }),
    );
    expect(response.status).to.equal(200);
    expect(((await response.json()) as { job_id: string }).job_id).to.equal(jobId);
    expect(seen).to.deep.equal([{ cookie: 'sid=alice', target: { jobId, endpoint: 'counts' } }]);
    expect(upstream.simulator.requests(jobId)).to.have.length(1);
  });

  it('waits for an async decision, per viewer, and a cached answer does not skip it', async () => {
    const sessions: Record<string, string[]> = { alice: [jobId], bob: [] };
    const forward = forwarder(async (req, { jobId: id }) => {
      await Promise.resolve();
      const sid = /sid=(\w+)/.exec(req.headers.get('cookie') ?? '')?.[1] ?? '';
      return sessions[sid]?.includes(id) ?? false;
    });
    const path = `${jobId}/inputs/progress?limit=3`;
    const alice = await forward(request(path, { cookie: 'sid=alice' }));
    expect(alice.status).to.equal(200);
    // Bob asks for the very answer now in the shared cache: still refused.
    const bob = await forward(request(path, { cookie: 'sid=bob' }));
    expect(bob.status).to.equal(403);
    const stranger = await forward(request(path));
    expect(stranger.status).to.equal(403);
    expect(upstream.simulator.requests(jobId)).to.have.length(1);
  });

  it('treats anything but true as a no (fail closed)', async () => {
    for (const answer of [undefined, 1, 'yes', null, {}]) {
      const forward = forwarder(() => answer as unknown as boolean);
      expect((await forward(request(jobId))).status, String(answer)).to.equal(403);
    }
    expect(upstream.simulator.requests(jobId)).to.deep.equal([]);
  });

  it('answers 500 without details when authorize throws or rejects, and never forwards', async () => {
    for (const authorize of [
      () => {
        throw new Error(`session store down at 10.0.0.7 (${KEY})`);
      },
      () => Promise.reject(new Error('db timeout')),
    ]) {
      const events: ForwarderRequestEvent[] = [];
      const response = await forwarder(authorize, events)(request(jobId));
      expect(response.status).to.equal(500);
      const text = await response.text();
      expect(text).to.include('authorize_failed');
      expect(text).not.to.include('10.0.0.7').and.not.include(KEY);
      expect(events[0]!.refused).to.equal('authorize_failed');
    }
    expect(upstream.simulator.requests(jobId)).to.deep.equal([]);
  });

  it("is required: creating a forwarder without it throws, 'allow-all' must be said on purpose", () => {
    const base = { upstream: 'https://api.example.com/v0.5', apiKey: KEY };
    expect(() => createForwarder(base as unknown as ForwarderOptions)).to.throw(
      TypeError,
      /authorize is required/,
    );
    expect(() =>
      createForwarder({ ...base, authorize: 'allow-al' } as unknown as ForwarderOptions),
    ).to.throw(TypeError, /authorize/);
    expect(() => createForwarder({ ...base, authorize: 'allow-all' })).not.to.throw();
  });

  it('refuses a request outside the allow-list before asking authorize', async () => {
    let asked = 0;
    const forward = forwarder(() => {
      asked++;
      return true;
    });
    expect((await forward(request(`${jobId}/secrets`))).status).to.equal(404);
    expect(asked).to.equal(0);
  });
});
