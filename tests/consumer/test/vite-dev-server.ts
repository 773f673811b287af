// `vite` (the dev server) started in an app folder as its user would, on a free loopback port,
// and stopped by the process group it was started in.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { cleanEnv } from './packages.js';

export interface DevServer {
  readonly origin: string;
  /** Everything it printed, for a failure message. */
  output(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `vite` in `app`; resolves once it prints its URL, rejects if it exits first. */
export async function startViteDevServer(app: string): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(
    join(app, 'node_modules/.bin/vite'),
    ['--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: app, env: { ...cleanEnv(), NO_COLOR: '1' }, detached: true, stdio: 'pipe' },
  );
  let printed = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
  };
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      printed += chunk.toString();
      if (printed.includes(`127.0.0.1:${port}`)) resolve();
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    void exited.then(() => reject(new Error(`vite exited before listening:\n${printed}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, output: () => printed, stop };
}
