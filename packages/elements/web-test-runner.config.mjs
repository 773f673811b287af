import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { createSimulator } from '@input-progress/simulator';
import { simulatorMiddleware } from '@input-progress/simulator/web-test-runner';
import { createConfig } from '../../scripts/wtr-config.mjs';
import { registerMinifyTemplates, wtrMinifyTemplates } from './scripts/minify-templates.mjs';

// The main simulator: tests create their own jobs over its control API (/__simulator).
const simulator = createSimulator({ presets: false });

// A second one that requires a key, under its own path, for the "rejected key" error state
// and the "the key never reaches the DOM" test. Its jobs are made here: it has no control API.
export const AUTH_KEY = 'sk-test-elements-5f2c9a7e41d8';
const authSimulator = createSimulator({
  apiKeys: [AUTH_KEY],
  basePath: '/auth/v0.5',
  presets: false,
  control: false,
});
authSimulator.createJob({ id: 'job_auth', inputs: 3, clock: 'manual', failureRate: 0 });

// Server rendering for the hydration test, done here in Node as a real server would:
// GET /__ssr/list?job-id=…&base-url=…, GET /__ssr/job?job-id=…&base-url=… and
// GET /__ssr/row?item=<JSON of a feed item>. Its templates are minified like the browser's
// (and the published build's): hydration needs the same template text on both sides.
register();
registerMinifyTemplates();
const { renderJob, renderList, renderRow } = await import('./src/test-support/server-render.ts');
/** @type {import('@web/dev-server-core').Middleware} */
const serverRender = async (ctx, next) => {
  if (!ctx.path.startsWith('/__ssr/')) return next();
  const params = ctx.URL.searchParams;
  ctx.type = 'text/html';
  const [jobId, baseUrl] = [params.get('job-id') ?? '', params.get('base-url') ?? ''];
  ctx.body =
    ctx.path === '/__ssr/list'
      ? await renderList(jobId, baseUrl, true)
      : ctx.path === '/__ssr/job'
        ? await renderJob(jobId, baseUrl, true)
        : await renderRow(JSON.parse(params.get('item') ?? 'null'), true);
};

// The built package as a CDN serves it: GET /__cdn/<path> is dist/<path> as it is, past the
// test server's compilers, for the test of a built locale module beside the standalone bundle.
const dist = resolve(fileURLToPath(new URL('dist', import.meta.url)));
/** @type {import('@web/dev-server-core').Middleware} */
const cdn = async (ctx, next) => {
  if (!ctx.path.startsWith('/__cdn/')) return next();
  const file = resolve(join(dist, ctx.path.slice('/__cdn/'.length)));
  if (!file.startsWith(dist + sep) || !existsSync(file)) return void (ctx.status = 404);
  ctx.type = extname(file);
  ctx.body = readFileSync(file);
};

export default createConfig({
  packageName: 'elements',
  files: ['src/**/*.test.ts', '!src/**/*.node.test.ts'],
  middleware: [
    simulatorMiddleware(simulator),
    simulatorMiddleware(authSimulator),
    serverRender,
    cdn,
  ],
  // The tests run the elements with their templates minified, as users get them.
  plugins: [wtrMinifyTemplates()],
});
