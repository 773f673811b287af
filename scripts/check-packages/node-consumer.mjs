// A Node project outside the workspace with only ES2022 and @types/node (no DOM library,
// skipLibCheck false) typechecks against the packed core. tests/consumer typechecks every entry
// with the DOM library; this one proves core's types do not need it.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec, root } from './common.mjs';

const CONSUMER_TSCONFIG = (lib, extra = {}) => ({
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib,
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    ...extra,
  },
  include: ['index.ts'],
});

/** Links a package of the workspace's own node_modules into a consumer (offline "install"). */
function linkFromWorkspace(project, name, from = root) {
  const target = join(from, 'node_modules', name);
  mkdirSync(join(project, 'node_modules', name, '..'), { recursive: true });
  symlinkSync(target, join(project, 'node_modules', name), 'dir');
}

/** A Node project with only ES2022 and @types/node (no DOM) typechecks against packed core. */
export function checkNodeConsumer(tmp, tarballs) {
  const core = tarballs.get('@input-progress/core');
  if (!core) return ['no @input-progress/core tarball'];
  const project = join(tmp, 'consumer-node');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer-node', private: true, type: 'module' }),
  );
  // npm installs the tarball the way a user's `npm install` would; core has no dependencies,
  // so this needs no registry. TypeScript and @types/node are the workspace's own.
  const install = exec(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', core],
    project,
  );
  if (!install.ok) return [`npm install of the core tarball failed: ${install.output.trim()}`];
  linkFromWorkspace(project, '@types/node');
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify(CONSUMER_TSCONFIG(['ES2022'], { types: ['node'] }), null, 2),
  );
  writeFileSync(
    join(project, 'index.ts'),
    `import { ApiError, createClient, createFeed, type FeedSnapshot, type FetchLike } from '@input-progress/core';

const send: FetchLike = fetch;
const client = createClient({ baseUrl: 'http://127.0.0.1:8787/api', headers: { 'x-team': 'a' }, fetch: send });
const feed = createFeed({ client, jobId: 'job_demo_small' });
const snapshot: FeedSnapshot = feed.getSnapshot();
const page = await client.listInputsProgress('job_demo_small', { statuses: ['failed'], limit: 5 }, { signal: new AbortController().signal });
console.log(snapshot.status, page.total, ApiError.name);
feed.destroy();
`,
  );
  const tsc = exec(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project],
    project,
  );
  return tsc.ok ? [] : tsc.output.trim().split('\n');
}
