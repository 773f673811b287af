/**
 * Rounds of at least `every` ms: a load whose arguments include the round runs again at most
 * that often, however often its host updates. Pure bookkeeping on the times it is given.
 */
export class Cadence {
  readonly #every: number;
  #round = 0;
  #startedAt = -Infinity;

  constructor(every: number) {
    this.#every = every;
  }

  /** The current round at `now` (ms): the next one starts `every` ms after this one did. */
  round(now: number): number {
    if (now - this.#startedAt >= this.#every) {
      this.#round++;
      this.#startedAt = now;
    }
    return this.#round;
  }
}
