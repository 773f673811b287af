/// <reference types="node" />
/**
 * The forwarder in Node: `http.createServer`, Express, Connect, Vite. It goes through the one
 * Node ↔ Fetch adapter of this repository, `@remix-run/node-fetch-server` (the simulator uses
 * it too): the `Request` is built on a configured origin — never on the client's `Host`
 * header — its `signal` aborts when the client disconnects, and the `Response` is streamed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequest, sendResponse } from '@remix-run/node-fetch-server';
import { createForwarder } from './create-forwarder.js';
import { errorResponse } from './error-response.js';
import type { ForwarderHandler, ForwarderOptions } from './types.js';

/**
 * A Connect/Express-style middleware. Without `next` (a plain `http.createServer` listener),
 * requests outside the prefix get a `404`.
 */
export type NodeMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

/** Options of {@link toNodeMiddleware}. */
export interface NodeMiddlewareOptions {
  /**
   * Only requests whose path is this prefix or below it reach the handler; the others go to
   * `next()`. Default `/api`. Under Express's `app.use('/api', …)` the full URL
   * (`originalUrl`) is used, so the handler sees the same paths either way.
   */
  readonly prefix?: string;
  /**
   * The origin the request URLs are built on, e.g. `https://dashboard.example.com`: what the
   * handler (and your `authorize`) sees in `request.url`. Default `http://localhost`. The
   * client's `Host` header is never used: it is the client's to choose.
   */
  readonly origin?: string | ((req: IncomingMessage) => string);
}

/** Wraps any Fetch-API handler as a Node middleware, mounted at `prefix`. */
export function toNodeMiddleware(
  handler: ForwarderHandler,
  options: NodeMiddlewareOptions = {},
): NodeMiddleware {
  const prefix = (options.prefix ?? '/api').replace(/\/+$/, '');
  const origin = options.origin ?? 'http://localhost';
  return (req, res, next) => {
    // Connect strips a mount path from `url`; `originalUrl` keeps the full one.
    const rawUrl =
      (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
    const pathname = rawUrl.split('?', 1)[0] ?? '/';
    if (prefix !== '' && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) {
      if (next) next();
      else
        void sendResponse(res, errorResponse(404, 'not_found', 'Not found.')).catch(() =>
          res.destroy(),
        );
      return;
    }
    void serve(handler, req, res, rawUrl, typeof origin === 'function' ? origin(req) : origin);
  };
}

/**
 * The forwarder as a Node middleware: {@link createForwarder} plus {@link toNodeMiddleware}.
 *
 * @example
 * ```ts
 * import express from 'express';
 * import { forwarderMiddleware } from '@input-progress/forwarder/node';
 *
 * const app = express();
 * app.use(forwarderMiddleware({ upstream, apiKey, authorize, origin: 'https://dash.example.com' }));
 * ```
 */
export function forwarderMiddleware(
  options: ForwarderOptions & Pick<NodeMiddlewareOptions, 'origin'>,
): NodeMiddleware {
  return toNodeMiddleware(createForwarder(options), {
    prefix: options.prefix ?? '/api',
    ...(options.origin === undefined ? {} : { origin: options.origin }),
  });
}

async function serve(
  handler: ForwarderHandler,
  req: IncomingMessage,
  res: ServerResponse,
  rawUrl: string,
  origin: string,
): Promise<void> {
  let request: Request;
  try {
    const base = new URL(origin);
    request = createRequest(req, res, { host: base.host, protocol: base.protocol });
    if (rawUrl !== req.url) request = new Request(new URL(rawUrl, base), request);
  } catch {
    res.writeHead(400).end();
    return;
  }
  let response: Response;
  try {
    response = await handler(request);
  } catch {
    if (request.signal.aborted) return;
    // The handler's error could carry anything; the client gets a plain 500.
    response = errorResponse(500, 'internal_error', 'The request could not be handled.');
  }
  if (request.signal.aborted) {
    await response.body?.cancel().catch(() => undefined);
    return;
  }
  try {
    await sendResponse(res, response);
  } catch {
    res.destroy();
  }
}
