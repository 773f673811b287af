import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { defaultStrings } from '../default-strings.js';
import { formattersFor } from '../formatters.js';
import { registeredTranslations, translationFor } from '../locale-registry.js';
import { translationFromMessages } from '../messages.js';
import { resolveStrings } from '../resolve-strings.js';
import type { InputProgressStrings, InputProgressTranslation } from '../strings.js';

/** Every locale module the package ships: each file of this folder but the tests. */
const shipped = readdirSync(fileURLToPath(new URL('.', import.meta.url)))
  .filter((file) => file.endsWith('.ts') && !file.includes('.test.'))
  .map((file) => file.replace(/\.ts$/, ''));

const load = async (tag: string): Promise<InputProgressTranslation> =>
  ((await import(`./${tag}.js`)) as { default: InputProgressTranslation }).default;

/** Arguments a string function is called with in the elements, by key: numbers where they count. */
function sampleArgs(key: keyof InputProgressStrings, lang: string): unknown[] {
  const f = formattersFor(lang);
  const numbers: Partial<Record<keyof InputProgressStrings, number[]>> = {
    itemsOf: [5, 10],
    rank: [3],
    failedRank: [7],
    jobSummary: [9, 1, 10],
    jobBarValue: [9, 1, 0, 0, 10],
    throughput: [2.5],
    ofPages: [12],
    pageInvalid: [12],
    backingOff: [4],
    settledMany: [3, 2, 1],
    settledSoFar: [5, 20],
    announceDone: [18, 2],
    announcePage: [2, 5],
    errorServer: [503],
    errorNotFound: [],
  };
  if (key === 'valueText') return ['5 / 10', 50, f];
  if (key === 'count') return ['Failed', 2, f];
  if (key === 'errorNoApi') return ['/api/v0.5', 404];
  if (key === 'barValue' || key === 'stale' || key === 'metadataEntry' || key === 'settledOne')
    return ['first piece', 'second piece'];
  if (key === 'errorServer') return [503];
  const counts = numbers[key];
  return counts && counts.length ? [...counts, f] : ['some text'];
}

describe('the shipped locales', () => {
  it('ship at least en, de, fr, es, ja, zh-Hans and ar', () => {
    expect(shipped).to.include.members(['en', 'de', 'fr', 'es', 'ja', 'zh-Hans', 'ar']);
  });

  for (const tag of shipped) {
    it(`${tag}: has every key English has, each of the same kind, and says something for each`, async () => {
      const translation = await load(tag);
      expect(translation.$code, 'its $code names its file').to.equal(tag);
      expect(translation.$dir).to.be.oneOf(['ltr', 'rtl']);
      expect(translation.$name).to.be.a('string').and.not.equal('');
      for (const key of Object.keys(defaultStrings) as (keyof InputProgressStrings)[]) {
        const value = translation[key] as unknown;
        expect(value, `${tag}.${key}`).to.not.equal(undefined);
        expect(typeof value, `${tag}.${key}`).to.equal(typeof defaultStrings[key]);
        const text =
          typeof value === 'function'
            ? (value as (...args: unknown[]) => unknown)(...sampleArgs(key, tag))
            : value;
        expect(text, `${tag}.${key}`).to.be.a('string').and.not.equal('');
        expect(text, `${tag}.${key}`).to.not.match(/undefined|NaN|\[object /);
      }
    });
  }

  it('register themselves when imported', async () => {
    for (const tag of shipped) await load(tag);
    expect(registeredTranslations().map((t) => t.$code)).to.include.members(shipped);
  });
});

/** A translation's ICU message file (every shipped one but English, which is functions). */
const messagesOf = (tag: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./${tag}.json`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

describe('the message files', () => {
  const files = readdirSync(fileURLToPath(new URL('.', import.meta.url)))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''));

  it('are one per shipped translation but English, the functions of default-strings.ts', () => {
    expect(files).to.have.members(shipped.filter((tag) => tag !== 'en'));
  });

  for (const tag of files) {
    it(`${tag}.json: $code, $name, $dir, then a message for each key of English in its order, nothing else, each compiling with its key's parameters only`, () => {
      const messages = messagesOf(tag);
      expect(Object.keys(messages)).to.deep.equal([
        '$code',
        '$name',
        '$dir',
        ...Object.keys(defaultStrings),
      ]);
      for (const [key, message] of Object.entries(messages))
        expect(message, `${tag}.${key}`).to.be.a('string').and.not.equal('');
      const strings = messages as Record<string, string>;
      // Each key alone, so that a failure names every key that does not compile.
      const failures = Object.keys(defaultStrings).flatMap((key) => {
        try {
          translationFromMessages({ $code: tag, $name: '', $dir: 'ltr', [key]: strings[key]! });
          return [];
        } catch (error) {
          return [(error as Error).message];
        }
      });
      expect(failures).to.deep.equal([]);
    });
  }

  it('refuses a message that names a parameter its key lacks, writes a number where no formatters come, or is not well formed', () => {
    const compile =
      (key: string, message: string, $dir = 'ltr') =>
      () =>
        translationFromMessages({ $code: 'xx', $name: 'X', $dir, [key]: message });
    // Another key's parameter, a parameter of a key without any, the formatters themselves.
    expect(compile('itemsOf', '{count, number} of {total, number}')).to.throw(
      SyntaxError,
      /xx, "itemsOf": "count" is not one of its parameters \(processed, total\)/,
    );
    expect(compile('retry', 'Retry {seconds}')).to.throw(SyntaxError, /"retry": "seconds"/);
    expect(compile('rank', '#{format}')).to.throw(SyntaxError, /"rank": "format" is not one/);
    // errorServer(status) receives no formatters: its status is text or a select.
    expect(compile('errorServer', 'HTTP {status, number}')).to.throw(SyntaxError, /formatters/);
    expect(compile('errorServer', 'HTTP {status}')).to.not.throw();
    expect(compile('itemsOf', '{total, plural, one {item}}')).to.throw(SyntaxError, /other/);
    expect(compile('itemsOf', '{total, plural, several {x} other {y}}')).to.throw(/several/);
    expect(compile('status', '{status, select, a {x} a {y} other {z}}')).to.throw(/second "a"/);
    expect(compile('itemsOf', '{total, number, currency}')).to.throw(/currency/);
    expect(compile('itemsOf', '{total, date}')).to.throw(/date/);
    expect(compile('itemsOf', '{total, number')).to.throw(/"}" expected/);
    expect(compile('itemsOf', '{total} }')).to.throw(/unmatched/);
    expect(compile('itemsOf', "'{total")).to.throw(/unclosed quote/);
    expect(compile('retry', 'Retry', 'down')).to.throw(SyntaxError, /\$dir/);
  });
});

