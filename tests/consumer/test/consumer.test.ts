// The packages as a user gets them: every public package is packed (`pnpm pack`, so
// `workspace:^` becomes a version), and a fresh project outside the workspace installs the
// tarballs, and nothing else of ours, next to React, TypeScript and Vite from the registry.
// It then typechecks strict TS and React TSX files that use every public entry (and fails on
// a deliberate type error), builds with Vite and imports every entry in Node.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import {
  packPublicPackages,
  run,
  runOk,
  workDir,
  writeAppManifest,
  type PackageJson,
  type Packed,
} from './packages.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Type entries that need another framework installed; packages/elements/types-test checks them. */
const FRAMEWORK_TYPE_ENTRIES = [
  '@input-progress/elements/vue',
  '@input-progress/elements/svelte',
  '@input-progress/elements/solid',
];
/** A `<script type="module">` bundle for pages with no build step: it needs a browser's DOM. */
const BROWSER_ONLY_ENTRIES = ['@input-progress/elements/standalone.js'];

/** A pattern subpath's stand-in: one real module behind `./locales/*.js` (German). */
const PATTERN_SAMPLE = 'de';

/** Every subpath of an exports map as an import specifier (a `*` pattern by one sample). */
const entriesOf = (pkg: PackageJson) =>
  Object.keys(pkg.exports).map((sub) =>
    sub === '.' ? pkg.name : `${pkg.name}/${sub.slice(2).replace('*', PATTERN_SAMPLE)}`,
  );

describe('the packed packages in a fresh project (tarballs only)', function () {
  // Packing four packages and installing them with React, TypeScript and Vite.
  this.timeout(240_000);
  let app: string;
  let packed: Packed[];

  before(function () {
    app = join(workDir, 'app');
    packed = packPublicPackages();

    // The project: our tarballs, registry packages at the versions the workspace tests with.
    cpSync(fixtures, app, { recursive: true });
    const ours = Object.fromEntries(packed.map((p) => [p.manifest.name, `file:${p.tarball}`]));
    writeAppManifest(app, {
      name: 'input-progress-consumer',
      ours,
      registry: [
        'react',
        'react-dom',
        '@types/react',
        '@types/react-dom',
        '@types/node',
        'typescript',
        'vite',
      ],
      pinned: { manager: 'pnpm', specs: ours },
    });
    runOk(
      'pnpm',
      ['install', '--no-frozen-lockfile', '--reporter=append-only'],
      app,
      'pnpm install',
    );
  });

  it('packs every public package, and installs only those from the tarballs', () => {
    expect(packed.map((p) => p.manifest.name).sort()).to.deep.equal([
      '@input-progress/core',
      '@input-progress/elements',
      '@input-progress/forwarder',
      '@input-progress/react',
      '@input-progress/simulator',
    ]);
    const lock = readFileSync(join(app, 'pnpm-lock.yaml'), 'utf8');
    // Every resolved `@input-progress/…` package (snapshot keys `'name@spec':`) is a tarball.
    const resolved = [...lock.matchAll(/^ {2}'(@input-progress\/[\w-]+)@([^']+)':/gm)];
    expect(new Set(resolved.map(([, name]) => name)).size, 'our packages in the lockfile').to.equal(
      packed.length,
    );
    for (const [, name, spec] of resolved) expect(spec, name).to.match(/^file:/);
  });

  it('ships a manifest whose module paths all exist in the tarball', () => {
    const elements = packed.find((p) => p.manifest.name === '@input-progress/elements')!;
    expect(elements.manifest.customElements).to.be.a('string');
    const manifestPath = elements.manifest.customElements!.replace(/^\.\//, '');
    expect(elements.files).to.include(manifestPath);
    const manifest = JSON.parse(
      execFileSync('tar', ['-xzOf', elements.tarball, `package/${manifestPath}`], {
        encoding: 'utf8',
      }),
    ) as { modules: Array<{ path: string }> };
    const paths = new Set<string>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (typeof record.module === 'string' && record.package === undefined)
          paths.add(record.module);
        Object.values(record).forEach(visit);
      }
    };
    for (const mod of manifest.modules) paths.add(mod.path);
    visit(manifest.modules);
    expect(paths.size, 'module paths in the manifest').to.be.greaterThan(5);
    const missing = [...paths].filter((path) => !elements.files.includes(path));
    expect(missing, 'module paths the tarball lacks').to.deep.equal([]);
    // The editor data that package.json points editors at is shipped too.
    expect(elements.files).to.include(elements.manifest['web-types']!.replace(/^\.\//, ''));
  });

  it('typechecks a strict TS file and a React TSX file that use every public entry', () => {
    const sources = ['strict.ts', 'app.tsx']
      .map((file) => readFileSync(join(fixtures, file), 'utf8'))
      .join('\n');
    const typed = packed
      .flatMap((p) => entriesOf(p.manifest))
      .filter((entry) => !FRAMEWORK_TYPE_ENTRIES.includes(entry));
    const unused = typed.filter((entry) => !sources.includes(`'${entry}'`));
    expect(unused, 'entries the fixtures do not use').to.deep.equal([]);

    runOk(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], app, 'tsc');
  });

  it('fails the typecheck on a wrong attribute or prop type', () => {
    const tsc = run(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.bad.json'], app);
    expect(tsc.status, 'tsc exit code').to.not.equal(0);
    const errors = tsc.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
    expect(errors, tsc.stdout).to.have.length(2);
    expect(errors[0]).to.match(
      /^bad\.tsx\(5,\d+\): error TS2322: Type '"sideways"' is not assignable/,
    );
    expect(errors[1]).to.match(
      /^bad\.tsx\(6,\d+\): error TS2322: Type 'string' is not assignable to type 'number/,
    );
  });

  it('builds the React app and the standalone page with Vite', () => {
    runOk(join(app, 'node_modules/.bin/vite'), ['build'], app, 'vite build');
    const assets = readdirSync(join(app, 'dist/assets'));
    const js = assets
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(app, 'dist/assets', file), 'utf8'));
    expect(
      js.some(
        (code) => code.includes('input-progress-list') && code.includes('useSyncExternalStore'),
      ),
      'the app bundle',
    ).to.equal(true);
    expect(readFileSync(join(app, 'dist/standalone.html'), 'utf8')).to.match(
      /<script type="module"[^>]*src="\/assets\//,
    );
  });

  it('imports every entry in Node', () => {
    const entries = packed
      .flatMap((p) => entriesOf(p.manifest))
      .filter((entry) => !BROWSER_ONLY_ENTRIES.includes(entry));
    const script = entries
      .map((entry) =>
        entry.endsWith('.json')
          ? `await import('${entry}', { with: { type: 'json' } });`
          : `await import('${entry}');`,
      )
      .concat(
        `console.log(JSON.stringify({ imported: ${entries.length}, window: typeof window, document: typeof document }));`,
      )
      .join('\n');
    writeFileSync(join(app, 'import-every-entry.mjs'), script);
    const node = runOk(process.execPath, ['--no-warnings', 'import-every-entry.mjs'], app, 'node');
    expect(JSON.parse(node.stdout.trim())).to.deep.equal({
      imported: entries.length,
      window: 'undefined',
      document: 'undefined',
    });
    expect(entries.length).to.be.greaterThan(15);
  });
});
