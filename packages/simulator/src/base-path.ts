import type { SimulatorOptions } from './types.js';

/**
 * Where the simulator serves the API unless told otherwise: `/api`, the path a page's
 * `base-url` names in development and in production alike (there the forwarder stands, with
 * the real API's `/v0.5` in its `upstream`), so a snippet works as pasted next to either.
 */
export const DEFAULT_BASE_PATH = '/api';

/** The API path prefix a simulator with these options serves, without a trailing slash. */
export function basePathOf(options: Pick<SimulatorOptions, 'basePath'>): string {
  return (options.basePath ?? DEFAULT_BASE_PATH).replace(/\/+$/, '');
}