describe('plural forms', () => {
  const en = formattersFor('en');

  it('chooses the English form by the number: "1 of 1 item", "1 input/min", "2 inputs/min"', () => {
    expect(defaultStrings.itemsOf(1, 1, en)).to.equal('1 of 1 item');
    expect(defaultStrings.itemsOf(5, 10, en)).to.equal('5 of 10 items');
    expect(defaultStrings.throughput(1, en)).to.equal('1 input/min');
    expect(defaultStrings.throughput(2, en)).to.equal('2 inputs/min');
    expect(defaultStrings.throughput(1.5, en)).to.equal('1.5 inputs/min');
    expect(defaultStrings.settledMany(1, 0, 1, en)).to.equal(
      '1 input finished: 0 completed, 1 failed.',
    );
  });

  it('uses each language’s own categories (Arabic has six)', async () => {
    const ar = await load('ar');
    const arabic = formattersFor('ar');
    const noun = (total: number) => ar.itemsOf(total, total, arabic).split(' ').at(-1);
    // 3–10 take the plural, 11–99 the accusative singular, 100 the singular.
    expect(noun(3)).to.equal('عناصر');
    expect(noun(11)).to.equal('عنصرًا');
    expect(noun(100)).to.equal('عنصر');
    const de = await load('de');
    expect(de.itemsOf(1, 1, formattersFor('de'))).to.equal('1 von 1 Element');
    expect(de.itemsOf(1_000, 2_000, formattersFor('de'))).to.equal('1.000 von 2.000 Elementen');
  });
});

describe('choosing a translation for a lang', () => {
  before(async () => {
    for (const tag of shipped) await load(tag);
  });

  it('takes the registered one that best matches, else none (English)', () => {
    const match = (lang: string) => translationFor(lang)?.$code ?? null;
    expect(match('de')).to.equal('de');
    expect(match('de-AT')).to.equal('de');
    expect(match('DE-ch')).to.equal('de');
    expect(match('zh-Hans-CN')).to.equal('zh-Hans');
    expect(match('zh-CN')).to.equal('zh-Hans');
    expect(match('zh')).to.equal('zh-Hans');
    // Traditional Chinese is not Simplified: English rather than the wrong script.
    expect(match('zh-TW')).to.equal(null);
    expect(match('ar-EG')).to.equal('ar');
    expect(match('pt-BR')).to.equal(null);
    expect(match('not a lang!')).to.equal(null);
  });

  it('puts overrides of any subset of keys over the translation, and English under it', () => {
    const strings = resolveStrings({ next: 'Vor' }, 'de-AT');
    expect(strings.next).to.equal('Vor');
    expect(strings.previous).to.equal('Zurück');
    expect(resolveStrings(null, 'pt').previous).to.equal('Previous');
    // A partial translation (say, of an older version) is filled in from English.
    const partial = resolveStrings({ previous: 'Anterior' }, 'pt');
    expect(partial.next).to.equal('Next');
    // The same overrides and language give the same object (rows of a list share it).
    const overrides = { next: 'Vor' };
    expect(resolveStrings(overrides, 'de')).to.equal(resolveStrings(overrides, 'de-AT'));
  });
});
