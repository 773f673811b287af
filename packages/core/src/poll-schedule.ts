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
 * Offline and hidden pages make no requests; failures retrying cannot fix stop; other
 * failures back off (`pollInterval · 2^n`, at most `maxBackoffMs`, ±20% jitter, never
 * sooner than `Retry-After`); otherwise the feed polls at `pollInterval` while anything is
 * still pending or processing, and stops when everything is terminal.
 *
 * The state comes as positional parameters rather than one object: the feed calls this on
 * every change, and property names are bytes a minifier cannot shorten (size budget).
 *
 * @param pollInterval base interval in ms; 0, or anything not a positive number (NaN), turns polling off
 * @param subscribed whether anyone is subscribed (no subscriber, no polling)
 * @param active whether anything on the page or in the counts is pending or processing (or unknown yet)
 * @param visible whether the page is visible
 * @param online whether the network is up
 * @param fatal whether a failure retrying cannot fix (e.g. 401/403/404) happened since the last query change
 * @param failureCount failures in a row since the last success
 * @param retryAfterMs the server's last `Retry-After`, in ms
 * @param settledAt when the last load settled (ms since the epoch)
 * @param maxBackoffMs the longest wait after errors (default 60 000 ms); `Retry-After` is honoured up to it
 * @param random in [0, 1): the jitter draw for this wait, drawn once per failure so re-deciding is stable
 */
export function decidePoll(
  pollInterval: number,
  subscribed: boolean,
  active: boolean,
  visible: boolean,
  online: boolean,
  fatal: boolean,
  failureCount: number,
  retryAfterMs: number | null,
  settledAt: number,
  maxBackoffMs = 60_000,
  random: number,
): PollDecision {
  const live: LiveState = !online
    ? 'offline'
    : !subscribed || fatal || !(pollInterval > 0) || !(failureCount || active)
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
