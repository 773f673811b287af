/// <reference types="node" />
/**
 * The forwarder in Vite's dev and preview servers, for local development: the page calls
 * `/api/…` on its own dev server and the key stays in the Node process.
 */
import type { IncomingMessage } from 'node:http';
import type {
  ViteHostConfig,
  VitePluginOptions,
  ViteServePlugin,
  ViteServerLike,
} from '@input-progress/core';
import { forwarderMiddleware, type NodeMiddleware } from './node-middleware.js';
import type { ForwarderOptions } from './types.js';

/** Options of {@link forwarderPlugin}: the forwarder's, plus where the page is served from. */
export interface ForwarderPluginOptions extends ForwarderOptions, VitePluginOptions {}

/** The Vite plugin object (structurally a Vite `Plugin`; Vite is not a dependency). */
export type ForwarderVitePlugin = ViteServePlugin<'input-progress-forwarder', NodeMiddleware>;

/**
 * A Vite plugin that mounts the forwarder at `prefix` (default `/api`) on `vite` and
 * `vite preview`.
 *
 * @example
 * ```ts
 * // vite.config.ts
 * import { forwarderPlugin } from '@input-progress/forwarder/vite';
 * export default {
 *   plugins: [forwarderPlugin({ upstream, apiKey: process.env.ATAI_API_KEY!, authorize: 'allow-all' })],
 * };
 * ```
 */
export function forwarderPlugin(options: ForwarderPluginOptions): ForwarderVitePlugin {
  const mount = (
    server: ViteServerLike<NodeMiddleware>,
    config: ViteHostConfig | undefined,
  ): void => {
    server.middlewares.use(
      forwarderMiddleware({ ...options, origin: options.origin ?? listeningOrigin(config) }),
    );
  };
  return {
    name: 'input-progress-forwarder',
    configureServer(server) {
      mount(server, server.config?.server);
    },
    configurePreviewServer(server) {
      mount(server, server.config?.preview);
    },
  };
}

/** The configured host name (or `localhost`) with the port the request arrived on. */
function listeningOrigin(config: ViteHostConfig | undefined): (req: IncomingMessage) => string {
  const host = config?.host;
  const name =
    typeof host === 'string' && host !== '' && host !== '0.0.0.0' && host !== '::'
      ? host
      : 'localhost';
  const bracketed = name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
  const scheme = config?.https ? 'https' : 'http';
  return (req) => `${scheme}://${bracketed}:${req.socket.localPort ?? 80}`;
}
