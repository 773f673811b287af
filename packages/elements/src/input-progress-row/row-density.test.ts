import { testClock } from '../test-support/fake-clock.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { InputProgressRow } from './input-progress-row.js';
import { makeItem, type ItemPatch } from '../test-support/make-item.js';
import type { Density } from './input-progress-row.js';

const LONG_NAME = `sensor_${'very_long_segment_'.repeat(8)}export.csv`;

/** A row of `density` in a box `width` px wide, at a 16 px root font. */
async function row(patch: ItemPatch, density: Density, width = 600): Promise<InputProgressRow> {
  document.documentElement.style.fontSize = '16px';
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <input-progress-row
        .clock=${testClock()}
        .item=${makeItem(patch)}
        density=${density}
      ></input-progress-row>
    </div>`,
  );
  const el = wrapper.querySelector('input-progress-row')!;
  await el.updateComplete;
  return el;
}
const part = (el: InputProgressRow, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="row-${name}"]`)!;
const textOf = (el: InputProgressRow, name: string) =>
  part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const shown = (el: HTMLElement) => el.getClientRects().length > 0;

describe('<input-progress-row density="compact">', () => {
  it('is one line of at most 40 px: name, badge, bar, percent and time left', async () => {
    const el = await row(
      { eta: 3 * 60_000, progress: { createdAt: new Date().toISOString() } },
      'compact',
    );
    expect(el.getBoundingClientRect().height).to.be.at.most(40);
    const top = (name: string) => part(el, name).getBoundingClientRect().top;
    const line = el.getBoundingClientRect();
    const percent = part(el, 'header').querySelector('.percent')!;
    for (const [name, box] of [
      ...['name', 'badge', 'bar', 'toggle'].map(
        (name) => [name, part(el, name).getBoundingClientRect()] as const,
      ),
      ['percent', percent.getBoundingClientRect()] as const,
    ]) {
      expect(box.top, `${name} on the line`).to.be.at.least(line.top);
      expect(box.bottom, `${name} on the line`).to.be.at.most(line.bottom);
    }
    expect(top('badge')).to.be.below(part(el, 'name').getBoundingClientRect().bottom);
    expect(textOf(el, 'progress')).to.equal('50% about 3 min left');
    expect(shown(part(el, 'more')), 'details hidden').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('opens and closes the details with the keyboard, saying so with aria-expanded', async () => {
    const el = await row({ step: null, data: { metadata: { batch: 7 } } }, 'compact');
    const toggle = part(el, 'toggle') as HTMLButtonElement;
    expect(toggle.tagName).to.equal('BUTTON');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(part(el, 'more').id);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(part(el, 'more'))).to.equal(true);
    expect(textOf(el, 'details')).to.contain('CSV').and.contain('worker.inference');
    expect(textOf(el, 'message')).to.contain('Processing input 5 of 10');
    expect(textOf(el, 'metadata')).to.equal('batch: 7');
    expect(textOf(el, 'times')).to.contain('created');
    await expect(el).to.be.accessible();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(part(el, 'more'))).to.equal(false);
    expect(el.shadowRoot!.activeElement, 'focus stays on the button').to.equal(toggle);
  });

  it('shows a failed input’s error on its one line, whole in its title', async () => {
    const error =
      'Malformed CSV: row 42 has 11 columns, expected 12, and the rest of this sentence is long';
    const el = await row(
      { status: 'failed', step: 7, percent: 40, input: { errorMessage: error } },
      'compact',
    );
    expect(el.getBoundingClientRect().height).to.be.at.most(40);
    expect(shown(part(el, 'error'))).to.equal(true);
    expect(part(el, 'error').title).to.equal(`Error: ${error}`);
    expect(textOf(el, 'error')).to.equal(`Error: ${error}`);
    (part(el, 'toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(textOf(el, 'details')).to.contain('Failed #7');
    await expect(el).to.be.accessible();
    el.style.colorScheme = 'dark';
    await expect(el).to.be.accessible();
  });
});

describe('<input-progress-row> long names, in both densities', () => {
  for (const density of ['comfortable', 'compact'] as const) {
    it(`ends a long name in an ellipsis, keeps it whole in title and accessible name, badge beside it (${density})`, async () => {
      const el = await row({ data: { filename: LONG_NAME } }, density, 390);
      const name = part(el, 'name');
      // The link is the clipping box (so its focus ring, drawn inside it, is never cut).
      const clipped = part(el, 'link');
      expect(clipped.scrollWidth, 'the name is cut').to.be.greaterThan(clipped.clientWidth);
      expect(getComputedStyle(clipped).textOverflow).to.equal('ellipsis');
      expect(name.title).to.equal(LONG_NAME);
      // The accessible name is computed from the text, which stays whole: the link's and the bar's.
      expect(part(el, 'link').textContent).to.equal(LONG_NAME);
      expect(part(el, 'bar').getAttribute('aria-label')).to.equal(`Progress of ${LONG_NAME}`);
      if (density === 'compact')
        expect(part(el, 'toggle').getAttribute('aria-label')).to.equal(`Details of ${LONG_NAME}`);
      const badge = part(el, 'badge').getBoundingClientRect();
      expect(badge.top, 'the badge never drops below the name').to.be.below(
        name.getBoundingClientRect().bottom,
      );
      expect(badge.right).to.be.at.most(el.getBoundingClientRect().right);
      await expect(el).to.be.accessible();
      el.style.colorScheme = 'dark';
      await expect(el).to.be.accessible();
    });
  }
});
