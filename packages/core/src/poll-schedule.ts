import { backoffDelay } from './backoff.js';

/** Whether and how the feed keeps its page live. */
export type LiveState = 'live' | 'paused-hidden' | 'backing-off' | 'stopped' | 'offline';

/** The decision: the live state to show, and when the next load is due (`null`: none). */
export interface PollDecision {
  readonly live: LiveState;
  readonly nextPollAt: number | null;
}

/** Everything the next load depends on. */
export interface PollState {
  /** Whether anyone watches the feed; without a subscriber nothing is scheduled. */
  readonly subscribed: boolean;
  /** Ms between polls; 0, or anything that is not a positive number (NaN), turns polling off. */
  readonly pollInterval: number;
  /** Whether anything on the page or in the counts is pending or processing (or unknown yet). */
  readonly active: boolean;
  /** Whether the page is visible. */
  readonly visible: boolean;
  /** Whether the network is up. */
  readonly online: boolean;
  /** Failures in a row since the last success. */
  readonly failureCount: number;
  /** Whether the last failure was a 4xx retrying cannot fix (e.g. 401/403/404): nothing more until the query changes. */
  readonly fatal: boolean;
  /** How many retries a failed load gets while polling is off (failures 2 … n+1 are retries). */
  readonly retryLimit: number;
  /** The server's last `Retry-After`, in ms, or `null`. */
  readonly retryAfterMs: number | null;
  /** When the last load settled (ms since the epoch). */
  readonly settledAt: number;
  /** In [0, 1): the jitter draw for this wait, drawn once per failure so re-deciding is stable. */
  readonly random: number;
  /** The longest wait after failures; `Retry-After` is honoured up to it. */
  readonly maxBackoffMs: number;
}

/** Spread of every wait after a failure: ±20%. */
const JITTER = 0.2;
/** The first retry wait while polling is off, doubled for every further retry. */
export const RETRY_DELAY_MS = 1000;

/**
 * The one place that decides when the feed loads next. Pure: same state, same decision.
 *
 * - Offline pages make no requests; hidden pages pause whatever would come next.
 * - While polling, the feed loads every `pollInterval` as long as anything is still pending
 *   or processing, and stops when everything is terminal. After failures it backs off:
 *   `pollInterval · 2^failureCount`, at most `maxBackoffMs`.
 * - With polling off, a failed load is still retried, `retryLimit` times: after
 *   1 s · 2^(failureCount − 1) ({@link RETRY_DELAY_MS}), at most `maxBackoffMs`. Then it
 *   stays in the error state (a `refresh()` tries once more).
 * - Every wait after a failure is spread by ±20% jitter and never shorter than `Retry-After`.
 * - A 4xx that retrying cannot fix (`fatal`) and a feed without subscribers schedule nothing.
 */
export function decidePoll(state: PollState): PollDecision {
  const { pollInterval, failureCount, maxBackoffMs } = state;
  if (!state.online) return { live: 'offline', nextPollAt: null };
  const polling = state.subscribed && pollInterval > 0;
  // The first failure is the load itself; every later one in a row was a retry.
  const retrying = state.subscribed && failureCount <= state.retryLimit;
  let wait: number | null = null;
  if (failureCount > 0 && !state.fatal && (polling || retrying)) {
    const backoff = polling
      ? backoffDelay(failureCount, pollInterval, maxBackoffMs, JITTER, state.random)
      : backoffDelay(failureCount - 1, RETRY_DELAY_MS, maxBackoffMs, JITTER, state.random);
    wait = Math.max(backoff, Math.min(state.retryAfterMs ?? 0, maxBackoffMs));
  } else if (failureCount === 0 && polling && state.active) {
    wait = pollInterval;
  }
  if (wait === null) return { live: 'stopped', nextPollAt: null };
  if (!state.visible) return { live: 'paused-hidden', nextPollAt: null };
  return {
    live: failureCount > 0 ? 'backing-off' : 'live',
    nextPollAt: state.settledAt + wait,
  };
}
