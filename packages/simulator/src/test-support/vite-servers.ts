/**
 * Throwaway Vite servers for the tests of Vite plugins: the dev server or `vite preview`, over
 * an empty temporary folder, with the given plugins, on a free loopback port.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, preview, type PluginOption } from 'vite';

/** Which server: `vite` (dev) or `vite preview`. */
export type ViteServerKind = 'dev' | 'preview';

/**
 * Starts a Vite server of `kind` with `plugins`, hands its origin (`http://127.0.0.1:PORT`)
 * to `use`, then closes it and removes its folder, whether `use` passed or threw.
 */
export async function withViteServer(
  kind: ViteServerKind,
  plugins: PluginOption[],
  use: (origin: string) => Promise<void>,
): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), `vite-${kind}-`));
  const common = { configFile: false as const, root, logLevel: 'silent' as const, plugins };
  const host = '127.0.0.1';
  try {
    if (kind === 'dev') {
      const server = await createServer({ ...common, server: { port: 0, host, ws: false } });
      try {
        await server.listen();
        await use(originOf(server.httpServer!.address()));
      } finally {
        await server.close();
      }
    } else {
      const server = await preview({
        ...common,
        build: { outDir: root },
        preview: { port: 0, host },
      });
      try {
        await use(originOf(server.httpServer.address()));
      } finally {
        await server.close();
      }
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const originOf = (address: AddressInfo | string | null) =>
  `http://127.0.0.1:${(address as AddressInfo).port}`;
