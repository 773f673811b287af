import type { ApiErrorEntry } from './api-error.js';

/** Headers every JSON API response carries: never cache live progress. */
const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
};

/** A JSON response. */
export function jsonResponse(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return jsonTextResponse(JSON.stringify(body), status, headers);
}

/** A JSON response from an already serialized body (when the text is needed first, e.g. for an ETag). */
export function jsonTextResponse(
  text: string,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return new Response(text, { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** Gives each error a unique, deterministic `error_uid` (`err-` + counter). */
export type ErrorUid = () => string;

/** A response in the API's current `{"errors": [...]}` envelope. */
export function errorsResponse(
  status: number,
  errors: readonly ApiErrorEntry[],
  uid: ErrorUid,
  headers: Record<string, string> = {},
): Response {
  return jsonResponse(
    {
      errors: errors.map((e) => ({
        code: e.code,
        message: e.message,
        ...(e.suggestion !== undefined ? { suggestion: e.suggestion } : {}),
        error_uid: uid(),
      })),
    },
    status,
    headers,
  );
}

/** An empty response (204, 304). */
export function emptyResponse(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers });
}
