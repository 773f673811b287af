/**
 * "about 3 min left", or nothing: one rule for every estimate on screen, so none ever reads
 * "0 sec left" (an estimate under a second is as good as done and is not shown).
 */
import type { Formatters } from './formatters.js';
import type { InputProgressStrings } from './strings.js';

/** The time-left text for `ms`, or null when there is nothing meaningful to say. */
export function timeLeft(
  ms: number | null,
  strings: InputProgressStrings,
  formatters: Formatters,
): string | null {
  return ms !== null && Number.isFinite(ms) && ms >= 1000
    ? strings.eta(formatters.duration(ms))
    : null;
}
