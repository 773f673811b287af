/**
 * What the forwarder hands a viewer: an answer (from the cache, the API or the forwarder
 * itself), how it was obtained, and the wait to pass on; and the response built from it.
 */
import { etagMatches } from '@input-progress/core';
import { SAFETY_HEADERS } from './error-response.js';
import type { CacheOutcome } from './types.js';

/** The response header that says how an answer was obtained (see {@link CacheOutcome}). */
export const CACHE_HEADER = 'x-input-progress-cache';

/** An answer on its way to a viewer: cached ones carry `etag` and `storedAt`. */
export interface Answer {
  readonly status: number;
  readonly body: string | Uint8Array<ArrayBuffer>;
  readonly etag?: string;
  readonly storedAt?: number;
  /** The body, already encoded. */
  readonly bytes?: Uint8Array<ArrayBuffer>;
}

/** An answer, how it was obtained, and the wait to pass on. */
export interface Outcome {
  readonly answer: Answer;
  readonly cache: CacheOutcome;
  /** Seconds for the viewer's `Retry-After`, when the API asked to wait. */
  readonly retryAfter: number | null;
}

/** One of the forwarder's own error answers, as an outcome (never cached). */
export function ownError(status: number, code: string, message: string): Outcome {
  return {
    answer: { status, body: JSON.stringify({ errors: [{ code, message }] }) },
    cache: 'miss',
    retryAfter: null,
  };
}

/**
 * The viewer's response for an outcome at time `now`; `304` when its `If-None-Match` names
 * the answer. `cacheControl` is what a fresh good answer carries; anything else is `no-store`.
 */
export function respond(
  outcome: Outcome,
  ifNoneMatch: string | null,
  now: number,
  cacheControl: string,
): Response {
  const { answer, cache, retryAfter } = outcome;
  const headers = new Headers({ ...SAFETY_HEADERS, [CACHE_HEADER]: cache });
  if (retryAfter !== null) headers.set('retry-after', String(retryAfter));
  if (answer.storedAt !== undefined) {
    headers.set('age', String(Math.max(0, Math.floor((now - answer.storedAt) / 1000))));
  }
  const etag = answer.status === 200 ? answer.etag : undefined;
  headers.set('cache-control', etag !== undefined && cache !== 'stale' ? cacheControl : 'no-store');
  const body = answer.bytes ?? answer.body;
  if (etag === undefined) return new Response(body, { status: answer.status, headers });
  headers.set('etag', etag);
  if (etagMatches(ifNoneMatch, etag)) {
    headers.delete('content-type');
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: answer.status, headers });
}
