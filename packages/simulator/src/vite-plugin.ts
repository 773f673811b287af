/// <reference types="node" />
import type { ViteHostConfig, VitePluginOptions, ViteServePlugin } from '@input-progress/core';
import { createSimulator, type Simulator } from './create-simulator.js';
import { createNodeListener, listeningOrigin, type NodeListener } from './node-bridge.js';
import type { SimulatorOptions } from './types.js';

/** Options of {@link simulatorPlugin}: the simulator's, plus where the page is served from. */
export interface SimulatorPluginOptions extends SimulatorOptions, VitePluginOptions {
  /** Serve this simulator instead of creating one from the options. */
  readonly simulator?: Simulator;
}

/** The Vite plugin object (structurally a Vite `Plugin`). */
export interface SimulatorVitePlugin extends ViteServePlugin<
  'input-progress-simulator',
  NodeListener
> {
  /** The simulator the plugin serves. */
  readonly simulator: Simulator;
}

/**
 * A Vite plugin that serves the simulator (`/api/*` unless `basePath` says otherwise, and `/__simulator/*`) from the dev
 * server and from `vite preview`. Both share one simulator, so preset jobs run once from
 * the moment the config is loaded.
 */
export function simulatorPlugin(options: SimulatorPluginOptions = {}): SimulatorVitePlugin {
  const { simulator: given, origin, ...simulatorOptions } = options;
  const simulator = given ?? createSimulator(simulatorOptions);
  const listenerFor = (config: ViteHostConfig | undefined): NodeListener =>
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
