#!/usr/bin/env node
// `pnpm check:packages`: what `npm publish` would put in front of users, checked on the real
// tarballs. Every public package under packages/ (found from its package.json, so new ones are
// picked up) is packed with `pnpm pack` and unpacked, then checked: publint --strict and Are
// The Types Wrong (ESM-only profile) with zero problems; every exports/main/types/
// customElements/web-types/bin/sideEffects path is in the tarball; no test, test-support,
// fixture or bench file is; LICENSE, README.md and CHANGELOG.md (when there is one) ship; the
// metadata a registry page needs is there; every source map is self-contained (no absolute or
// node_modules paths, each source shipped or embedded, no map longer than its file). Then a
// Node project outside the workspace ("lib": ["ES2022"], @types/node, skipLibCheck: false)
// typechecks against the packed core, a browser project against the packed elements, and
// `changeset version` runs in a throwaway copy of the workspace (nothing published, nothing in
// the repository changes). Prints a summary per package; exits non-zero when a check failed.
// Needs the packages built (`pnpm check:packages` builds them first). Works offline.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { resultsDir } from './results.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Runs a command; returns its status and output (never throws on a non-zero exit). */
function exec(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { ok: result.status === 0, stdout: result.stdout, output: result.stdout + result.stderr };
}

/** Every file under `dir`, as package-relative POSIX paths. */
function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

/** `./dist/x.js` → `dist/x.js`. */
const normal = (path) => posix.normalize(path).replace(/^\.\//, '');

/** A pattern with `*` (exports subpath patterns, sideEffects globs) as a regular expression. */
const globRegExp = (pattern) =>
  new RegExp(
    `^${normal(pattern)
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

// ---------------------------------------------------------------------------------------------
// Checks of one unpacked package. Each returns a list of problems (empty: passed).

const REPOSITORY_URL = /^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/;

function checkMetadata({ manifest, source, dir }) {
  const problems = [];
  for (const field of ['description', 'license', 'author', 'homepage', 'type']) {
    if (!manifest[field]) problems.push(`no "${field}"`);
  }
  if (manifest.license !== 'MIT') problems.push(`"license" is ${manifest.license}, not MIT`);
  if (!manifest.keywords?.length) problems.push('no "keywords"');
  if (!manifest.bugs?.url) problems.push('no "bugs.url"');
  if (!manifest.engines?.node) problems.push('no "engines.node"');
  const repository = manifest.repository ?? {};
  if (!REPOSITORY_URL.test(repository.url ?? ''))
    problems.push(`"repository.url" should be git+https://github.com/owner/name.git`);
  if (repository.directory !== dir)
    problems.push(`"repository.directory" should be "${dir}", is "${repository.directory}"`);
  // Published ranges of the workspace's own packages: `workspace:^` becomes ^x.y.z, so an app
  // with another patch of core still gets one copy (and `instanceof ApiError` keeps working).
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [name, range] of Object.entries(source[field] ?? {})) {
      if (range.startsWith('workspace:') && range !== 'workspace:^')
        problems.push(`${field}.${name} is "${range}", should be "workspace:^"`);
      if (range.startsWith('workspace:') && !/^\^\d/.test(manifest[field][name]))
        problems.push(`${field}.${name} is published as "${manifest[field][name]}"`);
    }
  }
  return problems;
}

function checkShippedDocs({ files, sourceDir, source }) {
  const problems = [];
  const license = files.has('LICENSE') ? readFileSync(join(sourceDir, 'LICENSE'), 'utf8') : '';
  if (!license) problems.push('no LICENSE in the tarball');
  else if (!/^MIT License/.test(license) || !/Copyright \(c\) \d{4} /.test(license))
    problems.push('LICENSE is not the MIT text with a copyright line');
  if (!files.has('README.md')) problems.push('no README.md in the tarball');
  if (!source.files?.includes('CHANGELOG.md'))
    problems.push('"files" does not list CHANGELOG.md (the first changelog would not ship)');
  if (existsSync(join(sourceDir, 'CHANGELOG.md')) && !files.has('CHANGELOG.md'))
    problems.push('CHANGELOG.md exists but is not in the tarball');
  return problems;
}

