import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { RequestHandler } from './create-api-forwarder.js';

/** A Connect/Express-style middleware, as Vite's dev and preview servers take them. */
export type NodeMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/** Options of {@link toNodeMiddleware}. */
export interface NodeMiddlewareOptions {
  /** Only requests whose path is this prefix or below it reach the handler; others go to `next()`. */
  readonly prefix: string;
}

/**
 * Wraps a Fetch-API handler as a Node middleware: converts the incoming `IncomingMessage` into
 * a `Request`, writes the handler's `Response` back, and aborts the `Request`'s signal when
 * the client disconnects. Requests outside `prefix` are passed to `next()` untouched.
 */
export function toNodeMiddleware(
  handler: RequestHandler,
  options: NodeMiddlewareOptions,
): NodeMiddleware {
  const prefix = options.prefix.replace(/\/+$/, '');
  return (req, res, next) => {
    // Connect strips a mount path from `url`; `originalUrl` keeps the full one when present.
    const rawUrl =
      (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
    const pathname = rawUrl.split('?', 1)[0] ?? '/';
    if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) {
      next();
      return;
    }
    handleRequest(handler, req, res, rawUrl).catch((error: unknown) => next(error));
  };
}

async function handleRequest(
  handler: RequestHandler,
  req: IncomingMessage,
  res: ServerResponse,
  rawUrl: string,
): Promise<void> {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });

  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // The Host header is the client's to choose, so it is not trusted to build the URL; the
  // handlers this adapter serves look only at the path and query.
  let request: Request;
  try {
    request = new Request(new URL(rawUrl, 'http://localhost'), {
      method,
      headers,
      signal: controller.signal,
      ...(hasBody
        ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' }
        : {}),
    } as RequestInit);
  } catch {
    res.statusCode = 400;
    res.end();
    return;
  }

  let response: Response;
  try {
    response = await handler(request);
  } catch {
    // The handler's error could carry anything; the client gets a plain 500.
    if (!res.headersSent) {
      res.statusCode = 500;
      res.setHeader('content-type', 'application/json');
    }
    res.end(
      JSON.stringify({
        errors: [{ code: 'internal_error', message: 'The request could not be handled.' }],
      }),
    );
    return;
  }

  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);

  if (response.body === null) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise<void>((resolve) => res.once('drain', resolve));
    }
    res.end();
  } catch {
    res.destroy();
  }
}
