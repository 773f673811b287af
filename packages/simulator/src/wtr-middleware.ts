/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Simulator } from './create-simulator.js';
import { listeningOrigin, servesPath, serveNodeRequest } from './node-bridge.js';

/** The part of a Koa context this middleware uses (what @web/dev-server passes). */
export interface KoaLikeContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly path: string;
  respond?: boolean;
}

/** A Koa-style middleware, as @web/test-runner's `middleware` option takes. */
export type KoaLikeMiddleware = (
  ctx: KoaLikeContext,
  next: () => Promise<unknown>,
) => Promise<unknown>;

/** Options of {@link simulatorMiddleware}. */
export interface SimulatorMiddlewareOptions {
  /**
   * The host name the dev server is configured with (its `hostname` option; default
   * `localhost`, @web/test-runner's own default). With the port the request arrived on it
   * makes the origin of the test pages; the request's `Host` header is never used.
   */
  readonly hostname?: string;
  /** A fixed origin instead, e.g. behind a proxy. */
  readonly origin?: string;
}

/**
 * A @web/test-runner / @web/dev-server middleware that serves the simulator's paths
 * (`/api/*` by default, and `/__simulator/*`) from the same origin as the test page, so browser tests
 * talk real HTTP to it; anything else goes to `next()`.
 *
 * It writes the Node response itself (`ctx.respond = false`), so status, headers and body
 * reach the browser exactly as the simulator made them, and a dropped-connection fault
 * really destroys the socket.
 */
export function simulatorMiddleware(
  simulator: Simulator,
  options: SimulatorMiddlewareOptions = {},
): KoaLikeMiddleware {
  const origin = options.origin ?? listeningOrigin(options.hostname);
  return async (ctx, next) => {
    if (!servesPath(simulator, ctx.path)) return next();
    ctx.respond = false;
    await serveNodeRequest(simulator, ctx.req, ctx.res, origin);
    return undefined;
  };
}