/** Every path the manifest points at, with where it was found. */
function manifestPaths(manifest) {
  const paths = [];
  const add = (where, value) => {
    if (typeof value === 'string') paths.push([where, value]);
    else if (Array.isArray(value)) value.forEach((v, i) => add(`${where}[${i}]`, v));
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) add(`${where}.${key}`, v);
  };
  for (const field of [
    'main',
    'module',
    'types',
    'typings',
    'browser',
    'customElements',
    'web-types',
    'bin',
  ])
    add(field, manifest[field]);
  add('exports', manifest.exports);
  if (Array.isArray(manifest.sideEffects)) add('sideEffects', manifest.sideEffects);
  return paths;
}

function checkPaths({ manifest, files }) {
  const problems = [];
  for (const [where, path] of manifestPaths(manifest)) {
    if (path === null) continue;
    const found = path.includes('*')
      ? [...files].some((file) => globRegExp(path).test(file))
      : files.has(normal(path));
    if (!found) problems.push(`${where}: ${path} is not in the tarball`);
  }
  // Every JavaScript entry point has its types next to it.
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const js = typeof target === 'string' ? target : (target?.default ?? target?.import);
    if (
      typeof js === 'string' &&
      /\.m?js$/.test(js) &&
      (typeof target === 'string' || !target.types)
    )
      problems.push(`exports["${subpath}"] has no "types"`);
  }
  return problems;
}

/** Files that are for the repository's tests and benchmarks only. */
const DEV_ONLY =
  /(^|\/)(test|tests|__tests__|test-support|fixtures?|__fixtures__|bench)\/|\.(test|spec|bench)\.[cm]?[jt]sx?(\.map)?$|\.(test|spec|bench)\.d\.[cm]?ts(\.map)?$|(^|\/)(web-test-runner|vitest|jest|playwright)\.config\.|(^|\/)tsconfig[^/]*\.json$|(^|\/)\.mocharc/;

function checkContents({ files }) {
  return [...files].filter((file) => DEV_ONLY.test(file)).map((file) => `${file} is packed`);
}

