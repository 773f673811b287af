/**
 * Capped exponential backoff with symmetric jitter: `min(cap, base · 2^n) · (1 ± jitter)`.
 * Shared by the client's retries and the feed's error backoff so both follow one rule.
 *
 * @param failures how many failures in a row came before this wait (0 for the first)
 * @param random a number in [0, 1), injectable so tests are deterministic
 */
export function backoffDelay(
  failures: number,
  baseMs: number,
  capMs: number,
  jitter: number,
  random: number,
): number {
  return Math.round(Math.min(capMs, baseMs * 2 ** failures) * (1 + jitter * (2 * random - 1)));
}
