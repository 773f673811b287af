import { backoffDelay } from './backoff.js';

/** Whether and how the feed keeps its page live. */
export type LiveState = 'live' | 'paused-hidden' | 'backing-off' | 'stopped' | 'offline';

/** Everything the next poll depends on. */
export interface PollState {
  /** Base interval in ms; 0 turns polling off. */
  readonly pollInterval: number;
  /** Whether anyone is subscribed (no subscriber, no polling). */
  readonly subscribed: boolean;
  /** Whether anything on the page or in the counts is pending or processing (or unknown yet). */
  readonly active: boolean;
  readonly visible: boolean;
  readonly online: boolean;
  /** A failure retrying cannot fix (e.g. 401/403/404) happened since the last query change. */
  readonly fatal: boolean;
  /** Failures in a row since the last success. */
  readonly failureCount: number;
  /** The server's last `Retry-After`, in ms. */
  readonly retryAfterMs: number | null;
  /** When the last load settled (ms since the epoch). */
  readonly settledAt: number;
  /** The longest wait after errors (default 60 000 ms); `Retry-After` is honoured up to it. */
  readonly maxBackoffMs?: number;
  /** In [0, 1): the jitter draw for this wait, drawn once per failure so re-deciding is stable. */
  readonly random: number;
}

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
 */
export function decidePoll(state: PollState): PollDecision {
  const stop = (live: LiveState): PollDecision => ({ live, nextPollAt: null });
  if (!state.online) return stop('offline');
  const failing = state.failureCount > 0;
  if (!state.subscribed || state.fatal || state.pollInterval <= 0 || !(failing || state.active))
    return stop('stopped');
  if (!state.visible) return stop('paused-hidden');
  const cap = state.maxBackoffMs ?? 60_000;
  if (!failing) return { live: 'live', nextPollAt: state.settledAt + state.pollInterval };
  const wait = backoffDelay(state.failureCount, state.pollInterval, cap, 0.2, state.random);
  return {
    live: 'backing-off',
    nextPollAt: state.settledAt + Math.max(wait, Math.min(state.retryAfterMs ?? 0, cap)),
  };
}