function checkSourceMaps({ files, sourceDir }) {
  const problems = [];
  const read = (file) => readFileSync(join(sourceDir, file), 'utf8');
  for (const file of files) {
    if (/\.(m?js|d\.m?ts)$/.test(file)) {
      const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(read(file))?.[1];
      if (url && !url.startsWith('data:') && !files.has(posix.join(posix.dirname(file), url)))
        problems.push(`${file}: its source map ${url} is not in the tarball`);
    }
    if (!file.endsWith('.map')) continue;
    const map = JSON.parse(read(file));
    const sourceRoot = map.sourceRoot ?? '';
    if (/^(\/|[A-Za-z]:|[a-z]+:)/.test(sourceRoot)) problems.push(`${file}: absolute sourceRoot`);
    map.sources.forEach((source, i) => {
      if (/^(\/|[A-Za-z]:|[a-z]+:)/.test(source))
        problems.push(`${file}: absolute source ${source}`);
      else if (/(^|\/)(node_modules|\.pnpm)\//.test(source))
        problems.push(`${file}: source ${source} names node_modules`);
      const resolved = posix.normalize(posix.join(posix.dirname(file), sourceRoot, source));
      const embedded = typeof map.sourcesContent?.[i] === 'string';
      if (resolved.startsWith('../'))
        problems.push(`${file}: source ${source} is outside the package`);
      else if (!embedded && !files.has(resolved))
        problems.push(`${file}: source ${source} is neither shipped nor in sourcesContent`);
    });
    // A map that covers more lines than its file was made for another version of the file.
    const generated = file.slice(0, -'.map'.length);
    if (files.has(generated)) {
      const lines = read(generated).split('\n').length;
      const mapped = map.mappings.split(';').length;
      if (mapped > lines) problems.push(`${file}: maps ${mapped} lines, ${generated} has ${lines}`);
    }
  }
  return problems;
}

async function checkPublint({ tarball }) {
  const buffer = readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.length) },
    level: 'suggestion',
    strict: true,
  });
  const count = (type) => messages.filter((m) => m.type === type).length;
  const summary = `${count('error')} errors, ${count('warning')} warnings, ${count('suggestion')} suggestions`;
  // --strict: warnings count as errors; suggestions are shown, and fail too (there are none).
  const problems = messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false })}`);
  return { problems, summary };
}

function checkAttw({ tarball }) {
  // --no-definitely-typed: no @types look-up on the registry, so it runs offline.
  const args = [tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'json'];
  const { ok, stdout, output } = exec(bin('attw'), args, root);
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return {
      problems: [`attw did not run: ${output.trim().slice(0, 500)}`],
      summary: 'did not run',
    };
  }
  // The esm-only profile ignores the CommonJS and node10 resolutions (the packages are ESM).
  const ignored = new Set(['node10', 'node16-cjs']);
  const problems = Object.values(report.problems ?? {})
    .flat()
    .filter((p) => !ignored.has(p.resolutionKind))
    .map((p) => `${p.kind} (${p.entrypoint ?? ''}, ${p.resolutionKind ?? ''})`);
  if (!ok && !problems.length) problems.push(`attw failed: ${output.trim().slice(0, 500)}`);
  const entrypoints = Object.keys(report.analysis?.entrypoints ?? {}).length;
  return { problems, summary: `${problems.length} problems in ${entrypoints} entry points` };
}

// ---------------------------------------------------------------------------------------------
// Consumers: fresh projects outside the workspace that use the tarballs.

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
function checkNodeConsumer(tmp, tarballs) {
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
const client = createClient({ baseUrl: 'http://127.0.0.1:8787/v0.5', headers: { 'x-team': 'a' }, fetch: send });
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

/** A browser app typed only against the packed elements (core comes along as its dependency). */
function checkBrowserConsumer(tmp, tarballs) {
  const elements = tarballs.get('@input-progress/elements');
  const core = tarballs.get('@input-progress/core');
  if (!elements || !core) return ['no @input-progress/elements or core tarball'];
  const project = join(tmp, 'consumer-browser');
  // The tarballs unpacked where a package manager puts them; Lit comes from the workspace.
  for (const [name, tarball] of [
    ['@input-progress/elements', elements],
    ['@input-progress/core', core],
  ]) {
    const dir = join(project, 'node_modules', name);
    mkdirSync(dir, { recursive: true });
    const untar = exec('tar', ['xzf', tarball, '-C', dir, '--strip-components=1'], project);
    if (!untar.ok) return [`unpacking ${tarball} failed: ${untar.output}`];
  }
  const elementsDir = join(root, 'packages', 'elements');
  for (const name of Object.keys(readJson(join(elementsDir, 'package.json')).dependencies ?? {})) {
    if (!name.startsWith('@input-progress/')) linkFromWorkspace(project, name, elementsDir);
  }
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer-browser', private: true, type: 'module' }),
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify(CONSUMER_TSCONFIG(['ES2022', 'DOM', 'DOM.Iterable'], { types: [] }), null, 2),
  );
  writeFileSync(
    join(project, 'index.ts'),
    `import '@input-progress/elements/standalone.js';
import { ApiError, InputProgressList, type FeedItem, type FeedSnapshot, type InputProgressClient, type InputProgressFeed, type InputStatus, type Order } from '@input-progress/elements';

