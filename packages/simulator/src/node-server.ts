/// <reference types="node" />
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basePathOf } from './base-path.js';
import { createSimulator, type Simulator } from './create-simulator.js';
import { createNodeListener } from './node-bridge.js';
import type { SimulatorOptions } from './types.js';

export {
  createNodeListener,
  listeningOrigin,
  type NodeListener,
  type NodeListenerOptions,
  type OriginOption,
} from './node-bridge.js';

/** Options of {@link startSimulatorServer}: where to listen, plus simulator options. */
export interface SimulatorServerOptions extends SimulatorOptions {
  /** Port to listen on (default 0: any free port). */
  readonly port?: number;
  /** Interface to listen on (default `127.0.0.1`). */
  readonly host?: string;
  /** Serve this simulator instead of creating one from the options. */
  readonly simulator?: Simulator;
  /**
   * The origin requests are addressed to, e.g. `https://sim.example.com` behind a proxy.
   * Default: the server's own {@link SimulatorServer.origin}. The client's `Host` header is
   * never used, so a DNS-rebinding page cannot pose as the simulator's own origin.
   */
  readonly origin?: string;
}

/** A running simulator server. */
export interface SimulatorServer {
  /** e.g. `http://127.0.0.1:8787`. */
  readonly origin: string;
  /** The API base URL: `origin + '/api'` (or the configured base path). */
  readonly url: string;
  readonly simulator: Simulator;
  /** The underlying Node server. */
  readonly server: Server;
  /** Stops listening and closes open connections (calling it again returns the same promise). */
  close(): Promise<void>;
}

/** Starts the simulator on a real HTTP server (Node only). */
export async function startSimulatorServer(
  options: SimulatorServerOptions = {},
): Promise<SimulatorServer> {
  const {
    port = 0,
    host = '127.0.0.1',
    simulator: given,
    origin: configured,
    ...simulatorOptions
  } = options;
  const simulator = given ?? createSimulator(simulatorOptions);
  // Known once listening; no request arrives before that.
  let origin = 'http://localhost';
  const listener = createNodeListener(simulator, { origin: () => configured ?? origin });
  const server = createServer((req, res) => listener(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${hostPart}:${address.port}`;
  let closing: Promise<void> | undefined;
  const basePath = basePathOf(simulator.options);
  return {
    origin,
    url: origin + basePath,
    simulator,
    server,
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold close() open for seconds; polling clients have them.
        server.closeAllConnections();
      })),
  };
}
