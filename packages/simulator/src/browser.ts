/**
 * The simulator for web pages (`@input-progress/simulator/browser`): everything of the main
 * entry, plus {@link simulatorFetch}, a `fetch` that the simulator answers inside the page.
 * Nothing here imports a Node built-in, so a bundler targeting browsers takes it as it is.
 */
export * from './index.js';
export {
  simulatorFetch,
  type SimulatorFetch,
  type SimulatorFetchOptions,
} from './simulator-fetch.js';
