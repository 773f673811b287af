// The bench compares like with like only while the React and plain-DOM pages style rows and
// bars as the elements do. The build writes those rules from the elements' own (src/page-css.ts);
// this test reads what it writes, dist/list.css, and fails when a row or bar rule there differs
// from the elements' (Lit `css` in packages/elements/src/**/*.styles.ts and shared-styles.ts):
// above all the two techniques that make a long list cheap (bars filled by `transform` inside a
// `contain: strict` box; rows with `content-visibility: auto` and an intrinsic size). It also
// fails when the elements gain a containment or transition rule that the table does not
// account for, and when list-typical.css changes more than those techniques.
import assert from 'node:assert/strict';
import { declarationsOf, normaliseCss, parseCss } from './css-rules.js';
import {
  elementsRulesCss,
  elementsStyleModules,
  LIST,
  listCss,
  PAIRS,
  THEME,
  typicalCss,
} from './page-css.js';

/** Containment, compositing and transitions: what decides how much a change re-lays out. */
const TECHNIQUE =
  /^(content-visibility|contain(-intrinsic-.*)?|transform-origin|will-change|transition)$/;

/** The elements' technique rules that the pages have no counterpart for, and why. */
const NOT_ON_THE_PAGES: ReadonlyArray<readonly [file: string, selector: string, why: string]> = [
  [LIST, ":host([density='compact']) [part='item']", 'the pages show comfortable rows only'],
  ['input-progress-job.styles.ts', '.job-bar', 'the pages have no job header'],
  ['input-progress-job.styles.ts', '.job-segment', 'the pages have no job header'],
];

/** What list-typical.css changes, and to what: the techniques out, bars filled by width. */
const TYPICAL_CHANGES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '.ip-bar': { contain: 'none' },
  '.ip-indicator': { transition: 'width 0.3s' },
  '.ip-item': { 'content-visibility': 'visible', 'contain-intrinsic-block-size': 'none' },
};

describe('the bench pages style rows and bars as the elements do (dist/list.css)', () => {
  const elements = elementsStyleModules();

  it('the build finds every rule of its table in the elements (src/page-css.ts PAIRS)', () => {
    assert.doesNotThrow(() => elementsRulesCss(elements));
  });

  for (const pair of PAIRS) {
    const where = `${pair.context ? `${pair.context} ` : ''}${pair.selector}`;
    it(`${pair.page} declares what the elements' ${where} (${pair.file}) does`, () => {
      const theirs = declarationsOf(elements.get(pair.file) ?? [], pair.selector, pair.context);
      assert.ok(theirs.size > 0, `${pair.file} has no rule for ${where} any more`);
      const ours = declarationsOf(parseCss(listCss(elements)), pair.page, pair.context);
      assert.deepEqual(
        Object.fromEntries(ours),
        Object.fromEntries(theirs),
        `dist/list.css ${pair.page} differs from ${pair.file} ${where} (see pages/list.css)`,
      );
    });
  }

  it("the theme on .ip-list is the elements' :host one (shared-styles.ts), but its display", () => {
    const theirs = [...declarationsOf(elements.get(THEME.file) ?? [], THEME.selector)];
    assert.ok(
      theirs.some(([property]) => property.startsWith('--')),
      'no custom properties',
    );
    const ours = declarationsOf(parseCss(listCss(elements)), THEME.page);
    for (const [property, value] of theirs) {
      if (property === 'display') assert.equal(ours.get(property), 'grid');
      else assert.equal(ours.get(property), value, `.ip-list ${property}`);
    }
  });

  it('every containment or transition rule of the elements has its counterpart in the table', () => {
    const accounted = new Set([
      ...PAIRS.map((pair) => `${pair.file} ${pair.context ?? ''} ${normaliseCss(pair.selector)}`),
      ...NOT_ON_THE_PAGES.map(([file, selector]) => `${file}  ${normaliseCss(selector)}`),
    ]);
    const missing: string[] = [];
    for (const [file, rules] of elements) {
      for (const rule of rules) {
        if (!rule.declarations.some(([property]) => TECHNIQUE.test(property))) continue;
        for (const selector of rule.selectors) {
          if (rule.context.includes('forced-colors')) continue;
          if (!accounted.has(`${file} ${rule.context} ${selector}`)) {
            missing.push(`${file}: ${rule.context} ${selector}`);
          }
        }
      }
    }
    assert.deepEqual(missing, [], 'rules to add to the table in src/page-css.ts');
  });

  it('dist/list-typical.css is list.css with the two techniques out and bars filled by width', () => {
    const list = parseCss(listCss(elements));
    const typical = parseCss(typicalCss(elements));
    for (const { page, context } of PAIRS) {
      const expected = { ...Object.fromEntries(declarationsOf(list, page, context)) };
      Object.assign(expected, TYPICAL_CHANGES[page]);
      assert.deepEqual(
        Object.fromEntries(declarationsOf(typical, page, context)),
        expected,
        `list-typical.css ${context ?? ''} ${page}`,
      );
    }
  });
});
