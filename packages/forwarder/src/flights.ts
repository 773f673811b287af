/**
 * Coalescing: identical requests in flight at the same time become one upstream request,
 * whose outcome every viewer who asked meanwhile shares. A viewer who disconnects stops
 * waiting, but the request runs on and fills the cache (up to the upstream timeout), so
 * viewers that come and go cannot multiply the load on the API.
 */
import type { Outcome } from './outcome.js';

/** The upstream requests in flight, by cache key. */
export class Flights {
  readonly #flights = new Map<string, Promise<Outcome>>();

  /** Joins the request in flight for `key`, or undefined when there is none. */
  joinExisting(key: string, signal: AbortSignal): Promise<Outcome> | undefined {
    const flight = this.#flights.get(key);
    return flight && join(flight, signal, true);
  }

  /**
   * Starts `run` as the flight for `key` and joins it. `fallback` turns a failure of `run`
   * into an outcome, so every waiter gets an answer.
   */
  start(
    key: string,
    signal: AbortSignal,
    run: () => Promise<Outcome>,
    fallback: () => Outcome,
  ): Promise<Outcome> {
    const flight: Promise<Outcome> = run()
      .catch(fallback)
      .finally(() => {
        if (this.#flights.get(key) === flight) this.#flights.delete(key);
      });
    this.#flights.set(key, flight);
    return join(flight, signal, false);
  }
}

/** Waits for a flight on behalf of one viewer, until it lands or the viewer goes away. */
function join(flight: Promise<Outcome>, signal: AbortSignal, coalesced: boolean): Promise<Outcome> {
  return new Promise<Outcome>((resolve, reject) => {
    const onAbort = (): void =>
      reject(signal.reason ?? new DOMException('The viewer went away.', 'AbortError'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    void flight.then((outcome) => {
      signal.removeEventListener('abort', onAbort);
      resolve(coalesced && outcome.cache === 'miss' ? { ...outcome, cache: 'coalesced' } : outcome);
    });
  });
}
