/**
 * Coalescing: identical requests in flight at the same time become one upstream request,
 * whose outcome every viewer who asked meanwhile shares.
 */
import type { Outcome } from './outcome.js';

/** An upstream request in flight, shared by every viewer asking the same thing meanwhile. */
interface Flight {
  readonly promise: Promise<Outcome>;
  readonly controller: AbortController;
  waiters: number;
}

/** The upstream requests in flight, by cache key. */
export class Flights {
  readonly #flights = new Map<string, Flight>();

  /** Joins the request in flight for `key`, or undefined when there is none. */
  joinExisting(key: string, signal: AbortSignal): Promise<Outcome> | undefined {
    const flight = this.#flights.get(key);
    return flight && this.#join(flight, signal, true);
  }

  /**
   * Starts `run` as the flight for `key` and joins it. `fallback` turns a failure of `run`
   * into an outcome, so every waiter gets an answer.
   */
  start(
    key: string,
    signal: AbortSignal,
    run: (signal: AbortSignal) => Promise<Outcome>,
    fallback: () => Outcome,
  ): Promise<Outcome> {
    const controller = new AbortController();
    const flight: Flight = {
      controller,
      waiters: 0,
      promise: run(controller.signal)
        .catch(fallback)
        .finally(() => {
          if (this.#flights.get(key) === flight) this.#flights.delete(key);
        }),
    };
    this.#flights.set(key, flight);
    return this.#join(flight, signal, false);
  }

  /**
   * Waits for a flight on behalf of one viewer. A viewer who disconnects stops waiting; when
   * the last one has gone, the upstream request is cancelled.
   */
  #join(flight: Flight, signal: AbortSignal, coalesced: boolean): Promise<Outcome> {
    flight.waiters++;
    return new Promise<Outcome>((resolve, reject) => {
      let settled = false;
      const leave = (): void => {
        settled = true;
        flight.waiters--;
        signal.removeEventListener('abort', onAbort);
      };
      const onAbort = (): void => {
        if (settled) return;
        leave();
        if (flight.waiters === 0) {
          flight.controller.abort();
          for (const [key, value] of this.#flights) if (value === flight) this.#flights.delete(key);
        }
        reject(signal.reason ?? new DOMException('The viewer went away.', 'AbortError'));
      };
      if (signal.aborted) {
        onAbort();
        return;
      }
      signal.addEventListener('abort', onAbort, { once: true });
      void flight.promise.then((outcome) => {
        if (settled) return;
        leave();
        resolve(
          coalesced && outcome.cache === 'miss' ? { ...outcome, cache: 'coalesced' } : outcome,
        );
      });
    });
  }
}
