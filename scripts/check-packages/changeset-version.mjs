// `changeset version` in a throwaway copy of the workspace's manifests and changesets: every
// public package is bumped to one version with a CHANGELOG entry, and what would be packed then
// ships that changelog and names the new version of its workspace dependencies.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { checkCdnSnippetAtVersion } from './cdn-snippet.mjs';
import { exec, readJson, root } from './common.mjs';

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

export function checkChangesetVersion(tmp, publicPackages) {
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
  problems.push(...checkCdnSnippetAtVersion(copy));
  const from = [...new Set(before.values())].join(', ');
  return {
    problems,
    summary: `${from} → ${[...versions].join(', ')} for ${publicPackages.length} packages, each with a CHANGELOG.md entry; the CDN tag rewritten for it`,
  };
}
