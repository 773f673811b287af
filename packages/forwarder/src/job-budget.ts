/**
 * The upstream budget per job: at most so many requests to the API per second for one job,
 * across all its queries, so no viewer (however many distinct queries it sends) can spend
 * the key's rate limit. Counted in the shared store when it can count, so instances share
 * one budget; in the instance's own memory otherwise.
 */
import type { AnswerCache } from './answer-cache.js';
import type { CachedAnswer } from './cached-answer.js';
import { ownError, type Outcome } from './outcome.js';

/** How long one second's counter is kept: past its second, with room for clock skew. */
const COUNTER_TTL_MS = 5000;

/**
 * Spends one request of `jobId`'s budget for the second `now` falls in; false when the
 * second's `perSecond` requests are already spent.
 */
export async function spendBudget(
  cache: AnswerCache,
  jobId: string,
  now: number,
  perSecond: number,
): Promise<boolean> {
  const second = Math.floor(now / 1000);
  const count = await cache.increment(
    await cache.keyOf(`budget:${jobId}:${second}`),
    COUNTER_TTL_MS,
  );
  return count <= perSecond;
}

/** Over budget: the last good answer of the query, or `429` until the next second. */
export function overBudget(previous: CachedAnswer | undefined, now: number): Outcome {
  const retryAfter = Math.max(1, Math.ceil((Math.floor(now / 1000) * 1000 + 1000 - now) / 1000));
  if (previous?.status === 200) return { answer: previous, cache: 'stale', retryAfter };
  const { answer } = ownError(
    429,
    'budget_exceeded',
    'This job has used its share of requests to the API for now.',
  );
  return { answer, cache: 'held', retryAfter };
}
