import { ApiError, NetworkError, ResponseShapeError, TimeoutError } from '@input-progress/core';
import type { InputProgressStrings } from './strings.js';

/** The sentence that explains `error` to a user, chosen by the error's type and HTTP status. */
export function describeError(error: unknown, t: InputProgressStrings, jobId: string): string {
  if (error instanceof ApiError) {
    const { status } = error;
    if (status === 401) return t.errorUnauthorized;
    if (status === 403) return t.errorForbidden;
    if (status === 404) return t.errorNotFound(jobId);
    if (status === 429) return t.errorRateLimited;
    if (status >= 500) return t.errorServer(String(status));
    return t.errorBadRequest(error.errors[0]?.message || error.detail || `HTTP ${status}`);
  }
  if (error instanceof TimeoutError) return t.errorTimeout;
  if (error instanceof NetworkError) return t.errorNetwork;
  if (error instanceof ResponseShapeError) return t.errorShape;
  return t.errorUnknown;
}
