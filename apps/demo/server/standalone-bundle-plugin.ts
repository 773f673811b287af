import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Connect, Plugin } from 'vite';

/** The URL `plain.html` loads the standalone bundle from. */
export const STANDALONE_URL = '/input-progress.standalone.js';

/** The no-build page, copied into the build as it is. */
const PLAIN_PAGE = 'plain.html';

/** The API path `plain.html` is written for: the simulator's default mount and the forwarder's prefix. */
const PLAIN_PAGE_BASE_URL = '/api';

/** The job `plain.html` is written for: the simulator's small preset. */
const PLAIN_PAGE_JOB_ID = 'job_demo_small';

/** Options of {@link standaloneBundlePlugin}. */
export interface StandaloneBundlePluginOptions {
  /**
   * Where this server serves the batch API (default `/api`, the simulator's mount and the
   * forwarder's prefix alike). Any other value is put into `plain.html`'s `base-url` when it
   * is served.
   */
  readonly baseUrl?: string;
  /**
   * The job `plain.html` shows when served (default `job_demo_small`, the simulator's preset);
   * real-API mode passes `DEMO_JOB_ID`. Only ids matching the forwarder's rule are used.
   */
  readonly jobId?: string;
}

/**
 * Serves `@input-progress/elements/standalone.js` (the single-file bundle with Lit and core
 * inside) byte for byte at {@link STANDALONE_URL}, so `plain.html` loads it with one plain
 * `<script type="module" src>`, exactly as a page without a build step would from a CDN.
 *
 * - dev server: a middleware answers that URL from the package file;
 * - `vite build`: the bundle (and its source map) and `plain.html` are copied into the output
 *   untouched, not re-bundled, so the static site proves the published file works on its own.
 *
 * `plain.html` names `/api` as its `base-url` (the simulator's mount and the forwarder's prefix)
 * and the small preset as its `job-id`. When the server's API lives elsewhere
 * (`options.baseUrl`) or shows another job (`options.jobId`, `DEMO_JOB_ID`), the dev and preview servers
 * serve the page with those instead; the file and its built copy stay unchanged.
 */
export function standaloneBundlePlugin(options: StandaloneBundlePluginOptions = {}): Plugin {
  let root = process.cwd();
  const bundlePath = (): string =>
    createRequire(join(root, 'package.json')).resolve('@input-progress/elements/standalone.js');

  const baseUrl = options.baseUrl ?? PLAIN_PAGE_BASE_URL;
  const jobId = options.jobId || PLAIN_PAGE_JOB_ID;
  const rewrites = baseUrl !== PLAIN_PAGE_BASE_URL || jobId !== PLAIN_PAGE_JOB_ID;
  /** Answers `/plain.html` with the server's `base-url` and job; only mounted when they differ. */
  const plainPage: Connect.NextHandleFunction = (req, res, next) => {
    if ((req.url ?? '').split('?', 1)[0] !== `/${PLAIN_PAGE}`) {
      next();
      return;
    }
    readFile(join(root, PLAIN_PAGE), 'utf8').then(
      (html) => {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('cache-control', 'no-cache');
        res.end(
          html
            .replace(`base-url="${PLAIN_PAGE_BASE_URL}"`, `base-url="${escapeAttribute(baseUrl)}"`)
            .replace(`job-id="${PLAIN_PAGE_JOB_ID}"`, `job-id="${escapeAttribute(jobId)}"`),
        );
      },
      (error: unknown) => next(error),
    );
  };

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
    configurePreviewServer(server) {
      if (rewrites) server.middlewares.use(plainPage);
    },
    configureServer(server) {
      if (rewrites) server.middlewares.use(plainPage);
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

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
