import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The message vite.config.ts stops with when real-API mode has no key (see the README). */
const NO_KEY_MESSAGE =
  'DEMO_API=real needs ATAI_API_KEY in the environment (the key stays on the server).';

describe('`pnpm demo` at the repository root (turbo run demo --filter=demo)', function () {
  // turbo builds the packages the demo uses first when they changed; cached it takes < 1 s.
  this.timeout(90_000);

  it('passes DEMO_API through to the dev server: real-API mode without a key stops with the documented message', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DEMO_API: 'real' };
    delete env['ATAI_API_KEY'];
    // Exactly what a user types. If turbo dropped DEMO_API (strict env mode), vite would start
    // the simulator instead and keep running until the timeout.
    const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
      execFile(
        'pnpm',
        ['run', 'demo'],
        { cwd: repoRoot, env, timeout: 80_000, killSignal: 'SIGINT', maxBuffer: 16 << 20 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
          resolve({ code, output: `${stdout}\n${stderr}` });
        },
      );
    });
    expect(result.output).to.contain(NO_KEY_MESSAGE);
    expect(result.code, 'exit code').to.be.a('number').and.not.equal(0);
  });
});
