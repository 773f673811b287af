import { jsonResponse } from './http-responses.js';

/**
 * Checks `Authorization: Bearer <key>` against `keys`; returns the 401 response, or null when
 * the request may pass (always when no keys are configured). The 401 uses the legacy
 * `{"detail": ...}` form the real API sends for auth failures, and never echoes the key.
 */
export function bearerAuthFailure(
  keys: readonly string[] | undefined,
  request: Request,
): Response | null {
  if (!keys || keys.length === 0) return null;
  const header = request.headers.get('authorization');
  const match = header ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  if (!match)
    return jsonResponse({ detail: 'Not authenticated' }, 401, { 'www-authenticate': 'Bearer' });
  if (!keys.includes(match[1]!))
    return jsonResponse({ detail: 'Invalid API key' }, 401, { 'www-authenticate': 'Bearer' });
  return null;
}
