// What both consumer suites share: the workspace's public packages packed once per run
// (`pnpm pack`, so `workspace:^` becomes a version), and commands run as a user would.
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);

export interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  exports: Record<string, string | Record<string, string>>;
  customElements?: string;
  'web-types'?: string;
}
export interface Packed {
  readonly manifest: PackageJson;
  readonly tarball: string;
  /** Paths inside the tarball, without the leading `package/`. */
  readonly files: readonly string[];
}

/**
 * The environment without the settings of the pnpm that runs this test (npm_config_*,
 * the workspace's own paths), so a project installs as a user's would.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|pnpm_|PNPM_|INIT_CWD$|NODE_OPTIONS$)/i.test(key)) env[key] = value;
  }
  return env;
}

/** Runs a command; the result, for the test to judge (never throws on a non-zero exit). */
export function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: cleanEnv(), maxBuffer: 64 << 20 });
}
export const describeRun = (result: SpawnSyncReturns<string>) =>
  `exit ${result.status}\n${result.stdout}\n${result.stderr}`.slice(-6000);

/** Runs a command and fails the test, showing its output, unless it exits 0. */
export function runOk(
  command: string,
  args: string[],
  cwd: string,
  what = command,
): SpawnSyncReturns<string> {
  const result = run(command, args, cwd);
  expect(result.status, `${what}: ${describeRun(result)}`).to.equal(0);
  return result;
}

/** The version of a registry package this workspace tests with, so users' installs match. */
export const versionOf = (name: string): string =>
  (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as PackageJson)
    .version;

/** A folder in the system's temp folder for this run, removed when the process exits. */
export const workDir: string = mkdtempSync(join(tmpdir(), 'input-progress-consumer-'));
process.once('exit', () => rmSync(workDir, { recursive: true, force: true }));

let packedOnce: Packed[] | undefined;

/** Every public package under packages/, packed into the work folder (once per run). */
export function packPublicPackages(): Packed[] {
  if (packedOnce) return packedOnce;
  const tarballs = join(workDir, 'tarballs');
  mkdirSync(tarballs, { recursive: true });
  const publicPackages = readdirSync(join(root, 'packages'))
    .map((dir) => join(root, 'packages', dir))
    .filter((dir) => {
      try {
        return !(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson)
          .private;
      } catch {
        return false;
      }
    });
  packedOnce = publicPackages.map((dir) => {
    const before = new Set(readdirSync(tarballs));
    execFileSync('pnpm', ['pack', '--pack-destination', tarballs], {
      cwd: dir,
      env: cleanEnv(),
      stdio: 'pipe',
    });
    const tarball = join(
      tarballs,
      readdirSync(tarballs).find((f) => !before.has(f))!,
    );
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((path) => path.replace(/^package\//, ''));
    const manifest = JSON.parse(
      execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }),
    ) as PackageJson;
    return { manifest, tarball, files };
  });
  return packedOnce;
}

/**
 * `overrides` for a pnpm-workspace.yaml (or yarn's `resolutions`): our packages depend on each
 * other by version, and these keep those on the tarballs, never the registry, where these
 * names are not ours to trust.
 */
export function pnpmOverrides(ours: Record<string, string>): string {
  return `overrides:\n${Object.entries(ours)
    .map(([name, spec]) => `  '${name}': '${spec}'`)
    .join('\n')}\n`;
}

/** A fresh app's package.json, as a user would write it. */
export interface AppManifest {
  readonly name: string;
  /** Our packages: name → `file:` spec of its tarball. */
  readonly ours: Record<string, string>;
  /** Registry packages, at the versions this workspace tests with. */
  readonly registry: readonly string[];
  /**
   * Ours that ours depend on, kept on the tarballs by the app's manager: `overrides` in a
   * pnpm-workspace.yaml, yarn's `resolutions` (npm needs none).
   */
  readonly pinned?: { readonly manager: 'pnpm' | 'yarn'; readonly specs: Record<string, string> };
}

/** Writes the app's package.json (and, for pnpm, its pnpm-workspace.yaml) into `app`. */
export function writeAppManifest(app: string, manifest: AppManifest): void {
  const registry = Object.fromEntries(manifest.registry.map((name) => [name, versionOf(name)]));
  const { pinned } = manifest;
  const packageJson = {
    name: manifest.name,
    private: true,
    type: 'module',
    dependencies: { ...manifest.ours, ...registry },
    ...(pinned?.manager === 'yarn' ? { resolutions: pinned.specs } : {}),
  };
  writeFileSync(join(app, 'package.json'), JSON.stringify(packageJson, null, 2));
  if (pinned?.manager === 'pnpm')
    writeFileSync(join(app, 'pnpm-workspace.yaml'), pnpmOverrides(pinned.specs));
}
