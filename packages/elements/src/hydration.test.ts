// Hydration support must load before any element module (it patches LitElement).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import './define.js';
import type { InputProgressList } from './input-progress-list/input-progress-list.js';
import type { InputProgressRow } from './input-progress-row/input-progress-row.js';
import type { InputProgressJob } from './input-progress-job/input-progress-job.js';
import { makeItem } from './test-support/make-item.js';
import { waitUntil } from './test-support/wait-until.js';
import {
  BASE_URL,
  control,
  createJob,
  jobPart,
  part,
  text,
  untilRows,
} from './test-support/list-helpers.js';

// Lit reports hydration mismatches on the console and by throwing: collect both.
const problems: string[] = [];
const consoleError = console.error;
console.error = (...args: unknown[]) => {
  problems.push(args.map(String).join(' '));
  consoleError(...args);
};
window.addEventListener('error', (event) => problems.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => problems.push(String(event.reason)));

/** Puts server markup (with its declarative shadow roots) into the page. */
async function serve(path: string): Promise<HTMLElement> {
  const markup = await (await fetch(path)).text();
  const container = document.createElement('div');
  container.setHTMLUnsafe(markup);
  document.body.append(container);
  return container.firstElementChild as HTMLElement;
}

describe('hydration of server-rendered elements (@lit-labs/ssr-client)', () => {
  afterEach(() => {
    document.querySelectorAll('body > div').forEach((div) => div.remove());
  });

  it('hydrates the list without re-creating its shadow content, then goes live', async () => {
    const jobId = await createJob({ inputs: 3 });
    const el = (await serve(
      `/__ssr/list?job-id=${jobId}&base-url=${encodeURIComponent(BASE_URL)}`,
    )) as InputProgressList;
    expect(part(el, 'live-indicator')!.dataset.state, 'not live before any script ran').to.equal(
      'stopped',
    );
    expect(el.localName).to.equal('input-progress-list');
    // The declarative shadow root is there before any script of the element ran.
    const serverHeader = el.shadowRoot!.querySelector('[part="header"]');
    const serverSkeletons = [...el.shadowRoot!.querySelectorAll('[part="skeleton"]')];
    expect(serverHeader, 'server-rendered header').to.exist;
    expect(serverSkeletons).to.have.length(3);
    el.removeAttribute('defer-hydration');
    await el.updateComplete;
    expect(part(el, 'header'), 'the same header node after hydration').to.equal(serverHeader);
    await untilRows(el, 3);
    expect(part(el, 'header'), 'and once live').to.equal(serverHeader);
    // Hydration adopts the server's text as it is; what the element says next is its own.
    await waitUntil(
      () => part(el, 'live-indicator')!.dataset.state === 'live',
      'the live state shown',
    );
    expect(text(part(el, 'live-indicator'))).to.equal('Live');
    // The job header inside it hydrated with it and follows the list's feed.
    await waitUntil(
      () => text(jobPart(el, 'summary')) === '0 completed · 0 failed of 3',
      'the job header live',
    );
    expect(problems).to.deep.equal([]);
  });

  it('hydrates a job header on its own, then loads the job and its counts', async () => {
    const jobId = await createJob({ name: 'Served job', inputs: 4 });
    await control.advance(jobId, 1000);
    const el = (await serve(
      `/__ssr/job?job-id=${jobId}&base-url=${encodeURIComponent(BASE_URL)}`,
    )) as InputProgressJob;
    expect(el.localName).to.equal('input-progress-job');
    const serverBar = el.shadowRoot!.querySelector('[part="bar"]');
    expect(serverBar!.getAttribute('aria-valuetext')).to.equal('unknown');
    el.removeAttribute('defer-hydration');
    await el.updateComplete;
    expect(part(el, 'bar'), 'the same bar node').to.equal(serverBar);
    await waitUntil(() => text(part(el, 'name')) === 'Served job', 'the job record');
    expect(serverBar!.getAttribute('aria-valuetext')).to.match(/ of 4$/);
    expect(part(el, 'bar')).to.equal(serverBar);
    expect(problems).to.deep.equal([]);
  });

  it('hydrates a row with the item the page hands it', async () => {
    const item = makeItem({ data: { filename: 'served.csv' }, percent: 40 });
    const el = (await serve(
      `/__ssr/row?item=${encodeURIComponent(JSON.stringify(item))}`,
    )) as InputProgressRow;
    const serverBar = el.shadowRoot!.querySelector('[part="row-bar"]');
    expect(serverBar!.getAttribute('aria-valuenow')).to.equal('40');
    // Hydration adopts what the server rendered, so the page hands over the same item first.
    el.item = item;
    el.removeAttribute('defer-hydration');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="row-bar"]'), 'the same bar node').to.equal(
      serverBar,
    );
    // Then it is live like any row.
    el.item = { ...item, percent: 60 };
    await el.updateComplete;
    expect(serverBar!.getAttribute('aria-valuenow')).to.equal('60');
    expect(problems).to.deep.equal([]);
  });
});
