import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from 'chai';

const appRoot = fileURLToPath(new URL('..', import.meta.url));
const serverDir = join(appRoot, 'server') + '/';
const viteBin = join(appRoot, 'node_modules/vite/bin/vite.js');

/**
 * Every source file the built page is made of: `vite build` as `pnpm --filter demo build` runs
 * it, with source maps, whose `sources` name each module that went into a chunk.
 */
async function pageSources(): Promise<string[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'input-progress-page-'));
  try {
    await promisify(execFile)(
      process.execPath,
      [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--sourcemap', '--logLevel', 'warn'],
      { cwd: appRoot },
    );
    const sources = new Set<string>();
    for (const file of readdirSync(join(outDir, 'assets'))) {
      if (!file.endsWith('.js.map')) continue;
      const map = JSON.parse(readFileSync(join(outDir, 'assets', file), 'utf8')) as {
        sources: string[];
      };
      for (const source of map.sources) {
        const path = resolve(join(outDir, 'assets'), source);
        try {
          sources.add(realpathSync(path));
        } catch {
          sources.add(path);
        }
      }
    }
    return [...sources];
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

describe("the page's bundle", function () {
  this.timeout(60_000);

  it('holds no server code: nothing from apps/demo/server, only the shared job id rule of the forwarder', async () => {
    const sources = await pageSources();
    expect(sources.length, 'the page was built').to.be.greaterThan(10);
    expect(sources.some((s) => s.endsWith('/src/main.ts'))).to.equal(true);
    expect(sources.filter((s) => s.startsWith(serverDir))).to.deep.equal([]);
    const forwarder = sources
      .filter((s) => s.includes('/packages/forwarder/'))
      .map((s) => s.replace(/.*\/packages\/forwarder\//, ''));
    expect(forwarder).to.deep.equal(['dist/job-id.js']);
  });
});
