/// <reference types="node" />
import { createSimulator, type Simulator } from './create-simulator.js';
import { createNodeListener, type NodeListener } from './node-bridge.js';
import type { SimulatorOptions } from './types.js';

/** Options of {@link simulatorPlugin}. */
export interface SimulatorPluginOptions extends SimulatorOptions {
  /** Serve this simulator instead of creating one from the options. */
  readonly simulator?: Simulator;
}

/** The part of Vite's dev and preview servers the plugin uses. */
interface ServerWithMiddlewares {
  readonly middlewares: { use(fn: NodeListener): unknown };
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
 * A Vite plugin that serves the simulator (`/v0.5/*` and `/__simulator/*`) from the dev
 * server and from `vite preview`. Both share one simulator, so preset jobs run once from
 * the moment the config is loaded.
 */
export function simulatorPlugin(options: SimulatorPluginOptions = {}): SimulatorVitePlugin {
  const { simulator: given, ...simulatorOptions } = options;
  const simulator = given ?? createSimulator(simulatorOptions);
  const listener = createNodeListener(simulator);
  return {
    name: 'input-progress-simulator',
    simulator,
    configureServer(server) {
      server.middlewares.use(listener);
    },
    configurePreviewServer(server) {
      server.middlewares.use(listener);
    },
  };
}
