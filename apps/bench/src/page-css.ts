// The React and plain-DOM pages' stylesheets, made by the bench build (scripts/build-pages.ts)
// into dist/. The rows, the bars and the theme are the elements' own rules, read from their
// Lit `css` (packages/elements/src/**/*.styles.ts and shared-styles.ts) and written under the
// pages' class selectors by the table below, so the pages cannot style a row differently from
// the elements: one source. pages/list.css adds what only the pages have (the list's header,
// chips and pagination as the pages lay them out); pages/list-typical.css turns the result
// into the page "as typically written". src/css-drift.test.ts checks the result.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cssOfModule, declarationsOf, parseCss, type CssRule } from './css-rules.js';

const elementsSrc = fileURLToPath(new URL('../../../packages/elements/src/', import.meta.url));
const pagesDir = fileURLToPath(new URL('../pages/', import.meta.url));

export const SHARED = 'shared-styles.ts';
export const ROW = 'input-progress-row.styles.ts';
export const LIST = 'input-progress-list.styles.ts';

/** The elements' style modules by file name (test files aside). */
export function elementsStyleModules(): Map<string, CssRule[]> {
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

/** A rule of the elements, written on the pages under another selector. */
export interface Pair {
  readonly file: string;
  readonly selector: string;
  readonly page: string;
  /** The at-rule both sit in (`@keyframes slide`, `@media (…)`), if any. */
  readonly context?: string;
}

/** The theme: the elements' `:host` declarations on the list, but its `display` (a grid). */
export const THEME = { file: SHARED, selector: ':host', page: '.ip-list', except: ['display'] };

export const PAIRS: readonly Pair[] = [
  // The two techniques that make a long list cheap: bars filled by `transform` inside a
  // `contain: strict` box, and rows with `content-visibility: auto` and an intrinsic size.
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
  ...['pending', 'completed', 'failed'].map((status) => ({
    file: ROW,
    selector: `.input-row[data-status='${status}']`,
    page: `.ip-row[data-status='${status}']`,
  })),
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
  // The list's controls.
  { file: LIST, selector: 'button', page: '.ip-list button' },
  { file: LIST, selector: "[part='chip']", page: '.ip-list .ip-chip' },
  { file: LIST, selector: "[aria-pressed='true']", page: ".ip-list [aria-pressed='true']" },
];

const block = (selector: string, declarations: Iterable<readonly [string, string]>) =>
  `${selector} {\n${[...declarations].map(([property, value]) => `  ${property}: ${value};\n`).join('')}}\n`;

/**
 * The elements' rules under the pages' selectors: the theme, then every pair in table order,
 * pairs of one at-rule inside one block of it. Throws when the elements no longer have a rule
 * of the table (the build stops rather than ship a page without it).
 */
export function elementsRulesCss(modules = elementsStyleModules()): string {
  const rulesOf = (file: string) => {
    const rules = modules.get(file);
    if (!rules) throw new Error(`packages/elements/src has no ${file} any more: update PAIRS`);
    return rules;
  };
  const theme = [...declarationsOf(rulesOf(THEME.file), THEME.selector)].filter(
    ([property]) => !THEME.except.includes(property),
  );
  let css = block(THEME.page, theme);
  for (let index = 0; index < PAIRS.length;) {
    const context = PAIRS[index]!.context ?? '';
    const inContext: string[] = [];
    for (; index < PAIRS.length && (PAIRS[index]!.context ?? '') === context; index++) {
      const pair = PAIRS[index]!;
      const declarations = declarationsOf(rulesOf(pair.file), pair.selector, context);
      if (declarations.size === 0) {
        throw new Error(`${pair.file} has no rule for ${context} ${pair.selector}: update PAIRS`);
      }
      inContext.push(block(pair.page, declarations));
    }
    css += context
      ? `${context} {\n${inContext.join('').replace(/^(?=.)/gm, '  ')}}\n`
      : inContext.join('');
  }
  return css;
}

const pageFile = (name: string) => readFileSync(join(pagesDir, name), 'utf8');

/** dist/list.css: the elements' rules, then the pages' own (pages/list.css). */
export function listCss(modules = elementsStyleModules()): string {
  return (
    '/* Made by scripts/build-pages.ts from the elements’ styles (src/page-css.ts) and ' +
    'pages/list.css. */\n' +
    `${elementsRulesCss(modules)}\n${pageFile('list.css')}`
  );
}

/** dist/list-typical.css: list.css with pages/list-typical.css's changes after it. */
export function typicalCss(modules = elementsStyleModules()): string {
  return `${listCss(modules)}\n${pageFile('list-typical.css')}`;
}
