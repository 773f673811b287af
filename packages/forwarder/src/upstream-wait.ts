/**
 * The API's request to wait (`429` / `503` with `Retry-After`): how long the forwarder holds
 * off, for which jobs, and what viewers get meanwhile.
 *
 * A wait is scoped to the job whose request got it, so one job's trouble (or one absurd
 * `Retry-After`) never stops the others. The API's rate limit may still be the key's as a
 * whole; the forwarder tells the two apart by what happens next: when a second job is
 * refused while another job's wait is still running, the refusals are evidently not about
 * one job, and the wait becomes key-wide (every job holds off until it ends). A success on
 * any job ends the key-wide wait.
 */
import { parseRetryAfter } from '@input-progress/core';
import type { AnswerCache } from './answer-cache.js';
import { parseWait, type CachedAnswer, type UpstreamWait } from './cached-answer.js';
import { ownError, type Outcome } from './outcome.js';

/** Shortest wait: a `429` / `503` without a readable `Retry-After` still holds off this long. */
const MIN_WAIT_SECONDS = 1;
/** Longest wait honoured, so a bogus header cannot silence the forwarder for days. */
const MAX_WAIT_SECONDS = 3600;
/** The scope of a key-wide wait (job ids never contain `*`). */
const EVERY_JOB = '*';

/**
 * The forwarder's policy on top of the one `Retry-After` reading (core's `parseRetryAfter`):
 * the wait in whole seconds, at least 1 (also when the header is missing or unreadable) and
 * at most 3600. A date is measured against `now` (ms since the epoch).
 */
export function waitSeconds(header: string | null, now: number): number {
  const ms = parseRetryAfter(header, now) ?? 0;
  return Math.min(MAX_WAIT_SECONDS, Math.max(MIN_WAIT_SECONDS, Math.ceil(ms / 1000)));
}

/** A wait in effect, and the scope it was recorded under. */
export interface ScopedWait {
  readonly wait: UpstreamWait;
  /** The job id, or `*` for a key-wide wait. */
  readonly scope: string;
}

/** The waits of one forwarder, kept in its cache so instances share them. */
export interface WaitBook {
  /** The wait that applies to `jobId` (its own or the key-wide one; the later-ending). */
  current(jobId: string): Promise<ScopedWait | undefined>;
  /** Records the API's new wait for `jobId`, key-wide when another job is already waiting. */
  record(jobId: string, wait: UpstreamWait, now: number): Promise<void>;
  /** Ends `jobId`'s wait and a key-wide one: the API answered `jobId` normally again. */
  clear(jobId: string): Promise<void>;
  /** True for the one caller, across instances, that may probe once `found` is over. */
  claimProbe(found: ScopedWait): Promise<boolean>;
}

/** The wait book in `cache`. */
export function createWaitBook(cache: AnswerCache): WaitBook {
  const keyOf = (scope: string) => cache.keyOf(`wait:${scope}`);
  const read = async (scope: string): Promise<ScopedWait | undefined> => {
    const wait = parseWait(await cache.get(await keyOf(scope)));
    return wait && { wait, scope };
  };
  // Kept past `until`, so that afterwards instances still agree on a single probe.
  const keep = (wait: UpstreamWait) => wait.seconds * 1000 + 60_000;

  return {
    async current(jobId) {
      const [own, everyJob] = await Promise.all([read(jobId), read(EVERY_JOB)]);
      if (own === undefined || everyJob === undefined) return own ?? everyJob;
      return everyJob.wait.until > own.wait.until ? everyJob : own;
    },
    async record(jobId, wait, now) {
      const latestKey = await cache.keyOf('wait:latest');
      const latest = await read('latest');
      const other = latest && (latest.wait as UpstreamWait & { jobId?: unknown }).jobId;
      await Promise.all([
        cache.set(await keyOf(jobId), wait, keep(wait)),
        cache.set(latestKey, { ...wait, jobId } as UpstreamWait, keep(wait)),
      ]);
      if (latest !== undefined && other !== jobId && latest.wait.until > now) {
        await cache.set(await keyOf(EVERY_JOB), wait, keep(wait));
      }
    },
    async clear(jobId) {
      await Promise.all([cache.delete(await keyOf(jobId)), cache.delete(await keyOf(EVERY_JOB))]);
    },
    async claimProbe({ wait, scope }) {
      return cache.claim(await cache.keyOf(`probe:${scope}:${wait.until}`), wait.seconds * 1000);
    },
  };
}

/**
 * While the API asks to wait: the last good answer, or the wait passed on in the forwarder's
 * own words (`held`, or `miss` when this request just got it).
 */
export function holdOff(
  previous: CachedAnswer | undefined,
  wait: UpstreamWait,
  now: number,
  cache: 'held' | 'miss' = 'held',
): Outcome {
  const retryAfter = Math.max(1, Math.ceil((wait.until - now) / 1000));
  if (previous?.status === 200) return { answer: previous, cache: 'stale', retryAfter };
  const { answer } =
    wait.status === 429
      ? ownError(429, 'rate_limited', 'The API asked to wait before it is asked again.')
      : ownError(503, 'unavailable', 'The API is unavailable for a while.');
  return { answer, cache, retryAfter };
}
