import type { Plugin } from 'vite';
import { createApiForwarder, type ApiForwarderOptions } from './create-api-forwarder.js';
import { middlewarePlugin } from './middleware-plugin.js';
import { toNodeMiddleware } from './to-node-middleware.js';

/**
 * A Vite plugin that mounts {@link createApiForwarder} on the dev and preview servers, so the
 * page can call `/api/…` and the key stays in the server process.
 */
export function apiForwarderPlugin(options: ApiForwarderOptions): Plugin {
  const prefix = options.prefix ?? '/api';
  return middlewarePlugin(
    'input-progress-demo:api-forwarder',
    toNodeMiddleware(createApiForwarder({ ...options, prefix }), { prefix }),
  );
}
