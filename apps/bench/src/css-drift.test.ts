// The bench compares like with like only while the React and plain-DOM pages style rows and
// bars as the elements do. This test reads the elements' rules (Lit `css` in
// packages/elements/src/**/*.styles.ts and shared-styles.ts) and the pages' list.css, and
// fails when a row or bar rule differs: above all the two techniques that make a long list
// cheap (bars filled by `transform` inside a `contain: strict` box; rows with
// `content-visibility: auto` and an intrinsic size), and also when the elements gain a
// containment or transition rule that the table below does not account for.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cssOfModule, declarationsOf, normaliseCss, parseCss, type CssRule } from './css-rules.js';

const elementsSrc = fileURLToPath(new URL('../../../packages/elements/src/', import.meta.url));
const pageCss = fileURLToPath(new URL('../pages/list.css', import.meta.url));

/** The elements' style modules by file name (test files aside). */
function elementsStyleModules(): Map<string, CssRule[]> {
  const modules = new Map<string, CssRule[]>();
  const files = readdirSync(elementsSrc, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /(\.styles|^shared-styles)\.ts$/.test(basename(file)) && !file.includes('.test.'),
  );
  for (const file of files) {
    modules.set(
      basename(file),
      parseCss(cssOfModule(readFileSync(join(elementsSrc, file), 'utf8'))),
    );
  }
  return modules;
}

const SHARED = 'shared-styles.ts';
const ROW = 'input-progress-row.styles.ts';
const LIST = 'input-progress-list.styles.ts';

/** A rule of the elements and the page's rule that must declare exactly the same. */
interface Pair {
  readonly file: string;
  readonly selector: string;
  readonly page: string;
  /** The at-rule both sit in (`@keyframes slide`, `@media (…)`), if any. */
  readonly context?: string;
}

const PAIRS: readonly Pair[] = [
  // The two techniques.
  { file: SHARED, selector: '.bar', page: '.ip-bar' },
  { file: SHARED, selector: '.indicator', page: '.ip-indicator' },
  { file: SHARED, selector: '.bar:dir(rtl) .indicator', page: '.ip-bar:dir(rtl) .ip-indicator' },
  { file: LIST, selector: "[part='item']", page: '.ip-item' },
  {
    file: ROW,
    selector: '.input-row .indeterminate .indicator',
    page: '.ip-row .ip-indeterminate .ip-indicator',
  },
  { file: ROW, selector: 'from', page: 'from', context: '@keyframes row-slide' },
  { file: ROW, selector: 'to', page: 'to', context: '@keyframes row-slide' },
  ...['*', '*::before', '*::after'].map((selector) => ({
    file: SHARED,
    selector,
    page: `.ip-list ${selector}`,
    context: '@media (prefers-reduced-motion: reduce)',
  })),
  {
    file: ROW,
    selector: '.indeterminate .indicator:dir(rtl)',
    page: '.ip-indeterminate .ip-indicator:dir(rtl)',
  },
  { file: ROW, selector: 'from', page: 'from', context: '@keyframes slide-rtl' },
  { file: ROW, selector: 'to', page: 'to', context: '@keyframes slide-rtl' },
  // The boxes a row lays out.
  { file: LIST, selector: 'li', page: '.ip-list li' },
  { file: ROW, selector: '.input-row', page: '.ip-row' },
  {
    file: ROW,
    selector: ".input-row[data-status='pending']",
    page: ".ip-row[data-status='pending']",
  },
  {
    file: ROW,
    selector: ".input-row[data-status='completed']",
    page: ".ip-row[data-status='completed']",
  },
  {
    file: ROW,
    selector: ".input-row[data-status='failed']",
    page: ".ip-row[data-status='failed']",
  },
  { file: ROW, selector: "[part~='row-header']", page: '.ip-header' },
  { file: ROW, selector: '.input-row .line', page: '.ip-row .ip-line' },
  { file: ROW, selector: "[part~='row-badge']", page: '.ip-badge' },
  { file: ROW, selector: "[part~='row-kind']", page: '.ip-kind' },
  { file: ROW, selector: "[part~='row-name']", page: '.ip-name' },
  { file: ROW, selector: "[part~='row-link']", page: '.ip-name a' },
  { file: ROW, selector: '.input-row a', page: '.ip-row a' },
  { file: ROW, selector: '.input-row [hidden]', page: '.ip-row [hidden]' },
  { file: SHARED, selector: '.clip', page: '.ip-clip' },
  { file: SHARED, selector: '.muted', page: '.ip-muted' },
  { file: SHARED, selector: '.error', page: '.ip-error' },
  { file: SHARED, selector: 'p', page: '.ip-list p' },
];

/** Containment, compositing and transitions: what decides how much a change re-lays out. */
const TECHNIQUE =
  /^(content-visibility|contain(-intrinsic-.*)?|transform-origin|will-change|transition)$/;

/** The elements' technique rules that the pages have no counterpart for, and why. */
const NOT_ON_THE_PAGES: ReadonlyArray<readonly [file: string, selector: string, why: string]> = [
  [LIST, ":host([density='compact']) [part='item']", 'the pages show comfortable rows only'],
  ['input-progress-job.styles.ts', "[part='bar']", 'the pages have no job header'],
  ['input-progress-job.styles.ts', "[part='segment']", 'the pages have no job header'],
];

describe('the bench pages style rows and bars as the elements do (pages/list.css)', () => {
  const elements = elementsStyleModules();
  const page = parseCss(readFileSync(pageCss, 'utf8'));

  for (const pair of PAIRS) {
    const where = `${pair.context ? `${pair.context} ` : ''}${pair.selector}`;
    it(`${pair.page} declares what the elements' ${where} (${pair.file}) does`, () => {
      const rules = elements.get(pair.file);
      assert.ok(rules, `packages/elements/src has no ${pair.file} any more: update this table`);
      const theirs = declarationsOf(rules, pair.selector, pair.context);
      assert.ok(
        theirs.size > 0,
        `${pair.file} has no rule for ${where} any more: update this table and pages/list.css`,
      );
      const ours = declarationsOf(page, pair.page, pair.context);
      assert.deepEqual(
        Object.fromEntries(ours),
        Object.fromEntries(theirs),
        `pages/list.css ${pair.page} differs from ${pair.file} ${where}`,
      );
    });
  }

  it("the theme's custom properties on .ip-list are the elements' :host ones (shared-styles.ts)", () => {
    const custom = (declarations: Map<string, string>) =>
      Object.fromEntries([...declarations].filter(([property]) => property.startsWith('--')));
    const theirs = custom(declarationsOf(elements.get(SHARED) ?? [], ':host'));
    assert.ok(Object.keys(theirs).length > 0, `${SHARED} has no :host custom properties any more`);
    assert.deepEqual(custom(declarationsOf(page, '.ip-list')), theirs);
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
    assert.deepEqual(missing, [], 'rules to add to pages/list.css and to this table');
  });
});
