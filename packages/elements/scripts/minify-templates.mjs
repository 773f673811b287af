#!/usr/bin/env node
// Shrinks the static text of Lit's html`` and css`` templates in the emitted dist/**/*.js:
// esbuild minifies code but leaves template text alone, and indentation and CSS spacing
// were a third of the package's size. Only the literal parts between ${…} change; the
// expressions are untouched. HTML whitespace runs become one space (what the browser
// renders anyway: no <pre> or white-space-sensitive markup is used) and simple attribute
// values lose their quotes; CSS loses comments and the spaces around punctuation.
import ts from 'typescript';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist', import.meta.url));

// Quotes around simple attribute values (part="row", aria-busy="true") are optional in HTML.
// Whitespace between two tags goes too: every such place sits in a flex or grid container
// (rows, toolbars, pagination), where whitespace-only text is not rendered. Whitespace next
// to an expression stays: it may separate words ("Order: Oldest first").
const minifyHtml = (text) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/(\s[\w-]+=)"([\w-]+)"(?=[\s>])/g, '$1$2')
    .replace(/> </g, '><')
    .replace(/\s+>/g, '>');
const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    // 0.5em is .5em.
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    // [status='failed'] is [status=failed] when the value is an identifier.
    .replace(/\[([\w-]+)='([a-z][\w-]*)'\]/g, '[$1=$2]')
    .replace(/\s+!important/g, '!important')
    .replace(/;}/g, '}');

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.name.endsWith('.js') && !entry.name.includes('.standalone.')) yield path;
  }
}

let saved = 0;
for (const file of files(dist)) {
  const source = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['html', 'css'].includes(node.tag.text)) {
      const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        // The raw text sits between the backtick/`}` and the backtick/`${`.
        const start = part.getStart(sf) + 1;
        const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
        const raw = source.slice(start, end);
        const small = minify(raw);
        if (small !== raw) edits.push([start, end, small]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (!edits.length) continue;
  let out = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    saved += end - start - text.length;
    out = out.slice(0, start) + text + out.slice(end);
  }
  writeFileSync(file, out);
}
console.log(`minify-templates: ${saved} bytes of template whitespace removed`);
