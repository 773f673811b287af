import { expect } from 'chai';
import { renderJob, renderList, renderRow } from './test-support/server-render.js';
import { makeItem } from './test-support/make-item.js';

/** The markup between the first declarative shadow root's tags. */
const shadowOf = (markup: string) =>
  /<template shadowroot(?:mode)?="open"[^>]*>([\s\S]*)<\/template>/.exec(markup)?.[1] ?? '';

/** Checks that `shadow` has an element of each part in `parts`, exactly as named. */
function expectParts(shadow: string, parts: readonly string[]) {
  for (const part of parts) expect(shadow, `part ${part}`).to.contain(`part="${part}"`);
}

describe('server rendering (@lit-labs/ssr in Node)', () => {
  it('renders the list as its loading skeleton with its header and controls', async () => {
    const markup = await renderList('job_ssr', '/api/v0.5');
    expect(markup).to.match(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?<input-progress-list/);
    expect(markup).to.contain('job-id="job_ssr"');
    const shadow = shadowOf(markup);
    expect(shadow, 'a declarative shadow root').to.not.equal('');
    expectParts(shadow, [
      'header',
      'job job-base',
      'chip',
      'order-toggle',
      'pagination',
      'page-input',
      'announcer',
    ]);
    expect(shadow.match(/part="skeleton"/g), 'three skeleton rows').to.have.length(3);
    expect(shadow).to.contain('aria-busy="true"');
    expect(shadow).to.contain('role="progressbar"');
    // Styles travel with the markup, so the skeleton looks right before any script runs.
    expect(shadow).to.match(/<style>[\s\S]*--input-progress-color-track/);
    expect(shadow).to.contain('Pending');
  });

  it('renders the list’s job header in the list’s own shadow root', async () => {
    const markup = await renderList('job_ssr', '/api/v0.5');
    const shadow = shadowOf(markup);
    expect(shadow, 'no element of its own').to.not.contain('<input-progress-job');
    expectParts(shadow, [
      'job job-base',
      'job-name',
      'job-status',
      'job-bar',
      'job-segment',
      'job-summary',
    ]);
    expect(shadow).to.contain('Loading job…');
  });

  it('renders the job alone, with its bar and summary waiting for counts', async () => {
    const markup = await renderJob('job_<ssr>', '/api/v0.5');
    expect(markup).to.match(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?<input-progress-job/);
    const shadow = shadowOf(markup);
    expect(shadow).to.contain('job_&lt;ssr&gt;');
    expect(shadow).to.contain('role="progressbar"');
    expect(shadow).to.contain('aria-valuetext="unknown"');
    // Until the counts arrive the summary holds a placeholder, not a sentence of dashes.
    expect(shadow).to.match(/part="summary"[^>]*>(<!--[^>]*-->)*–(<!--[^>]*-->)*<\/p>/);
    expect(shadow.match(/part="segment"/g)).to.have.length(4);
    expect(shadow).to.match(/<style>[\s\S]*\.job-segment/);
  });

  it('says what is missing when the list has no job-id', async () => {
    const markup = await renderList('', '/api/v0.5');
    expect(shadowOf(markup)).to.contain('No job-id was given.');
  });

  it('renders a row with its name, status, bar and escaped text', async () => {
    const item = makeItem({ data: { filename: '<b>data</b>.csv' }, percent: 50 });
    const markup = await renderRow(item);
    const shadow = shadowOf(markup);
    expect(shadow).to.contain('&lt;b&gt;data&lt;/b&gt;.csv');
    expect(shadow).to.not.contain('<b>data</b>');
    expect(shadow).to.contain('Processing');
    expect(shadow).to.contain('aria-valuenow="50"');
    expect(markup, 'the status attribute reflected on the server').to.match(
      /<input-progress-row[^>]*status="processing"/,
    );
  });
});
