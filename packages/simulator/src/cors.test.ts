import { expect } from 'chai';
import { createSimulator } from './index.js';
import { api } from './test-support/http.js';

describe('CORS', () => {
  it('allows any origin by default, on success and error responses, and exposes ETag and Retry-After', async () => {
    const sim = createSimulator();
    for (const path of ['/batch/jobs/job_demo_small', '/batch/jobs/nope']) {
      const res = await api(sim, path, { headers: { origin: 'https://dashboard.example' } });
      expect(res.headers.get('access-control-allow-origin')).to.equal('*');
      expect(res.headers.get('access-control-expose-headers'))
        .to.include('ETag')
        .and.include('Retry-After');
    }
  });

  it('answers a preflight with 204, without needing the key', async () => {
    const sim = createSimulator({ apiKeys: ['k'] });
    const res = await api(sim, '/batch/jobs/job_demo_small/inputs/progress', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://dashboard.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(res.status).to.equal(204);
    expect(res.headers.get('access-control-allow-origin')).to.equal('*');
    expect(res.headers.get('access-control-allow-methods')).to.include('GET');
    expect(res.headers.get('access-control-allow-headers')).to.equal('authorization');
    expect(res.headers.get('access-control-max-age')).to.equal('600');
  });

  it('allows only the configured origin when one is set', async () => {
    const sim = createSimulator({ cors: { origin: 'https://app.example' } });
    const res = await api(sim, '/batch/jobs/job_demo_small');
    expect(res.headers.get('access-control-allow-origin')).to.equal('https://app.example');
    expect(res.headers.get('vary')).to.include('Origin');
  });

  it('sends no CORS headers when disabled', async () => {
    const sim = createSimulator({ cors: false });
    const res = await api(sim, '/batch/jobs/job_demo_small');
    expect(res.status).to.equal(200);
    expect(res.headers.has('access-control-allow-origin')).to.equal(false);
  });
});
