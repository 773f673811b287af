import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { advanceUntil, useFakeClock, testClock } from './test-support/fake-clock.js';
import { waitUntil } from './test-support/wait-until.js';
import './define.js';
import type { InputProgressRow } from './input-progress-row/input-progress-row.js';
import { makeItem } from './test-support/make-item.js';
import {
  control,
  jobPart,
  listOfNewJob,
  pageStatus,
  part,
  rows,
  sentProgressRequests,
  untilRows,
} from './test-support/list-helpers.js';

// A page of its own (one file per page): a strict policy without 'unsafe-inline' for styles,
// as a security-minded host page would send. Inline style attributes are blocked by it;
// styles set through the CSSOM (Lit's styleMap) and constructed style sheets are not.
// Trusted Types too: only Lit's own policy may create HTML (Chromium enforces it; the other
// engines ignore the directive and still enforce the style rule).
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective} ${event.sample}`),
);
const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
document.head.append(meta);

const widthRatio = (indicator: Element) =>
  indicator.getBoundingClientRect().width / indicator.parentElement!.getBoundingClientRect().width;

describe('under a strict style-src policy', () => {
  it('still draws the bars at their width, with no policy violation', async () => {
    const row = await fixture<InputProgressRow>(
      html`<input-progress-row
        .clock=${testClock()}
        .item=${makeItem({ percent: 50 })}
      ></input-progress-row>`,
    );
    const indicator = row.shadowRoot!.querySelector('[part="row-indicator"]')!;
    expect(widthRatio(indicator)).to.be.closeTo(0.5, 0.02);

    const { el: list } = await listOfNewJob(
      { inputs: 4, concurrency: 4, itemsPerInput: 1 },
      { advance: 1500 },
    );
    await waitUntil(
      () => jobPart(list, 'bar')!.getAttribute('aria-valuenow') === '100',
      'all done',
    );
    // The bars ease into their width (a transition): wait for it to end, however long the
    // machine takes to run it, then measure.
    const overall = jobPart(list, 'segment')!;
    const completed = rows(list)[0]!.querySelector('[part="row-indicator"]')!;
    await Promise.all(
      [overall, completed].flatMap((indicator) => indicator.getAnimations().map((a) => a.finished)),
    );
    expect(widthRatio(overall), 'a full completed segment of the job bar').to.be.closeTo(1, 0.02);
    expect(widthRatio(completed), 'a full row bar').to.be.closeTo(1, 0.02);
    expect(violations).to.deep.equal([]);
  });

  it('renders, polls and paginates under Trusted Types with no policy violation', async () => {
    const tt = (window as { trustedTypes?: unknown }).trustedTypes;
    if (tt) {
      // The policy is in force: HTML from a string without a policy is refused.
      expect(() => {
        document.createElement('div').innerHTML = '<b>x</b>';
      }, 'Trusted Types enforced').to.throw(TypeError);
      // Violation events come asynchronously: wait for the probe's own, then start counting.
      await waitUntil(() => violations.length === 1, 'the probe reported');
      violations.length = 0;
    }
    const clock = useFakeClock();
    try {
      const { el: list, jobId } = await listOfNewJob(
        { inputs: 5, concurrency: 2, itemsPerInput: 10 },
        { advance: 1500, limit: 2, pollInterval: 1000 },
      );
      const sent = sentProgressRequests(jobId);
      await control.advance(jobId, 2000);
      await advanceUntil(clock, () => sentProgressRequests(jobId) > sent, 'a poll', 500);
      part(list, 'next')!.click();
      await untilRows(list, 2);
      await waitUntil(() => pageStatus(list) === 'Page 2 of 3', 'page 2');
      // Violations are reported asynchronously, in order: end with one of our own (an inline
      // style attribute, blocked in every engine) and wait for it, so none can come later.
      const sentinel = document.createElement('i');
      sentinel.setAttribute('style', 'color: red');
      document.body.append(sentinel);
      await waitUntil(() => violations.length > 0, 'the sentinel reported');
      sentinel.remove();
      expect(violations).to.have.length(1);
      expect(violations[0]).to.match(/^style-src/);
    } finally {
      await fixtureCleanup();
      clock.restore();
    }
  });
});
