/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isSimulatedConnectionDrop } from './connection-drop.js';
import { CONTROL_PREFIX } from './control-handler.js';
import type { Simulator } from './create-simulator.js';

/** A connect-style listener: `next` is called for paths the simulator does not serve. */
export type NodeListener = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

/** True when `pathname` belongs to the simulator (the API base path or the control API). */
export function servesPath(simulator: Simulator, pathname: string): boolean {
  const base = (simulator.options.basePath ?? '/v0.5').replace(/\/+$/, '');
  if (pathname === base || pathname.startsWith(`${base}/`)) return true;
  return simulator.options.control !== false && (pathname === CONTROL_PREFIX || pathname.startsWith(`${CONTROL_PREFIX}/`));
}

/** Converts a Node request to a Fetch `Request` (reading the body for non-GET methods). */
export async function toFetchRequest(req: IncomingMessage): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  let url: URL;
  try {
    url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  } catch {
    url = new URL(req.url ?? '/', 'http://localhost');
  }
  const method = req.method ?? 'GET';
  let body: ArrayBuffer | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const buffer = Buffer.concat(chunks);
    body = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
  }
  return new Request(url, { method, headers, body });
}

/** Writes a Fetch `Response` to a Node response. */
export async function writeFetchResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  if (body) headers['content-length'] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * Serves a Node request from the simulator: writes the response, or destroys the socket
 * for a simulated dropped connection. Unexpected errors become a plain 500.
 */
export async function serveNodeRequest(simulator: Simulator, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const response = await simulator.handle(await toFetchRequest(req));
    await writeFetchResponse(res, response);
  } catch (error) {
    if (isSimulatedConnectionDrop(error)) {
      req.socket.destroy();
      return;
    }
    if (!res.headersSent) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Simulator error');
    } else res.destroy();
  }
}

/** A connect-style listener (Node `http`, Vite, Express) for the simulator's paths. */
export function createNodeListener(simulator: Simulator): NodeListener {
  return (req, res, next) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (next && !servesPath(simulator, pathname)) {
      next();
      return;
    }
    void serveNodeRequest(simulator, req, res);
  };
}