const list: InputProgressList = document.querySelector('input-progress-list')!;
const feed: InputProgressFeed | null = list.feed;
const client: InputProgressClient | null = list.client;
const order: Order = 'desc';
list.addEventListener('input-progress-error', ({ detail }) => {
  if (detail.error instanceof ApiError) console.log(detail.error.status);
});
list.addEventListener('input-progress-update', ({ detail }) => {
  const snapshot: FeedSnapshot = detail.snapshot;
  const first: FeedItem | undefined = snapshot.items[0];
  const status: InputStatus | undefined = first?.input.status;
  console.log(status, feed, client, order);
});
`,
  );
  const tsc = exec(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project],
    project,
  );
  return tsc.ok ? [] : tsc.output.trim().split('\n');
}

// ---------------------------------------------------------------------------------------------
// `changeset version` in a throwaway copy of the workspace's manifests and changesets.

/** Packs a package of the copy (its workspace dependencies linked as `pnpm install` would). */
function packCopy(copy, p, workspaceDirs) {
  const dir = join(copy, p.dir);
  const manifest = readJson(join(dir, 'package.json'));
  const byName = new Map(
    workspaceDirs.map((d) => [readJson(join(copy, d, 'package.json')).name, d]),
  );
  for (const field of [
    'dependencies',
    'devDependencies',
    'peerDependencies',
    'optionalDependencies',
  ]) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (!range.startsWith('workspace:') || !byName.has(name)) continue;
      const link = join(dir, 'node_modules', name);
      if (existsSync(link)) continue;
      mkdirSync(join(link, '..'), { recursive: true });
      symlinkSync(join(copy, byName.get(name)), link, 'dir');
    }
  }
  const out = join(copy, 'tarballs');
  const pack = exec('pnpm', ['pack', '--pack-destination', out, '--json'], dir);
  if (!pack.ok) return { error: pack.output.trim() };
  const { filename, files } = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('{')));
  const tarball = isAbsolute(filename) ? filename : join(out, filename);
  const published = exec('tar', ['xzf', tarball, '-O', 'package/package.json'], copy);
  return { files: files.map((f) => f.path), manifest: JSON.parse(published.stdout) };
}

function checkChangesetVersion(tmp, publicPackages) {
  const copy = join(tmp, 'changeset-version');
  const workspaceDirs = ['packages', 'apps'].flatMap((parent) =>
    existsSync(join(root, parent))
      ? readdirSync(join(root, parent))
          .map((name) => `${parent}/${name}`)
          .filter((dir) => existsSync(join(root, dir, 'package.json')))
      : [],
  );
  for (const file of ['package.json', 'pnpm-workspace.yaml'])
    cpSync(join(root, file), join(copy, file));
  cpSync(join(root, '.changeset'), join(copy, '.changeset'), { recursive: true });
  for (const dir of workspaceDirs) {
    for (const file of ['package.json', 'CHANGELOG.md', 'README.md', 'LICENSE']) {
      if (existsSync(join(root, dir, file))) cpSync(join(root, dir, file), join(copy, dir, file));
    }
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  // A probe that names one package only: the fixed group must still bump every package.
  const [first] = publicPackages;
  writeFileSync(
    join(copy, '.changeset', 'check-packages-probe.md'),
    `---\n'${first.name}': patch\n---\n\nProbe of \`pnpm check:packages\`.\n`,
  );
  const before = new Map(publicPackages.map((p) => [p.name, p.version]));
  const run = exec(
    process.execPath,
    [join(root, 'node_modules', '@changesets', 'cli', 'bin.js'), 'version'],
    copy,
  );
  if (!run.ok)
    return { problems: [`changeset version failed: ${run.output.trim()}`], summary: 'failed' };
  const problems = [];
  const versions = new Set();
  for (const p of publicPackages) {
    const manifest = readJson(join(copy, p.dir, 'package.json'));
    versions.add(manifest.version);
    if (manifest.version === before.get(p.name)) problems.push(`${p.name} was not bumped`);
    const changelog = join(copy, p.dir, 'CHANGELOG.md');
    if (
      !existsSync(changelog) ||
      !readFileSync(changelog, 'utf8').includes(`## ${manifest.version}`)
    )
      problems.push(`${p.name} has no CHANGELOG.md entry for ${manifest.version}`);
    // What would be published now: the changelog ships, workspace ranges name the new version.
    const packed = packCopy(copy, p, workspaceDirs);
    if (packed.error)
      problems.push(`${p.name}: pnpm pack after versioning failed: ${packed.error}`);
    else {
      if (!packed.files.includes('CHANGELOG.md'))
        problems.push(`${p.name}: CHANGELOG.md would not be packed after versioning`);
      for (const [name, range] of Object.entries(packed.manifest.dependencies ?? {})) {
        if (before.has(name) && range !== `^${manifest.version}`)
          problems.push(`${p.name}: would depend on ${name}@${range}, not ^${manifest.version}`);
      }
    }
  }
  if (versions.size !== 1)
    problems.push(`versions differ after bumping: ${[...versions].join(', ')}`);
  const left = readdirSync(join(copy, '.changeset')).filter(
    (f) => f.endsWith('.md') && f !== 'README.md',
  );
  if (left.length) problems.push(`changesets left after versioning: ${left.join(', ')}`);
  const from = [...new Set(before.values())].join(', ');
  return {
    problems,
    summary: `${from} → ${[...versions].join(', ')} for ${publicPackages.length} packages, each with a CHANGELOG.md entry`,
  };
}

// ---------------------------------------------------------------------------------------------

