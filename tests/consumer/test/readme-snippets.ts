// The README's snippets as a reader copies them: the fenced block right after a
// `<!-- snippet: NAME … -->` marker, character for character.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './packages.js';

/** Every marked snippet of a Markdown file, by name. Throws when a marker has no block. */
export function markedSnippets(markdown: string): Map<string, string> {
  const snippets = new Map<string, string>();
  const marker = /<!-- snippet: ([\w-]+)[^>]*-->\s*\n```\w*\n([\s\S]*?)\n```/g;
  for (const [, name, code] of markdown.matchAll(marker)) snippets.set(name!, `${code}\n`);
  const markers = [...markdown.matchAll(/<!-- snippet: ([\w-]+)/g)].map(([, name]) => name!);
  const unmatched = markers.filter((name) => !snippets.has(name));
  if (unmatched.length) throw new Error(`snippet markers without a code block: ${unmatched}`);
  return snippets;
}

/** The root README's snippet `name`. */
export function readmeSnippet(name: string): string {
  const snippet = markedSnippets(readFileSync(join(root, 'README.md'), 'utf8')).get(name);
  if (!snippet) throw new Error(`README.md has no <!-- snippet: ${name} --> block`);
  return snippet;
}

/** The `@input-progress/*` packages a snippet imports or loads from node_modules. */
export function ourPackagesIn(code: string): string[] {
  const names = [...code.matchAll(/@input-progress\/([\w-]+)/g)].map(
    ([, name]) => `@input-progress/${name}`,
  );
  return [...new Set(names)];
}
