import { ApiError, type ApiErrorEntry } from './errors.js';
import { parseJson } from './parse-json.js';
import type { Redactor } from './redact.js';

/** The longest excerpt of a body in neither of the API's error forms. */
const EXCERPT_LENGTH = 200;

/**
 * The {@link ApiError} of a non-2xx response, read in whichever of the API's error forms it
 * comes: an `errors[]` envelope, a legacy `{"detail": "…"}`, or else a short excerpt of the
 * body (an HTML gateway page). Every string is scrubbed of secrets.
 */
export function apiErrorOf(
  answer: { readonly status: number; readonly text: string; readonly url: string },
  retryAfterMs: number | null,
  { redact, safeText }: Redactor,
): ApiError {
  const { status, text, url } = answer;
  const json = (parseJson(text) ?? {}) as Record<string, unknown>;
  const errors: ApiErrorEntry[] = Array.isArray(json.errors)
    ? json.errors.map((entry: Record<string, unknown> | null) => ({
        code: safeText(entry?.code) ?? 'unknown',
        message: safeText(entry?.message) ?? '',
        suggestion: safeText(entry?.suggestion),
        errorUid: safeText(entry?.error_uid),
      }))
    : [];
  const detail = safeText(json.detail);
  const bodyExcerpt =
    errors.length || detail !== null
      ? null
      : redact(text.replace(/\s+/g, ' ').trim()).slice(0, EXCERPT_LENGTH) || null;
  return new ApiError({ status, errors, detail, bodyExcerpt, retryAfterMs, url: redact(url) });
}