const publicPackages = readdirSync(join(root, 'packages'))
  .map((name) => `packages/${name}`)
  .filter((dir) => existsSync(join(root, dir, 'package.json')))
  .map((dir) => ({ dir, ...readJson(join(root, dir, 'package.json')) }))
  .filter((p) => !p.private);

const tmp = mkdtempSync(join(tmpdir(), 'input-progress-check-packages-'));
const results = []; // { scope, check, problems, summary? }
const rows = [];
const tarballs = new Map();
try {
  for (const p of publicPackages) {
    const packed = exec(
      'pnpm',
      ['pack', '--pack-destination', join(tmp, 'tarballs'), '--json'],
      join(root, p.dir),
    );
    if (!packed.ok) {
      results.push({ scope: p.name, check: 'pack', problems: [packed.output.trim()] });
      continue;
    }
    const { filename } = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('{')));
    const tarball = isAbsolute(filename) ? filename : join(tmp, 'tarballs', filename);
    tarballs.set(p.name, tarball);
    const sourceDir = join(tmp, 'unpacked', p.name);
    mkdirSync(sourceDir, { recursive: true });
    const untar = exec('tar', ['xzf', tarball, '-C', sourceDir, '--strip-components=1'], tmp);
    if (!untar.ok) throw new Error(`Cannot unpack ${tarball}: ${untar.output}`);
    const files = new Set(walk(sourceDir));
    const context = {
      manifest: readJson(join(sourceDir, 'package.json')),
      source: p,
      dir: p.dir,
      files,
      sourceDir,
      tarball,
    };
    const publint = await checkPublint(context);
    const attw = checkAttw(context);
    const checks = {
      publint: publint.problems,
      attw: attw.problems,
      'paths in tarball': checkPaths(context),
      'no test files': checkContents(context),
      'source maps': checkSourceMaps(context),
      metadata: checkMetadata(context),
      'LICENSE, README, CHANGELOG': checkShippedDocs(context),
    };
    for (const [check, problems] of Object.entries(checks))
      results.push({ scope: p.name, check, problems });
    const unpacked = [...files].reduce(
      (sum, file) => sum + statSync(join(sourceDir, file)).size,
      0,
    );
    const failed = Object.values(checks).filter((problems) => problems.length).length;
    rows.push([
      p.name,
      kB(statSync(tarball).size),
      kB(unpacked),
      String(files.size),
      publint.summary,
      attw.summary,
      failed ? `${failed} failed` : 'all passed',
    ]);
  }
  results.push({
    scope: 'consumers',
    check:
      'Node project (lib ES2022, @types/node, skipLibCheck false) typechecks against packed core',
    problems: checkNodeConsumer(tmp, tarballs),
  });
  results.push({
    scope: 'consumers',
    check: 'browser project typechecks against packed elements (its core types, standalone.js)',
    problems: checkBrowserConsumer(tmp, tarballs),
  });
  const changesets = checkChangesetVersion(tmp, publicPackages);
  results.push({
    scope: 'changesets',
    check: `changeset version in a throwaway copy: ${changesets.summary}`,
    problems: changesets.problems,
  });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const failures = results.filter((r) => r.problems.length);
for (const r of failures) {
  console.log(`✗ ${r.scope}: ${r.check}`);
  for (const problem of r.problems) console.log(`    ${problem}`);
}
console.log('\nPackages as published (pnpm pack):');
const header = [
  'package',
  'tarball',
  'unpacked',
  'files',
  'publint --strict',
  'attw --profile esm-only',
  'checks',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
for (const row of [header, ...rows])
  console.log(`  ${row.map((cell, i) => cell.padEnd(widths[i])).join('  ')}`);
for (const r of results.filter((r) => r.scope === 'consumers' || r.scope === 'changesets'))
  console.log(`  ${r.problems.length ? '✗' : '✓'} ${r.check}`);
const passed = results.length - failures.length;
console.log(`check:packages: ${passed} of ${results.length} checks passed`);

// Counted in `pnpm test`'s totals like a test run.
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  join(resultsDir, 'check-packages.json'),
  JSON.stringify({
    package: 'check:packages',
    engine: 'node',
    passed,
    failed: failures.length,
    skipped: 0,
  }),
);
process.exit(failures.length || !publicPackages.length ? 1 : 0);
