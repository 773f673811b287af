// Checks of one unpacked tarball that tests/consumer does not make: the manifest's metadata,
// the docs that ship, the paths the manifest points at, no test files, self-contained source
// maps. Each returns a list of problems (empty: passed).
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

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

const REPOSITORY_URL = /^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/;

export function checkMetadata({ manifest, source, dir }) {
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

export function checkShippedDocs({ files, sourceDir, source }) {
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
  // `customElements` and `web-types` are checked by tests/consumer (with the manifest's own paths).
  for (const field of ['main', 'module', 'types', 'typings', 'browser', 'bin'])
    add(field, manifest[field]);
  add('exports', manifest.exports);
  if (Array.isArray(manifest.sideEffects)) add('sideEffects', manifest.sideEffects);
  return paths;
}

export function checkPaths({ manifest, files }) {
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

export function checkContents({ files }) {
  return [...files].filter((file) => DEV_ONLY.test(file)).map((file) => `${file} is packed`);
}

export function checkSourceMaps({ files, sourceDir }) {
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
