/// <reference types="node" />
/**
 * The simulator's side of the one Node ↔ Fetch adapter, `@remix-run/node-fetch-server` (the
 * forwarder uses the same one): the `Request` is built on an origin the server was configured
 * with — never on the client's `Host` header — and its signal aborts when the client goes away;
 * the `Response` is streamed back. On top of it, a simulated dropped connection destroys the
 * socket instead of answering, as a broken network would.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequest, sendResponse } from '@remix-run/node-fetch-server';
import { isSimulatedConnectionDrop } from './connection-drop.js';
import { basePathOf } from './base-path.js';
import { CONTROL_PREFIX } from './control-handler.js';
import type { Simulator } from './create-simulator.js';

/** A connect-style listener: `next` is called for paths the simulator does not serve. */
export type NodeListener = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

/**
 * Where requests are addressed: a fixed origin (`'https://sim.example.com'`), or a function of
 * the request that derives it from what the server itself knows (its configured host name and
 * the port the connection arrived on). The `Host` header is the client's to choose — a
 * DNS-rebinding page sets it to its own name — so it never decides the origin.
 */
export type OriginOption = string | ((req: IncomingMessage) => string);

/** True when `pathname` belongs to the simulator (the API base path or the control API). */
export function servesPath(simulator: Simulator, pathname: string): boolean {
  const base = basePathOf(simulator.options);
  if (pathname === base || pathname.startsWith(`${base}/`)) return true;
  return (
    simulator.options.control !== false &&
    (pathname === CONTROL_PREFIX || pathname.startsWith(`${CONTROL_PREFIX}/`))
  );
}

/**
 * The origin of a server configured to listen on `hostname`: that name (`localhost` when it
 * listens on every interface or names none) with the port the connection arrived on.
 */
export function listeningOrigin(
  hostname: string | boolean | undefined,
  secure = false,
): (req: IncomingMessage) => string {
  const name =
    typeof hostname === 'string' && hostname !== '' && hostname !== '0.0.0.0' && hostname !== '::'
      ? hostname
      : 'localhost';
  const host = name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
  return (req) =>
    `${secure ? 'https' : 'http'}://${host}:${req.socket.localPort ?? (secure ? 443 : 80)}`;
}

/**
 * Serves a Node request from the simulator: streams the response, or destroys the socket for
 * a simulated dropped connection. Unexpected errors become a plain 500.
 */
export async function serveNodeRequest(
  simulator: Simulator,
  req: IncomingMessage,
  res: ServerResponse,
  origin: OriginOption,
): Promise<void> {
  let request: Request;
  try {
    const base = new URL(typeof origin === 'function' ? origin(req) : origin);
    request = createRequest(req, res, { host: base.host, protocol: base.protocol });
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
    return;
  }
  let response: Response;
  try {
    response = await simulator.handle(request);
  } catch (error) {
    if (isSimulatedConnectionDrop(error)) {
      req.socket.destroy();
      return;
    }
    if (!res.headersSent)
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Simulator error');
    else res.destroy();
    return;
  }
  // The client has gone: nobody reads the answer.
  if (request.signal.aborted) {
    await response.body?.cancel();
    return;
  }
  try {
    await sendResponse(res, response);
  } catch {
    res.destroy();
  }
}

/** Options of {@link createNodeListener}. */
export interface NodeListenerOptions {
  /** Where requests are addressed (see {@link OriginOption}). Default: `http://localhost:<port>`. */
  readonly origin?: OriginOption;
}

/** A connect-style listener (Node `http`, Vite, Express) for the simulator's paths. */
export function createNodeListener(
  simulator: Simulator,
  options: NodeListenerOptions = {},
): NodeListener {
  const origin = options.origin ?? listeningOrigin(undefined);
  return (req, res, next) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (next && !servesPath(simulator, pathname)) {
      next();
      return;
    }
    void serveNodeRequest(simulator, req, res, origin);
  };
}
