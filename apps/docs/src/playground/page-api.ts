/**
 * The batch API of the docs, served inside the page: one in-page simulator answers every
 * request for `…/batch/jobs/…`, so the snippets read exactly as they would in an app
 * (`<input-progress-list job-id="…" base-url="/api">`) while the site is plain static files.
 * Nothing else the page fetches (Storybook's own files) is touched.
 */
import { createClient, type InputProgressClient } from '@input-progress/core';
import {
  createSimulator,
  simulatorFetch,
  type Simulator,
  type SimulatorFetch,
} from '@input-progress/simulator/browser';

/** The base path of every snippet in the docs: where the forwarder (and the simulator) stand. */
export const BASE_URL = '/api';

/** The page's simulator: the `job_demo_*` presets plus the jobs the stories make. */
export const simulator: Simulator = createSimulator({ basePath: BASE_URL });

/** A `fetch` the page's simulator answers. */
export const apiFetch: SimulatorFetch = simulatorFetch(simulator);

/** Whether a request is one for the batch API, whatever base URL a story gave it. */
function isBatchApiRequest(input: RequestInfo | URL): boolean {
  const url = input instanceof Request ? input.url : String(input);
  try {
    return new URL(url, location.href).pathname.includes('/batch/jobs/');
  } catch {
    return false;
  }
}

let installed = false;

/**
 * Routes the page's batch API requests to the simulator. A wrong base URL therefore gets the
 * simulator's `404` in the page, as a misconfigured app would, instead of a real request.
 */
export function installPageApi(): void {
  if (installed) return;
  installed = true;
  const network = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input, init) =>
    isBatchApiRequest(input) ? apiFetch(input, init) : network(input, init);
}

/**
 * A client on the page's simulator that gives up at once instead of retrying: for the stories
 * that show what the list does after a failed load (back-off, stale data) without waiting
 * through the default three retries.
 */
export function impatientClient(baseUrl: string = BASE_URL): InputProgressClient {
  return createClient({ baseUrl, fetch: apiFetch, retry: { attempts: 0 } });
}
