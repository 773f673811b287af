/**
 * A real `redis-server` (Debian's package) on a free loopback port, for the shared-store
 * tests and the load test. When the binary is missing or cannot start, says why instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { closedPort } from './http.js';

export interface RedisServer {
  readonly url: string;
  readonly port: number;
  /** Stops it (`SIGKILL` to kill it as a crash would). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const CANDIDATES = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'];

/**
 * Starts redis-server without persistence (on `port`, else a free one); resolves with it, or
 * with the reason it cannot run.
 */
export async function startRedisServer(
  port?: number,
): Promise<RedisServer | { readonly unavailable: string }> {
  const binary = CANDIDATES.find((path) => existsSync(path));
  if (binary === undefined) {
    return {
      unavailable: `redis-server not found (${CANDIDATES.join(', ')}); install Debian's redis-server`,
    };
  }
  port ??= await closedPort();
  const child: ChildProcess = spawn(
    binary,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--protected-mode',
      'yes',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 10_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve(true);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
  if (!ready) {
    child.kill('SIGKILL');
    return {
      unavailable: `redis-server did not start: ${output.trim().split('\n').slice(-2).join(' ')}`,
    };
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
