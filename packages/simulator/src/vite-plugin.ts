/// <reference types="node" />
import { createSimulator, type Simulator } from './create-simulator.js';
import { createNodeListener, listeningOrigin, type NodeListener } from './node-bridge.js';
import type { SimulatorOptions } from './types.js';

/** Options of {@link simulatorPlugin}. */
export interface SimulatorPluginOptions extends SimulatorOptions {
  /** Serve this simulator instead of creating one from the options. */
  readonly simulator?: Simulator;
  /**
   * The origin the page is served from, e.g. `https://dev.example.com` behind a proxy.
   * Default: Vite's configured `host` (`localhost` when unset or every interface) and the
   * port the request arrived on. The request's `Host` header is never used.
   */
  readonly origin?: string;
}

/** The host settings of Vite's `server` / `preview` config the plugin reads. */
interface HostConfig {
  readonly host?: string | boolean;
  readonly https?: unknown;
}

/** The part of Vite's dev and preview servers the plugin uses. */
interface ServerWithMiddlewares {
  readonly middlewares: { use(fn: NodeListener): unknown };
  readonly config?: { readonly server?: HostConfig; readonly preview?: HostConfig };
}

/** The Vite plugin object (structurally a Vite `Plugin`). */
export interface SimulatorVitePlugin {
  readonly name: 'input-progress-simulator';
  /** The simulator the plugin serves. */
  readonly simulator: Simulator;
  configureServer(server: ServerWithMiddlewares): void;
  configurePreviewServer(server: ServerWithMiddlewares): void;
}

/**
 * A Vite plugin that serves the simulator (`/api/*` unless `basePath` says otherwise, and `/__simulator/*`) from the dev
 * server and from `vite preview`. Both share one simulator, so preset jobs run once from
 * the moment the config is loaded.
 */
export function simulatorPlugin(options: SimulatorPluginOptions = {}): SimulatorVitePlugin {
  const { simulator: given, origin, ...simulatorOptions } = options;
  const simulator = given ?? createSimulator(simulatorOptions);
  const listenerFor = (config: HostConfig | undefined): NodeListener =>
    createNodeListener(simulator, {
      origin: origin ?? listeningOrigin(config?.host, Boolean(config?.https)),
    });
  return {
    name: 'input-progress-simulator',
    simulator,
    configureServer(server) {
      server.middlewares.use(listenerFor(server.config?.server));
    },
    configurePreviewServer(server) {
      server.middlewares.use(listenerFor(server.config?.preview));
    },
  };
}
