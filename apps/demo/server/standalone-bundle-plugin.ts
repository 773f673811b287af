import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The URL `plain.html` loads the standalone bundle from. */
export const STANDALONE_URL = '/input-progress.standalone.js';

/** The no-build page, copied into the build as it is. */
const PLAIN_PAGE = 'plain.html';

/**
 * Serves `@input-progress/elements/standalone.js` (the single-file bundle with Lit and core
 * inside) byte for byte at {@link STANDALONE_URL}, so `plain.html` loads it with one plain
 * `<script type="module" src>`, exactly as a page without a build step would from a CDN.
 *
 * - dev server: a middleware answers that URL from the package file;
 * - `vite build`: the bundle (and its source map) and `plain.html` are copied into the output
 *   untouched, not re-bundled, so the static site proves the published file works on its own.
 *
 * `plain.html` names `/api` as its `base-url`: the simulator's default mount and the
 * forwarder's default prefix, so the page is served as it is in both modes.
 */
export function standaloneBundlePlugin(): Plugin {
  let root = process.cwd();
  const bundlePath = (): string =>
    createRequire(join(root, 'package.json')).resolve('@input-progress/elements/standalone.js');

  return {
    name: 'input-progress-demo:standalone-bundle',
    configResolved(config) {
      root = config.root;
    },
    // The dev server pre-transforms the scripts of an HTML page; resolving the URL to the file
    // keeps it from reporting a missing module. The middleware below still answers the request.
    resolveId(id) {
      if (id !== STANDALONE_URL) return null;
      try {
        return bundlePath();
      } catch {
        return null;
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?', 1)[0];
        if (path !== STANDALONE_URL && path !== `${STANDALONE_URL}.map`) {
          next();
          return;
        }
        let file: string;
        try {
          file = bundlePath();
        } catch {
          res.statusCode = 404;
          res.end('The standalone bundle is missing: run `pnpm build` in packages/elements.');
          return;
        }
        readFile(path.endsWith('.map') ? `${file}.map` : file).then(
          (body) => {
            res.setHeader(
              'content-type',
              path.endsWith('.map') ? 'application/json' : 'text/javascript; charset=utf-8',
            );
            res.setHeader('cache-control', 'no-cache');
            res.end(body);
          },
          () => {
            res.statusCode = 404;
            res.end('The standalone bundle is missing: run `pnpm build` in packages/elements.');
          },
        );
      });
    },
    async generateBundle() {
      let file: string;
      try {
        file = bundlePath();
      } catch {
        this.error(
          'Cannot find @input-progress/elements/standalone.js: run `pnpm build` in packages/elements.',
        );
      }
      this.emitFile({
        type: 'asset',
        fileName: STANDALONE_URL.slice(1),
        source: await readFile(file),
      });
      const map = await readFile(`${file}.map`).catch(() => null);
      if (map)
        this.emitFile({ type: 'asset', fileName: `${STANDALONE_URL.slice(1)}.map`, source: map });
      this.emitFile({
        type: 'asset',
        fileName: PLAIN_PAGE,
        source: await readFile(join(root, PLAIN_PAGE)),
      });
    },
  };
}
