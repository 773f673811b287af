import { expect } from '@open-wc/testing';
import { createClient } from '@input-progress/core';
import { createSimulator, simulatorFetch } from '@input-progress/simulator/browser';
import './define.js';
import { rowText, rows, sentProgressRequests, untilRows } from './test-support/list-helpers.js';

describe('a list on the in-page simulator (@input-progress/simulator/browser)', () => {
  it('renders the rows of a job that only exists inside the page', async () => {
    // A base path the test runner's server does not serve: rows can only come from the page.
    const simulator = createSimulator({ clock: 'manual', presets: false, basePath: '/in-page' });
    const job = simulator.createJob({
      id: 'job_in_page',
      inputs: 4,
      failureRate: 0,
      metrics: 'full',
    });
    job.advance(3_500);
    const el = document.createElement('input-progress-list');
    el.pollInterval = 0;
    el.client = createClient({ baseUrl: '/in-page', fetch: simulatorFetch(simulator) });
    el.jobId = 'job_in_page';
    document.body.append(el);
    try {
      await untilRows(el, 4);
      const shown = rows(el)
        .map((row) => rowText(row))
        .join(' ');
      for (const input of job.inputs) expect(shown).to.contain(input.filename);
      expect(simulator.requests('job_in_page').length).to.be.greaterThan(0);
      expect(sentProgressRequests('job_in_page'), 'requests that reached the network').to.equal(0);
    } finally {
      el.remove();
    }
  });
});
