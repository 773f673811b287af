import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../define.js';
import {
  advanceUntil,
  testClock,
  useFakeClock,
  type FakeClock,
} from '../test-support/fake-clock.js';
import { BASE_URL, control, createJob, rows, untilRows } from '../test-support/list-helpers.js';
import type { InputProgressList } from './input-progress-list.js';

/** The columns of a compact row: its parts, and the percent and time-left cells. */
const COLUMNS = ['row-name', 'row-badge', 'row-bar', 'percent', 'eta', 'row-toggle'];

let fake: FakeClock;
afterEach(async () => {
  await fixtureCleanup();
  fake?.restore();
});

describe('<input-progress-list density="compact"> columns', () => {
  it('start each column at the same place on every row, with and without times left, in both directions and widths', async () => {
    // The simulator's manual clocks start here: rows' times left count from the same time.
    fake = useFakeClock(Date.parse('2026-04-14T10:01:04Z'));
    // Rows in every state: done, failed, working with a time left, waiting.
    const jobId = await createJob({
      inputs: 8,
      concurrency: 3,
      itemsPerInput: 60,
      inputOverrides: [{ fails: true, errorMessage: 'Disk quota exceeded' }],
    });
    await control.advance(jobId, 64_000);
    for (const width of [390, 1280])
      for (const dir of ['ltr', 'rtl']) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px" dir=${dir}>
            <input-progress-list
              .clock=${testClock()}
              job-id=${jobId}
              base-url=${BASE_URL}
              poll-interval="1000"
              density="compact"
            ></input-progress-list>
          </div>`,
        );
        const el = wrapper.querySelector<InputProgressList>('input-progress-list')!;
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
