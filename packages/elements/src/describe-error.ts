/**
 * What a failure means to a user: who answered (the API, or something else at the address),
 * and what it said. "There is no job X" only when the API itself said so; a 4xx whose body is
 * not the API's (an HTML page, an empty body, a framework's default 404) means no API answered
 * at the `base-url`, which is then named.
 */
import { ApiError, NetworkError, ResponseShapeError, TimeoutError } from '@input-progress/core';
import type { InputProgressStrings } from './strings.js';

/** How the job header names a failed load of the job (its `data-status`). */
export type JobFailure = 'not-found' | 'no-access' | 'unavailable';

/** Where the failed request went, for sentences that name it. */
export interface ErrorContext {
  readonly jobId: string;
  /** The element's `base-url` as written; null when a client or feed was handed in. */
  readonly baseUrl: string | null;
}

/**
 * Whether the API itself answered: its current error body (`errors[]`). A 404 with only a
 * legacy `{"detail": …}` is a framework's default ("Not Found"), not the API's word; other
 * statuses accept the legacy form, which the API still uses for some auth failures.
 */
const fromApi = (error: ApiError): boolean =>
  error.errors.length > 0 || (error.status !== 404 && error.detail !== null);

/** A 404 in which the API says that the job does not exist (not, e.g., that a path does not). */
const saysNoJob = (error: ApiError, jobId: string): boolean =>
  error.status === 404 &&
  error.errors.some(
    (entry) => entry.code.includes('job') || (!!jobId && entry.message.includes(jobId)),
  );

/** Statuses whose meaning holds whoever sent them (a proxy's 429 still asks to wait). */
const TRANSPORT_STATUSES = new Set([408, 429]);

/** A 4xx that did not come from the API: the address is wrong, not the job. */
const noApi = (error: ApiError): boolean =>
  error.status >= 400 &&
  error.status < 500 &&
  !TRANSPORT_STATUSES.has(error.status) &&
  !fromApi(error);

/** The API root a request went to: its URL up to the batch path (the key is never in it). */
function apiRootOf(error: ApiError): string {
  const url = error.url ?? '';
  const batch = url.indexOf('/batch/');
  return batch > 0 ? url.slice(0, batch) : url;
}

/** The sentence that explains `error` to a user, chosen by the error's type, status and body. */
export function describeError(
  error: unknown,
  strings: InputProgressStrings,
  { jobId, baseUrl }: ErrorContext,
): string {
  if (error instanceof ApiError) {
    const { status } = error;
    if (noApi(error)) return strings.errorNoApi(baseUrl || apiRootOf(error), status);
    if (saysNoJob(error, jobId)) return strings.errorNotFound(jobId);
    if (status === 401) return strings.errorUnauthorized;
    if (status === 403) return strings.errorForbidden;
    if (status === 429) return strings.errorRateLimited;
    if (status >= 500) return strings.errorServer(status);
    return strings.errorBadRequest(error.errors[0]?.message || error.detail || `HTTP ${status}`);
  }
  if (error instanceof TimeoutError) return strings.errorTimeout;
  if (error instanceof NetworkError) return strings.errorNetwork;
  if (error instanceof ResponseShapeError) return strings.errorShape;
  return strings.errorUnknown;
}

/** How the job header names a failed load of the job record (or of the job's first counts). */
export function jobFailureOf(error: unknown, jobId: string): JobFailure {
  if (!(error instanceof ApiError) || noApi(error)) return 'unavailable';
  if (saysNoJob(error, jobId)) return 'not-found';
  return error.status === 401 || error.status === 403 ? 'no-access' : 'unavailable';
}
