import { backoffDelay } from './backoff.js';
import { sleep, type Clock } from './clock.js';
import type { RetryOptions } from './client-options.js';
import { isRetryable, type ApiError } from './errors.js';

/** The client's retry policy when neither the client nor the call says otherwise. */
export const DEFAULT_RETRY: RetryOptions = {
  attempts: 3,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  jitter: 0.2,
};

/**
 * The policy of one call: the client's and the call's options over {@link DEFAULT_RETRY}, the
 * call's winning; a field given as `undefined` takes the default.
 */
export function retryPolicy(
  clientRetry: Partial<RetryOptions> | undefined,
  callRetry: Partial<RetryOptions> | undefined,
): RetryOptions {
  const {
    attempts = DEFAULT_RETRY.attempts,
    baseDelayMs = DEFAULT_RETRY.baseDelayMs,
    maxDelayMs = DEFAULT_RETRY.maxDelayMs,
    jitter = DEFAULT_RETRY.jitter,
  } = { ...clientRetry, ...callRetry };
  return { attempts, baseDelayMs, maxDelayMs, jitter };
}

/**
 * Runs `attempt` until it succeeds, retrying what {@link isRetryable} allows up to
 * `policy.attempts` times. Each wait is the backoff (jittered by `clock.random()`) or the
 * failure's `Retry-After`, whichever is longer, on `clock`; a `Retry-After` beyond
 * `maxDelayMs` is reported at once, since retrying earlier than the server asked is
 * pointless. Aborting `signal` ends a wait with its reason.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  policy: RetryOptions,
  clock: Clock,
  signal: AbortSignal | undefined,
): Promise<T> {
  const { attempts, baseDelayMs, maxDelayMs, jitter } = policy;
  for (let failures = 0; ; failures++) {
    try {
      return await attempt();
    } catch (error) {
      const askedMs = (error as Partial<ApiError>).retryAfterMs ?? 0;
      if (failures >= attempts || !isRetryable(error) || askedMs > maxDelayMs) throw error;
      const backoffMs = backoffDelay(failures, baseDelayMs, maxDelayMs, jitter, clock.random());
      await sleep(clock, Math.max(backoffMs, askedMs), signal);
    }
  }
}
