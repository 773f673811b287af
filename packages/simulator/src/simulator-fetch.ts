import type { Simulator } from './create-simulator.js';

/** A `fetch` (same arguments, same promise) answered by a simulator in the same page. */
export type SimulatorFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** Options of {@link simulatorFetch}. */
export interface SimulatorFetchOptions {
  /**
   * The URL that relative request URLs (`/api/batch/jobs/…`) are resolved against. Default:
   * the page's `location.href`, or `http://localhost/` where there is no page (Node, workers).
   */
  readonly base?: string;
}

/** The page's address, read when a request is made (a single-page app may have moved on). */
function pageAddress(): string | undefined {
  return (globalThis as { location?: { href?: string } }).location?.href;
}

/**
 * Makes a `fetch` that never touches the network: every request it is given is answered by
 * `simulator.handle()` inside the page, with the simulator's latency, faults and held answers.
 * Hand it to the core client (`createClient({ baseUrl: '/api', fetch })`) and a list renders
 * a live job from a static page with no server behind it.
 *
 * It behaves like `fetch` where a client can tell: an aborted signal rejects at once with the
 * signal's reason (also while the simulator is still waiting on latency or a hold), and a
 * dropped connection rejects with a `TypeError`. The simulator serves whatever path it is
 * configured for (`basePath`, default `/api`); any other path gets its `404 not_found`, never
 * a real request.
 */
export function simulatorFetch(
  simulator: Simulator,
  options: SimulatorFetchOptions = {},
): SimulatorFetch {
  return (input, init) => {
    let request: Request;
    try {
      const base = options.base ?? pageAddress() ?? 'http://localhost/';
      request = new Request(input instanceof Request ? input : new URL(String(input), base), init);
    } catch (error) {
      // fetch rejects (it never throws synchronously) on a URL or init it cannot use.
      return Promise.reject(error);
    }
    const signal = request.signal;
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise<Response>((resolve, reject) => {
      const abort = () => reject(signal.reason);
      signal.addEventListener('abort', abort, { once: true });
      simulator
        .handle(request)
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', abort));
    });
  };
}
