import { backoffDelay } from './backoff.js';

/** Whether and how the feed keeps its page live. */
export type LiveState = 'live' | 'paused-hidden' | 'backing-off' | 'stopped' | 'offline';

/** The decision: the live state to show, and when the next load is due (`null`: none). */
export interface PollDecision {
  readonly live: LiveState;
  readonly nextPollAt: number | null;
}

/**
 * The one place that decides when the feed loads next. Pure: same state, same decision.
 * Offline and hidden pages make no requests; failures back off (`pollInterval · 2^n`, at
 * most `maxBackoffMs`, ±20% jitter, never sooner than `Retry-After`); otherwise the feed polls
 * at `pollInterval` while anything is still pending or processing, and stops when everything
 * is terminal or polling is off.
 *
 * The state comes as positional parameters rather than one object: the feed calls this on
 * every change, and property names are bytes a minifier cannot shorten (size budget). To
 * keep them few, everything that turns polling off (no subscriber, a failure retrying cannot
 * fix, polling disabled) arrives as `pollInterval` 0, and only three are booleans.
 *
 * @param pollInterval base interval in ms; 0, or anything not a positive number (NaN), means
 *   polling is off: the feed passes 0 without subscribers and after a failure retrying cannot
 *   fix (e.g. 401/403/404) until the query changes
 * @param active whether anything on the page or in the counts is pending or processing (or unknown yet)
 * @param visible whether the page is visible
 * @param online whether the network is up
 * @param failureCount failures in a row since the last success
 * @param retryAfterMs the server's last `Retry-After`, in ms, or `null`
 * @param settledAt when the last load settled (ms since the epoch)
 * @param random in [0, 1): the jitter draw for this wait, drawn once per failure so re-deciding is stable
 * @param maxBackoffMs the longest wait after errors (default 60 000 ms); `Retry-After` is honoured up to it
 */
export function decidePoll(
  pollInterval: number,
  active: boolean,
  visible: boolean,
  online: boolean,
  failureCount: number,
  retryAfterMs: number | null,
  settledAt: number,
  random: number,
  maxBackoffMs = 60_000,
): PollDecision {
  const live: LiveState = !online
    ? 'offline'
    : !(pollInterval > 0) || !(failureCount || active)
      ? 'stopped'
      : !visible
        ? 'paused-hidden'
        : failureCount
          ? 'backing-off'
          : 'live';
  return {
    live,
    nextPollAt:
      live === 'live'
        ? settledAt + pollInterval
        : live === 'backing-off'
          ? settledAt +
            Math.max(
              backoffDelay(failureCount, pollInterval, maxBackoffMs, 0.2, random),
              Math.min(retryAfterMs ?? 0, maxBackoffMs),
            )
          : null,
  };
}
