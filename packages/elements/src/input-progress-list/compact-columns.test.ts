import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../define.js';
import { fakeClockEachTest } from '../test-support/each-test.js';
import { advanceUntil } from '../test-support/fake-clock.js';
import {
  control,
  createJob,
  DISK_FULL,
  listsIn,
  listTemplate,
  rows,
  untilRows,
} from '../test-support/list-helpers.js';

/** The columns of a compact row: its parts, and the percent and time-left cells. */
const COLUMNS = ['row-name', 'row-badge', 'row-bar', 'percent', 'eta', 'row-toggle'];

// The simulator's manual clocks start here: rows' times left count from the same time.
const fake = fakeClockEachTest(Date.parse('2026-04-14T10:01:04Z'));

/** Rows in every state 64 s in: done, failed, working with a time left, waiting. */
const EVERY_STATE = { inputs: 8, concurrency: 3, itemsPerInput: 60, inputOverrides: [DISK_FULL] };

describe('<input-progress-list density="compact"> columns', () => {
  it('start each column at the same place on every row, with and without times left, in both directions and widths', async () => {
    const jobId = await createJob(EVERY_STATE);
    await control.advance(jobId, 64_000);
    for (const width of [390, 1280])
      for (const dir of ['ltr', 'rtl']) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px" dir=${dir}>
            ${listTemplate(jobId, { pollInterval: 1000, density: 'compact' })}
          </div>`,
        );
        const el = listsIn(wrapper)[0]!;
        await untilRows(el, 8);
        // Times left need two progress samples of a working input: a poll or two on.
        for (
          let poll = 0;
          poll < 10 && el.shadowRoot!.querySelectorAll('.eta').length < 2;
          poll++
        ) {
          await control.advance(jobId, 1000);
          const updated = oneEvent(el, 'input-progress-update');
          await advanceUntil(
            fake,
            async () => !!(await Promise.race([updated, false])),
            'a poll',
            1000,
          );
          await el.updateComplete;
        }
        const starts = rows(el).map((row) =>
          COLUMNS.map((column) => {
            const box = row
              .querySelector(`[part="${column}"], .${column}`)
              ?.getBoundingClientRect();
            return box ? Math.round(dir === 'rtl' ? box.right : box.left) : null;
          }),
        );
        COLUMNS.forEach((column, index) => {
          const seen = starts.map((row) => row[index]).filter((start) => start != null);
          expect(seen.length, `${column} shown (${width} px, ${dir})`).to.be.greaterThan(1);
          expect(
            Math.max(...(seen as number[])) - Math.min(...(seen as number[])),
            `${column} starts (${width} px, ${dir}): ${seen.join(', ')}`,
          ).to.be.at.most(1);
        });
        await fixtureCleanup();
      }
  });
});
