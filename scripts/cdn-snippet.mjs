#!/usr/bin/env node
// The CDN snippet in the docs: `<script type="module" src="…/@input-progress/elements@VERSION/
// dist/input-progress.standalone.js" integrity="sha384-…" crossorigin="anonymous">`, pinned to
// the exact version with the Subresource Integrity hash of that version's standalone bundle.
//
//   node scripts/cdn-snippet.mjs          rewrites every such tag in the tracked .md/.mdx files
//                                         for packages/elements' version and built bundle (run
//                                         by `pnpm version-packages`, after the build)
//   node scripts/cdn-snippet.mjs --check  exits 1 unless every tag already says exactly that
//                                         (run by `pnpm release` before publishing)
//   --root DIR                            another copy of the workspace (check-packages runs
//                                         the version step in a throwaway one)
//
// scripts/check-packages/cdn-snippet.mjs checks the same on every `pnpm test`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE_PATH = 'dist/input-progress.standalone.js';
const CDN = 'https://cdn.jsdelivr.net/npm/@input-progress/elements';

/** Every `<script>` tag that loads the elements from the CDN, whatever it pins. */
const CDN_TAG =
  /<script\b[^>]*?cdn\.jsdelivr\.net\/npm\/@input-progress\/elements(?:@[^/"]*)?\/[^>]*><\/script>/g;

/** The `integrity` value of a file: `sha384-` and its SHA-384 digest in base64. */
export const integrityOf = (bytes) =>
  `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The tag every doc shows, as Prettier lays it out in a fenced html block. */
export const cdnTag = (version, integrity) => `<script
  type="module"
  src="${CDN}@${version}/${BUNDLE_PATH}"
  integrity="${integrity}"
  crossorigin="anonymous"
></script>`;

/** Folders that hold no docs of ours, or only generated or installed ones. */
const SKIPPED = new Set([
  'node_modules',
  'dist',
  'storybook-static',
  '.git',
  '.changeset',
  '.turbo',
]);

/** The Markdown and MDX files that hold a CDN tag (changelogs aside: they are history). */
export function docsWithCdnTags(dir = root) {
  const walk = (folder) =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : walk(path);
      return /\.mdx?$/.test(entry.name) && entry.name !== 'CHANGELOG.md' ? [path] : [];
    });
  return walk(dir)
    .filter((path) => readFileSync(path, 'utf8').match(CDN_TAG))
    .map((path) => relative(dir, path).split('\\').join('/'))
    .sort();
}

/** The CDN tags of a file, each with the version it pins and its `integrity` (or undefined). */
export function cdnTagsIn(file, dir = root) {
  return (readFileSync(join(dir, file), 'utf8').match(CDN_TAG) ?? []).map((tag) => ({
    tag,
    version: /elements@([^/"]*)\//.exec(tag)?.[1],
    integrity: /integrity="([^"]*)"/.exec(tag)?.[1],
  }));
}

/** What is wrong with the CDN tags of `files` for this version and integrity (empty: nothing). */
export function cdnTagProblems(files, version, integrity, dir = root) {
  const expected = cdnTag(version, integrity);
  return files.flatMap((file) =>
    cdnTagsIn(file, dir)
      .filter(({ tag }) => tag !== expected)
      .map(
        (found) =>
          `${file}: the CDN tag pins ${found.version ?? 'no version'} with ${found.integrity ?? 'no integrity'}; expected ${version} with ${integrity}`,
      ),
  );
}

/** The elements' version and the integrity of their built bundle. */
export function builtElements(dir = root) {
  const elements = join(dir, 'packages/elements');
  const { version } = JSON.parse(readFileSync(join(elements, 'package.json'), 'utf8'));
  let bundle;
  try {
    bundle = readFileSync(join(elements, BUNDLE_PATH));
  } catch {
    throw new Error(`packages/elements/${BUNDLE_PATH} is missing: build the elements first`);
  }
  return { version, integrity: integrityOf(bundle) };
}

/** The command line; returns the exit code. */
export function main(args) {
  const at = args.indexOf('--root');
  const dir = at >= 0 ? args[at + 1] : root;
  const { version, integrity } = builtElements(dir);
  const files = docsWithCdnTags(dir);
  if (files.length === 0) {
    console.error('cdn-snippet: no document holds a CDN tag of @input-progress/elements');
    return 1;
  }
  if (args.includes('--check')) {
    const problems = cdnTagProblems(files, version, integrity, dir);
    for (const problem of problems) console.error(`✗ ${problem}`);
    if (problems.length) return 1;
    console.log(`cdn-snippet: ${files.length} files pin ${version} with ${integrity}`);
    return 0;
  }
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    writeFileSync(join(dir, file), text.replace(CDN_TAG, cdnTag(version, integrity)));
  }
  console.log(`cdn-snippet: ${files.join(', ')} now pin ${version} with ${integrity}`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2));
