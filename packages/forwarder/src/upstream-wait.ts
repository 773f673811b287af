/**
 * The API's request to wait (`429` / `503` with `Retry-After`): how long the forwarder holds
 * off, and what viewers get meanwhile.
 */
import { parseRetryAfter } from '@input-progress/core';
import type { CachedAnswer, UpstreamWait } from './cached-answer.js';
import { ownError, type Outcome } from './outcome.js';

/** Shortest wait: a `429` / `503` without a readable `Retry-After` still holds off this long. */
const MIN_WAIT_SECONDS = 1;
/** Longest wait honoured, so a bogus header cannot silence the forwarder for days. */
const MAX_WAIT_SECONDS = 3600;

/**
 * The forwarder's policy on top of the one `Retry-After` reading (core's `parseRetryAfter`):
 * the wait in whole seconds, at least 1 (also when the header is missing or unreadable) and
 * at most 3600. A date is measured against `now` (ms since the epoch).
 */
export function waitSeconds(header: string | null, now: number): number {
  const ms = parseRetryAfter(header, now) ?? 0;
  return Math.min(MAX_WAIT_SECONDS, Math.max(MIN_WAIT_SECONDS, Math.ceil(ms / 1000)));
}

/** While the API asks to wait: the last good answer, or the wait passed on. */
export function holdOff(
  previous: CachedAnswer | undefined,
  wait: UpstreamWait,
  now: number,
): Outcome {
  const retryAfter = Math.max(1, Math.ceil((wait.until - now) / 1000));
  if (previous?.status === 200) return { answer: previous, cache: 'stale', retryAfter };
  const { answer } =
    wait.status === 429
      ? ownError(429, 'rate_limited', 'The API asked to wait before it is asked again.')
      : ownError(503, 'unavailable', 'The API is unavailable for a while.');
  return { answer, cache: 'held', retryAfter };
}
