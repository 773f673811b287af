#!/usr/bin/env node
// Minifies the text of the elements' html``, svg`` and css`` templates (minify-literals: the
// HTML through html-minifier-terser, the CSS through clean-css), the one way for every build
// and test that runs them:
// - `node scripts/minify-templates.mjs dist`: the per-module build (tsc's .js in dist/, and
//   its source maps, which keep pointing at src/*.ts), i.e. what npm users import;
// - `esbuildMinifyTemplates()`: the standalone bundle (scripts/bundle.mjs);
// - `wtrMinifyTemplates()`: the browser tests (web-test-runner.config.mjs);
// - `registerMinifyTemplates()` (or `--import ./scripts/minify-templates-register.mjs`): Node,
//   after tsx, for the server rendering in the Node tests and in the hydration test's server.
// So the tests render the same template text users get.
//
// Why: a template's indentation between block elements becomes whitespace-only text nodes in
// every shadow root, to clone, walk and lay out (about 6 of them per row between elements in
// a 500-row list, see apps/bench `pnpm dom-count`). html-minifier-terser's collapseWhitespace
// (without conservativeCollapse) drops whitespace next to block-level tags, where it cannot
// render, and keeps one space between inline tags and text (`<span>a</span> <span>b</span>`,
// `${a} ${b}`: a binding is text to the minifier, so the space beside it stays unless a
// block-level tag is on its other side). Tags it does not know (custom elements, <slot>) count
// as block-level: the elements' own custom elements are blocks, and their slots stand alone.
import remapping from '@jridgewell/remapping';
import { minifyHTMLLiterals } from 'minify-literals';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { register } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageDir = resolve(fileURLToPath(new URL('..', import.meta.url)));
const sourceDir = join(packageDir, 'src');

/** html-minifier-terser's options, on top of minify-literals' defaults. */
const minifyOptions = {
  collapseWhitespace: true,
  conservativeCollapse: false,
  // aria-* and other attributes written empty on purpose stay.
  removeEmptyAttributes: false,
};

/**
 * Whether `path` is one of the modules the package ships (src/**\/*.ts, not tests or test
 * support): the files tsc compiles into dist/.
 */
export function isShippedSource(path) {
  const rel = relative(sourceDir, path);
  return (
    !rel.startsWith('..') &&
    rel.endsWith('.ts') &&
    !rel.endsWith('.test.ts') &&
    !rel.startsWith(`test-support${sep}`)
  );
}

const INLINE_MAP =
  /\n?\/\/# sourceMappingURL=data:application\/json;(?:charset=utf-8;)?base64,([A-Za-z0-9+/=]+)\s*$/;

/** `code` without its trailing inline source map comment, and that map, if it had one. */
function splitInlineMap(code) {
  const match = INLINE_MAP.exec(code);
  if (!match) return { code, map: undefined };
  return {
    code: code.slice(0, match.index),
    map: JSON.parse(Buffer.from(match[1], 'base64').toString('utf8')),
  };
}

const inlineMapComment = (map) =>
  `\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}\n`;

/**
 * Minifies the template text in `code` (TypeScript or JavaScript).
 * @param {string} code
 * @param {object} options
 * @param {string} options.fileName  the file's path, for messages and the source map
 * @param {object} [options.inputMap]  a source map of `code`: the result's map then points
 *   where it points (e.g. tsc's map, from dist/x.js to src/x.ts)
 * @returns {Promise<{ code: string, map: object } | null>} null when nothing changed
 */
export async function minifyTemplates(code, { fileName, inputMap }) {
  const result = await minifyHTMLLiterals(code, {
    fileName,
    minifyOptions,
    generateSourceMap: (ms) =>
      ms.generateMap({ source: fileName, hires: true, includeContent: true }),
  });
  if (!result) return null;
  const map = inputMap
    ? JSON.parse(remapping([result.map, inputMap], () => null).toString())
    : JSON.parse(result.map.toString());
  return { code: result.code, map };
}

/** Minifies `source`, returning it with an inline source map that points at `path`. */
async function minifyWithInlineMap(source, path) {
  const { code, map: inputMap } = splitInlineMap(source);
  const result = await minifyTemplates(code, { fileName: path, inputMap });
  if (!result) return source;
  return `${result.code.trimEnd()}${inlineMapComment(result.map)}`;
}

/** An esbuild plugin: the shipped sources are minified as they load; their maps chain. */
export function esbuildMinifyTemplates() {
  return {
    name: 'minify-templates',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        if (!isShippedSource(path)) return undefined;
        const source = await readFile(path, 'utf8');
        return { contents: await minifyWithInlineMap(source, path), loader: 'ts' };
      });
    },
  };
}

/**
 * A @web/test-runner (dev server) plugin that minifies the shipped sources before
 * @web/dev-server-esbuild compiles them (list it first: plugins transform in order; esbuild
 * chains the inline map, so stack traces still point at src/*.ts).
 * @param {string} rootDir  the dev server's root directory (the package's, by default)
 */
export function wtrMinifyTemplates(rootDir = process.cwd()) {
  return {
    name: 'minify-templates',
    async transform(context) {
      const path = resolve(rootDir, `.${decodeURIComponent(context.path)}`);
      if (!isShippedSource(path) || typeof context.body !== 'string') return undefined;
      return { body: await minifyWithInlineMap(context.body, path) };
    },
  };
}

/**
 * Node module hook (see `registerMinifyTemplates`): minifies the shipped sources after the
 * loader before it (tsx) compiled them, chaining that loader's inline source map.
 */
export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (!url.startsWith('file:') || result.source == null) return result;
  const path = fileURLToPath(url);
  if (!isShippedSource(path)) return result;
  const source =
    typeof result.source === 'string' ? result.source : new TextDecoder().decode(result.source);
  return { ...result, source: await minifyWithInlineMap(source, path) };
}

/** Makes Node minify the shipped sources it loads from now on; register tsx first. */
export function registerMinifyTemplates() {
  register(import.meta.url);
}

/**
 * Minifies the templates of tsc's output in `dist` in place (the modules compiled from the
 * shipped sources; other files, such as the standalone bundle, are left alone), and rewrites
 * each one's source map (`x.js.map` beside it) to map the minified file to the same source.
 * @param {string} dist  tsc's outDir for src/
 * @returns {Promise<number>} how many modules changed
 */
export async function minifyDist(dist) {
  let changed = 0;
  const entries = await readdir(dist, { withFileTypes: true, recursive: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = join(entry.parentPath ?? entry.path, entry.name);
    const source = join(sourceDir, relative(dist, file)).replace(/\.js$/, '.ts');
    if (!isShippedSource(source) || !existsSync(source)) continue;
    const code = await readFile(file, 'utf8');
    const mapFile = `${file}.map`;
    const inputMap = existsSync(mapFile) ? JSON.parse(await readFile(mapFile, 'utf8')) : undefined;
    const result = await minifyTemplates(code, { fileName: file, inputMap });
    if (!result) continue;
    await writeFile(file, result.code);
    if (inputMap) {
      // tsc's map with the composed mappings: same file, sources and (no) sourcesContent.
      const { version, file: name, sourceRoot, sources } = inputMap;
      const { names, mappings } = result.map;
      await writeFile(
        mapFile,
        JSON.stringify({ version, file: name, sourceRoot, sources, names, mappings }),
      );
    }
    changed++;
  }
  return changed;
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  const dir = resolve(process.argv[2] ?? join(packageDir, 'dist'));
  const changed = await minifyDist(dir);
  console.log(`minify-templates: ${changed} modules in ${relative(process.cwd(), dir) || '.'}`);
}
