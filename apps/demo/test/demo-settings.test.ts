import { expect } from 'chai';
import { isJobId } from '@input-progress/forwarder/job-id';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from '../src/demo-settings.js';

describe('the dashboard settings in the URL', () => {
  it('reads every setting from a deep link', () => {
    expect(
      readSettings('?job=job_abc123&limit=20&theme=dark&lang=de&poll=0&density=compact'),
    ).to.deep.equal({
      job: 'job_abc123',
      limit: 20,
      theme: 'dark',
      lang: 'de',
      poll: 0,
      density: 'compact',
    });
  });

  it('falls back to the defaults for invalid or hostile values, never throwing', () => {
    const hostile =
      '?job=../../__simulator/jobs&limit=-3&theme=<script>&lang=xx&poll=1e9' +
      '&job=job_x%2F..&limit=abc&density=<b>';
    expect(readSettings(hostile)).to.deep.equal(DEFAULT_SETTINGS);
    expect(readSettings('?limit=2.5&poll=NaN&job=inp_123')).to.deep.equal(DEFAULT_SETTINGS);
    expect(readSettings('%%%')).to.deep.equal(DEFAULT_SETTINGS);
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    expect(writeSettings(DEFAULT_SETTINGS)).to.equal('');
    const settings = { ...DEFAULT_SETTINGS, job: 'job_demo_flaky', lang: 'de' as const };
    const search = writeSettings(settings);
    expect(search).to.equal('?job=job_demo_flaky&lang=de');
    expect(readSettings(search)).to.deep.equal(settings);
  });

  it('takes exactly the job ids the forwarder forwards (one shared rule)', () => {
    const ids = [
      'job_demo_small',
      'job_2abc3def4ghi5jkl6mno7pqr',
      `job_${'a'.repeat(100)}`,
      `job_${'a'.repeat(101)}`,
      'job_',
      'job-abc',
      'inp_abc123',
      'JOB_abc',
      'job_a.b',
      'job_a%2Fb',
    ];
    for (const id of ids) {
      const shown = readSettings(`?job=${encodeURIComponent(id)}`).job === id;
      expect(shown, id).to.equal(isJobId(id));
    }
    expect(ids.filter(isJobId)).to.have.length(3);
  });
});
