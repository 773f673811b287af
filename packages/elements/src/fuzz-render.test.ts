import { testClock } from './test-support/fake-clock.js';
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { createClient } from '@input-progress/core';
import './define.js';
import type { InputProgressList } from './input-progress-list/input-progress-list.js';
import { rows } from './test-support/list-helpers.js';
import { FORBIDDEN_TEXT, weirdCounts, weirdPage } from './test-support/weird-pages.js';

const PAGES = 500;
/** Fixed, so CI is repeatable; change it (or use Date.now()) to explore other pages locally. */
const SEED = 20261201;

const pageErrors: string[] = [];
window.addEventListener('error', (event) => pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));

/** All text a user can see or hear: the list's, its rows' and the ARIA values. */
function visibleText(el: InputProgressList): string {
  // The rows are in the list's own shadow root.
  const roots = [el.shadowRoot!];
  const aria = roots.flatMap((root) =>
    [...root.querySelectorAll('*')].flatMap((node) =>
      ['aria-label', 'aria-valuetext', 'title'].map((name) => node.getAttribute(name) ?? ''),
    ),
  );
  return [...roots.map((root) => root.textContent ?? ''), ...aria].join('\n');
}

describe('the list under generated weird-but-valid pages (fast-check)', () => {
  it(`renders ${PAGES} pages without a page error, a NaN or undefined, and with every bar value in range`, async function () {
    // 500 renders in one test: a budget for a loaded machine, not a wait.
    this.timeout(180_000);
    let body = '';
    let counts = '';
    // The real client and parser, fed by a server that answers with the generated bodies.
    const client = createClient({
      baseUrl: 'https://api.test/v0.5',
      retry: { attempts: 0 },
      fetch: async (input) =>
        new Response(String(input).includes('/counts') ? counts : body, {
          headers: { 'content-type': 'application/json' },
        }),
    });
    const el = await fixture<InputProgressList>(
      html`<input-progress-list
        .clock=${testClock()}
        job-id="job_weird"
        poll-interval="0"
        .client=${client}
      ></input-progress-list>`,
    );
    let rendered = 0;
    let failures = 0;
    let shownRows = 0;
    let refused = 0;
    const seed = SEED;
    try {
      await fc.assert(
        fc.asyncProperty(weirdPage, weirdCounts, async (page, pageCounts) => {
          [body, counts] = [page, pageCounts];
          await el.refresh();
          await el.updateComplete;
          rendered++;
          shownRows += rows(el).length;
          if (el.shadowRoot!.querySelector('[part="error"]')) refused++;
          const seen = visibleText(el);
          for (const word of FORBIDDEN_TEXT)
            expect(seen, `no "${word}" on screen`).to.not.contain(word);
          for (const root of [el.shadowRoot!]) {
            for (const bar of root.querySelectorAll('[aria-valuenow]')) {
              const [now, min, max] = ['aria-valuenow', 'aria-valuemin', 'aria-valuemax'].map(
                (name) => Number(bar.getAttribute(name)),
              ) as [number, number, number];
              expect(
                now >= min && now <= max,
                `aria-valuenow ${now} within ${min}–${max}`,
              ).to.equal(true);
            }
          }
          expect(pageErrors).to.deep.equal([]);
        }),
        { numRuns: PAGES, seed },
      );
    } catch (error) {
      failures++;
      throw error;
    } finally {
      console.log(
        `fuzz: ${rendered} pages rendered (${shownRows} rows; ${refused} answers refused as unreadable), ${failures} failures (seed ${seed})`,
      );
    }
    expect(rendered).to.be.at.least(PAGES);
    // Most pages must reach the rows: a generator the parser refuses would test nothing.
    expect(shownRows, 'rows rendered').to.be.greaterThan(PAGES);
  });
});
