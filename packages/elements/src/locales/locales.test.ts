import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import './en.js';
import './de.js';
import './fr.js';
import './es.js';
import './ja.js';
import './zh-Hans.js';
import './ar.js';
import { defaultStrings } from '../default-strings.js';
import { formattersFor } from '../formatters.js';
import { registerTranslation, translationFor } from '../locale-registry.js';
import type { InputProgressList } from '../input-progress-list/input-progress-list.js';
import { makeItem } from '../test-support/make-item.js';
import { testClock } from '../test-support/fake-clock.js';
import { fakeClockEachTest } from '../test-support/each-test.js';
import {
  createJob,
  control,
  jobPart,
  listsIn,
  listTemplate,
  pageStatus,
  part,
  parts,
  rows,
  showsRows,
  text,
} from '../test-support/list-helpers.js';
import { waitUntil } from '../test-support/wait-until.js';

const SHIPPED = ['en', 'de', 'fr', 'es', 'ja', 'zh-Hans', 'ar'];

fakeClockEachTest();

const rowPart = (row: Element, name: string) => text(row.querySelector(`[part~="row-${name}"]`));

/** What a user reads of a list, by where it is: the texts the locale test compares. */
function shownTexts(el: InputProgressList): Record<string, string> {
  const row = rows(el)[0]!;
  const shown: Record<string, string> = {
    'job status': text(jobPart(el, 'status')),
    'job summary': text(jobPart(el, 'summary')),
    throughput: text(jobPart(el, 'throughput')),
    elapsed: text(jobPart(el, 'elapsed')),
    'order toggle': text(part(el, 'order-toggle')),
    'live indicator': text(part(el, 'live-indicator')),
    refresh: text(part(el, 'refresh')),
    'page status': pageStatus(el),
    'first page': text(part(el, 'first')),
    'next page': text(part(el, 'next')),
    badge: rowPart(row, 'badge'),
    progress: rowPart(row, 'progress'),
    details: rowPart(row, 'details'),
    times: rowPart(row, 'times'),
    'list name': part(el, 'list')!.getAttribute('aria-label') ?? '',
  };
  parts(el, 'chip').forEach((chip, index) => (shown[`chip ${index}`] = text(chip)));
  return shown;
}

describe('the shipped locales', () => {
  it('render a list and its job in every shipped language: plural forms, no English showing through, mirrored in Arabic, switching live', async () => {
    // Two inputs of one item each, both done: "1 of 1 item", ranks, times, a rate, "All done".
    const jobId = await createJob({ inputs: 2, concurrency: 2, itemsPerInput: 1 });
    await control.advance(jobId, 2000);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        ${SHIPPED.map(
          (lang) =>
            html`<div lang=${lang} dir=${translationFor(lang)!.$dir}>${listTemplate(jobId)}</div>`,
        )}
      </div>`,
    );
    const lists = listsIn(wrapper);
    await waitUntil(
      () =>
        lists.every(
          (el) =>
            showsRows(el, 2) &&
            jobPart(el, 'status')?.dataset.status === 'COMPLETED' &&
            !!jobPart(el, 'throughput'),
        ),
      'every list with its rows, job record and rate',
    );
    const shown = Object.fromEntries(
      lists.map((el, index) => [SHIPPED[index]!, shownTexts(el)]),
    ) as Record<string, Record<string, string>>;

    // English: the singular where the number is one.
    expect(shown['en']!['progress']).to.equal('1 of 1 item, 100%');
    expect(shown['en']!['throughput']).to.match(/^(1 input|(?!1 )[\d.,]+ inputs)\/min$/);

    for (const [index, lang] of SHIPPED.entries()) {
      const texts = shown[lang]!;
      const f = formattersFor(lang);
      const translation = translationFor(lang)!;
      expect(texts['progress'], `${lang}: items of the one-item input`).to.contain(
        translation.itemsOf(1, 1, f),
      );
      for (const [where, value] of Object.entries(texts)) {
        expect(value, `${lang}: ${where}`).to.not.equal('');
        if (lang !== 'en')
          expect(value, `${lang}: ${where} is still English`).to.not.equal(shown['en']![where]);
      }
      // Mirrored in Arabic: the filter chips start at the right, the refresh button at the left.
      const el = lists[index]!;
      const chips = part(el, 'filters')!.getBoundingClientRect();
      const refresh = part(el, 'refresh')!.getBoundingClientRect();
      expect(chips.left < refresh.left, `${lang}: chips before refresh in reading order`).to.equal(
        translation.$dir === 'ltr',
      );
    }

    // The page switches language: the list follows at once.
    const german = lists[SHIPPED.indexOf('de')]!;
    german.parentElement!.lang = 'fr-CA';
    await waitUntil(
      () => text(part(german, 'order-toggle')).endsWith('Activité la plus ancienne d’abord'),
      'French after the switch',
    );
    // A translation registered after the elements rendered (a locale module that loaded
    // late, or one the page adds) applies at once; keys it leaves out stay English.
    german.parentElement!.lang = 'it';
    await waitUntil(() => text(part(german, 'next')) === 'Next', 'English for an unknown lang');
    registerTranslation({
      ...defaultStrings,
      $code: 'it',
      $name: 'Italiano',
      $dir: 'ltr',
      next: 'Avanti',
    });
    await waitUntil(() => text(part(german, 'next')) === 'Avanti', 'Italian once registered');
    expect(text(part(german, 'previous'))).to.equal('Previous');
  });

  it('slides the indeterminate bar right to left in Arabic', async () => {
    const item = makeItem({ status: 'processing', percent: null, progress: null });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div lang="ar" dir="rtl">
          <input-progress-row .clock=${testClock()} .item=${item}></input-progress-row>
        </div>
        <div lang="en">
          <input-progress-row .clock=${testClock()} .item=${item}></input-progress-row>
        </div>
      </div>`,
    );
    /** Where the indicator is at the start and at the end of one pass, in % of its width. */
    const offsets = [...wrapper.querySelectorAll('input-progress-row')].map((row) => {
      const [slide] = row.shadowRoot!.querySelector('[part="row-indicator"]')!.getAnimations();
      expect(slide, 'the indeterminate animation').to.exist;
      const keyframes = (slide!.effect as KeyframeEffect).getKeyframes();
      return [keyframes[0]!, keyframes.at(-1)!].map((frame) =>
        Number(/translateX\((-?[\d.]+)%\)/.exec(String(frame['transform']))?.[1]),
      );
    });
    const [arabic, english] = offsets as [number[], number[]];
    expect(english[0]! < english[1]!, 'English slides left to right').to.equal(true);
    expect(arabic[0]! > arabic[1]!, 'Arabic slides right to left').to.equal(true);
  });
});
