/**
 * Per-input ETA from successive progress samples. A sample is (progress row time, percent);
 * the rate between two samples is smoothed with an exponential moving average so a single
 * fast or slow step does not make the estimate jump.
 */

import { timeOf } from './iso-time.js';
import { isFiniteNumber } from './percent.js';

/** What is remembered about one input between loads. */
export interface EtaTrack {
  /** Time of the latest sample (ms since the epoch, from the progress row). */
  readonly at: number;
  readonly percent: number;
  /** Smoothed percent per ms, or `null` until two samples showed progress. */
  readonly rate: number | null;
  /** Ms remaining as of `at`, or `null`. */
  readonly eta: number | null;
}

/**
 * The next track of one input from its previous track and a new sample; `undefined` (forget
 * it) for unknown percents, unreadable times and finished inputs. Re-reading the same sample
 * returns the previous track, so its `eta` stays the same.
 *
 * @param reportedAt when the progress row was written (ISO 8601)
 * @param smoothing weight of the newest rate in the moving average, 0–1 (default 0.3)
 */
export function trackEta(
  previous: EtaTrack | undefined,
  percent: number | null,
  reportedAt: string | null | undefined,
  finished: boolean,
  smoothing = 0.3,
): EtaTrack | undefined {
  const at = timeOf(reportedAt);
  if (finished || percent === null || at === null || at <= 0) return undefined;
  if (previous && at <= previous.at) return previous;
  let rate: number | null = null;
  if (previous) {
    const sampled = Math.max(0, percent - previous.percent) / (at - previous.at);
    rate =
      previous.rate === null
        ? sampled || null
        : previous.rate + smoothing * (sampled - previous.rate);
  }
  // A rate too small for a double to divide by would make the ETA Infinity: none then.
  const eta = rate ? Math.round((100 - percent) / rate) : null;
  return { at, percent, rate, eta: isFiniteNumber(eta) ? eta : null };
}
