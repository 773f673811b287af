import type { Plugin } from 'vite';

/** The URL `plain.html` loads the standalone bundle from. */
export const STANDALONE_URL = '/input-progress.standalone.js';

/**
 * Serves `@input-progress/elements/standalone.js` (the single-file bundle with Lit and core
 * inside) at {@link STANDALONE_URL}, so `plain.html` can load it with one plain
 * `<script type="module" src>`, exactly as a page without a build step would from a CDN.
 * Resolving the URL to the package file works in the dev server and in `vite build` alike.
 */
export function standaloneBundlePlugin(): Plugin {
  return {
    name: 'input-progress-demo:standalone-bundle',
    async resolveId(id, importer) {
      if (id !== STANDALONE_URL) return null;
      const resolved = await this.resolve('@input-progress/elements/standalone.js', importer, { skipSelf: true });
      if (resolved === null) {
        this.error('Cannot find @input-progress/elements/standalone.js: run `pnpm build` in packages/elements.');
      }
      return resolved;
    },
  };
}
