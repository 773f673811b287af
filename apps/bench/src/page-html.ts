// The bench's HTML pages, written by the bench build (scripts/build-pages.ts) into dist/: one
// template for every variant (src/variants.ts says what each loads) and for the blank page
// the CDP runner starts from. Each page has an empty #app for its script (src/pages/harness.ts).
import type { VariantPage } from './variants.js';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A page titled "bench · `title`" loading what `page` says (nothing, for the blank page). */
export function pageHtml(title: string, page: VariantPage = { scripts: [] }): string {
  const head = [
    '<meta charset="utf-8" />',
    '<link rel="icon" href="data:," />',
    `<title>bench · ${escapeHtml(title.replace(/`/g, ''))}</title>`,
    ...(page.stylesheet ? [`<link rel="stylesheet" href="${page.stylesheet}" />`] : []),
    ...page.scripts.map((src) => `<script type="module" src="${src}"></script>`),
  ];
  const body = page.scripts.length ? '\n    <div id="app"></div>\n  ' : '';
  return (
    '<!doctype html>\n' +
    `<html lang="en"${page.barsByWidth ? ' data-bars="width"' : ''}>\n` +
    `  <head>\n${head.map((line) => `    ${line}\n`).join('')}  </head>\n` +
    `  <body>${body}</body>\n</html>\n`
  );
}
