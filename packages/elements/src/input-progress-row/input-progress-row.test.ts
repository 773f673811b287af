import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait-until.js';
import { ticker } from '../ticker.js';
import { useFakeClock, testClock } from '../test-support/fake-clock.js';
import '../define.js';
import type { InputProgressRow } from './input-progress-row.js';
import { makeItem, type ItemPatch } from '../test-support/make-item.js';

async function row(patch: ItemPatch = {}, lang = 'en'): Promise<InputProgressRow> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <input-progress-row .clock=${testClock()} .item=${makeItem(patch)}></input-progress-row>
    </div>`,
  );
  const el = wrapper.querySelector('input-progress-row')!;
  await el.updateComplete;
  return el;
}
const part = (el: InputProgressRow, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="row-${name}"]`);
const textOf = (el: InputProgressRow, name: string) =>
  part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

describe('<input-progress-row>', () => {
  it('shows a processing input with a determinate bar, items, percent, message and kind', async () => {
    const el = await row({ data: { filename: 'tep_inference.csv' } });
    expect(textOf(el, 'name')).to.equal('tep_inference.csv');
    expect(textOf(el, 'badge')).to.equal('Processing');
    const bar = part(el, 'bar')!;
    expect(bar.getAttribute('role')).to.equal('progressbar');
    expect(bar.getAttribute('aria-valuemin')).to.equal('0');
    expect(bar.getAttribute('aria-valuemax')).to.equal('100');
    expect(bar.getAttribute('aria-valuenow')).to.equal('50');
    expect(bar.getAttribute('aria-valuetext')).to.equal('5 of 10 items, 50%');
    expect(textOf(el, 'progress')).to.contain('5 of 10 items, 50%');
    expect(textOf(el, 'kind')).to.equal('inference');
    expect(textOf(el, 'message')).to.contain('Processing input 5 of 10');
    expect(
      part(el, 'details')!.textContent,
      'the pieces of a line, apart, a line never starting with a dot',
    ).to.equal('CSV\u00a0· 245.8 kB\u00a0· port worker.inference');
    expect(textOf(el, 'times')).to.contain('created 10 minutes ago');
    expect(el.getAttribute('status')).to.equal('processing');
    await expect(el).to.be.accessible();
  });

  it('shows the time left now: the estimate minus the time since the progress report', async () => {
    // 3 min left as of a report a minute ago: about 2 min left now.
    const el = await row({
      eta: 3 * 60_000,
      progress: { createdAt: new Date(Date.now() - 60_000).toISOString() },
    });
    expect(textOf(el, 'progress')).to.contain('about 2 min left');
    // An estimate that ran out is not shown as "0 s left".
    el.item = makeItem({
      eta: 30_000,
      progress: { createdAt: new Date(Date.now() - 60_000).toISOString() },
    });
    await el.updateComplete;
    expect(textOf(el, 'progress')).to.not.contain('left');
    // Nor one under a second, which would round to "about 0 sec left".
    el.item = makeItem({
      eta: 600,
      progress: { createdAt: new Date(Date.now() + 60_000).toISOString() },
    });
    await el.updateComplete;
    expect(textOf(el, 'progress')).to.not.contain('left');
  });

  it('keeps relative times true while the item stays the same, and stops its timer when removed', async () => {
    expect(ticker.size, 'no element registered before').to.equal(0);
    const clock = useFakeClock();
    try {
      const completedAt = new Date(clock.now() - 1000).toISOString();
      const el = await row({ status: 'completed', percent: 100, input: { completedAt } });
      expect(textOf(el, 'times')).to.contain('finished 1 second ago');
      expect(ticker.size).to.equal(1);
      clock.advance(30_000);
      await el.updateComplete;
      expect(textOf(el, 'times')).to.contain('finished 31 seconds ago');
      el.remove();
      expect(ticker.size, 'nothing left to tick for').to.equal(0);
      expect(clock.timerCount, 'the shared timer stopped').to.equal(0);
    } finally {
      clock.restore();
    }
  });

  it('follows a change of the page’s language at once', async () => {
    const el = await row({ data: { numBytes: 1_234_567 } }, 'en');
    expect(textOf(el, 'details')).to.contain('1.2 MB');
    el.parentElement!.setAttribute('lang', 'de');
    await waitUntil(
      () => textOf(el, 'details')!.includes('1,2 MB'),
      'German number format without waiting for a tick',
    );
    expect(textOf(el, 'times')).to.contain('vor 10 Minuten');
  });

  it('has an indeterminate bar without aria-valuenow while processing without metrics', async () => {
    const el = await row({ percent: null, progress: { metrics: {}, message: null } });
    const bar = part(el, 'bar')!;
    expect(bar.hasAttribute('aria-valuenow')).to.equal(false);
    expect(bar.getAttribute('aria-valuetext')).to.equal('Processing, progress unknown');
    expect(bar.classList.contains('indeterminate')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('speaks an unknown status by its name, without a value or the "processing" wording', async () => {
    const el = await row({ status: 'queued_for_review', percent: null, progress: null });
    const bar = part(el, 'bar')!;
    expect(bar.hasAttribute('aria-valuenow')).to.equal(false);
    expect(bar.getAttribute('aria-valuetext')).to.equal('queued_for_review');
    expect(bar.classList.contains('indeterminate')).to.equal(false);
    expect(textOf(el, 'badge')).to.equal('queued_for_review');
    await expect(el).to.be.accessible();
  });

  it('shows a pending input at zero with its status spoken', async () => {
    const el = await row({ status: 'pending', percent: null, progress: null });
    const bar = part(el, 'bar')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('0');
    expect(bar.getAttribute('aria-valuetext')).to.equal('Pending');
    expect(textOf(el, 'badge')).to.equal('Pending');
    expect(part(el, 'message')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fills half the bar from the start of the line, in both writing directions', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir=${dir} style="width: 400px">
          <input-progress-row .clock=${testClock()} .item=${makeItem()}></input-progress-row>
        </div>`,
      );
      const el = wrapper.querySelector('input-progress-row')!;
      await el.updateComplete;
      const indicator = part(el, 'indicator')!;
      await Promise.all(indicator.getAnimations().map((animation) => animation.finished));
      const bar = part(el, 'bar')!.getBoundingClientRect();
      const fill = indicator.getBoundingClientRect();
      expect(fill.width / bar.width, `${dir}: half filled`).to.be.closeTo(0.5, 0.01);
      const start = dir === 'ltr' ? fill.left - bar.left : bar.right - fill.right;
      expect(start, `${dir}: the fill starts where the line starts`).to.be.closeTo(0, 0.5);
    }
  });

  it('fills the bar of a completed input and shows its rank and duration', async () => {
    const created = new Date(Date.now() - 30 * 60_000).toISOString();
    const completed = new Date(Date.now() - 26 * 60_000).toISOString();
    const el = await row({
      status: 'completed',
      percent: 100,
      step: 3,
      input: { createdAt: created, completedAt: completed },
      progress: {
        metrics: { percentComplete: 100, itemsProcessed: 10, itemsTotal: 10 },
        message: 'Done',
      },
    });
    const bar = part(el, 'bar')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('100');
    const indicator = part(el, 'indicator')!;
    await Promise.all(indicator.getAnimations().map((animation) => animation.finished));
    expect(
      indicator.getBoundingClientRect().width / bar.getBoundingClientRect().width,
      'the filled share of the bar',
    ).to.be.closeTo(1, 0.01);
    expect(textOf(el, 'details')).to.contain('Finished #3');
    expect(textOf(el, 'times')).to.contain('finished 26 minutes ago').and.contain('took 4 min');
    expect(el.getAttribute('status')).to.equal('completed');
    await expect(el).to.be.accessible();
  });

  it('shows the error of a failed input visibly and reflects status="failed"', async () => {
    const el = await row({
      status: 'failed',
      percent: 40,
      step: 7,
      input: { errorMessage: 'Malformed CSV on line 12', completedAt: new Date().toISOString() },
      progress: { metrics: { percentComplete: 40 } },
    });
    expect(el.getAttribute('status')).to.equal('failed');
    expect(textOf(el, 'error')).to.equal('Error: Malformed CSV on line 12');
    expect(part(el, 'error')!.offsetHeight).to.be.greaterThan(0);
    expect(part(el, 'bar')!.getAttribute('aria-valuetext')).to.equal('Failed, 40%');
    expect(textOf(el, 'details'), 'a failed input’s rank says it failed')
      .to.contain('Failed #7')
      .and.not.contain('Finished');
    expect(getComputedStyle(part(el, 'badge')!).backgroundColor).to.equal(
      getComputedStyle(part(el, 'error')!).color,
    );
    await expect(el).to.be.accessible();
  });

  it('displays an unknown status as-is', async () => {
    const el = await row({ status: 'paused_by_operator' });
    expect(textOf(el, 'badge')).to.equal('paused_by_operator');
    expect(el.getAttribute('status')).to.equal('paused_by_operator');
  });

  it('links http(s) refs only: a javascript: ref stays text', async () => {
    const safe = await row({
      data: { ref: 'https://storage.example.com/a.csv', filename: 'a.csv' },
    });
    const link = part(safe, 'link') as HTMLAnchorElement;
    expect(link.href).to.equal('https://storage.example.com/a.csv');
    // Same tab: a link that opened a new one would have to say so in its name.
    expect(link.hasAttribute('target'), 'opens in the same tab').to.equal(false);
    for (const ref of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'relative/path.csv',
    ]) {
      const el = await row({ data: { ref, filename: 'b.csv' } });
      expect(el.shadowRoot!.querySelector('a'), ref).to.equal(null);
      expect(textOf(el, 'name')).to.equal('b.csv');
    }
  });

  it('shows hostile strings as text and runs nothing', async () => {
    const hostile = [
      '<img src=x onerror="window.__xss=1">',
      '"><svg onload="window.__xss=2">',
      '</style><b>bold</b>',
    ];
    const el = await row({
      status: 'failed',
      data: {
        filename: hostile[0],
        metadata: { [hostile[1]!]: hostile[2], nested: { x: hostile[0] } },
      },
      input: { portName: hostile[1], errorMessage: hostile[2] },
      progress: { message: hostile[0], kind: hostile[1] },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('img, svg, b, script').length).to.equal(0);
    expect(textOf(el, 'name')).to.equal(hostile[0]);
    expect(textOf(el, 'details')).to.contain(hostile[1]);
    expect(textOf(el, 'kind')).to.equal(hostile[1]);
    expect(textOf(el, 'error')).to.contain(hostile[2]);
    expect(textOf(el, 'metadata')).to.contain(hostile[1]).and.contain(hostile[2]);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    // The row's own styles are still in force: the "</style>" did not end them.
    expect(getComputedStyle(part(el, 'badge')!).borderRadius).to.not.equal('0px');
  });

  it('formats numbers, sizes and times for the nearest lang', async () => {
    const el = await row(
      { data: { numBytes: 1_234_567 }, step: 1234, status: 'completed', percent: 100 },
      'de',
    );
    expect(textOf(el, 'details')).to.contain('1,2 MB').and.contain('1.234');
    expect(textOf(el, 'times')).to.contain('vor 10 Minuten');
  });

  it('creates no Intl formatter when it renders again, whatever the lang', async () => {
    for (const lang of ['de', 'not a lang!']) {
      const el = await row({ data: { numBytes: 5_000 }, eta: 90_000, step: 2 }, lang);
      const original = Intl.NumberFormat;
      let created = 0;
      Intl.NumberFormat = new Proxy(original, {
        construct: (target, args) => (created++, Reflect.construct(target, args)),
        apply: (target, self, args) => (created++, Reflect.apply(target, self, args)),
      });
      try {
        for (let i = 0; i < 5; i++) {
          el.item = makeItem({ data: { numBytes: 5_000 + i * 100 }, eta: 90_000 + i, step: 2 });
          await el.updateComplete;
        }
      } finally {
        Intl.NumberFormat = original;
      }
      expect(textOf(el, 'details'), `lang="${lang}" still formats`).to.match(/5[.,]4 kB/);
      expect(created, `Intl.NumberFormat objects made in 5 renders, lang="${lang}"`).to.equal(0);
    }
  });

  it('takes overridden strings', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <input-progress-row
          .clock=${testClock()}
          .item=${makeItem({ status: 'failed', percent: 40, input: { errorMessage: 'x' }, data: { metadata: { batch: 7 } } })}
          .strings=${{
            status: (s: string) => `«${s}»`,
            inputError: (message: string) => `Fehler: ${message}`,
            metadataEntry: (key: string, value: string) => `${value} (${key})`,
            barValue: (status: string | null, value: string | null) =>
              [value, status].filter(Boolean).join(' – '),
          }}
        ></input-progress-row>
      </div>`,
    );
    const el = wrapper.firstElementChild as InputProgressRow;
    await el.updateComplete;
    expect(textOf(el, 'badge')).to.equal('«failed»');
    expect(textOf(el, 'error')).to.equal('Fehler: x');
    expect(textOf(el, 'metadata')).to.equal('7 (batch)');
    expect(part(el, 'bar')!.getAttribute('aria-valuetext')).to.equal(
      '5 of 10 items, 40% – «failed»',
    );
  });

  it('passes the accessibility audit in dark mode with dark colours', async () => {
    const el = await row({ status: 'failed', input: { errorMessage: 'Disk full' } });
    const light = getComputedStyle(el).backgroundColor;
    el.style.colorScheme = 'dark';
    expect(getComputedStyle(el).backgroundColor).to.not.equal(light);
    await expect(el).to.be.accessible();
  });

  it('renders nothing without an item', async () => {
    const el = await fixture<InputProgressRow>(
      html`<input-progress-row .clock=${testClock()}></input-progress-row>`,
    );
    expect(el.shadowRoot!.children.length).to.equal(0);
  });
});
