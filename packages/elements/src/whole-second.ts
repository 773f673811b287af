/**
 * `ms` (ms since the epoch) down to its whole second; null stays null. Every time on screen
 * is counted in whole seconds, so texts made from different times agree with each other: a
 * row's "took" is its "created" minus its "finished", and the job's elapsed time turns over
 * with the rows' ages, at the same tick.
 */
export function wholeSecond(ms: number): number;
export function wholeSecond(ms: number | null): number | null;
export function wholeSecond(ms: number | null): number | null {
  return ms === null ? null : Math.floor(ms / 1000) * 1000;
}
