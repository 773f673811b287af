import type { SimulatorOptions } from './types.js';

/** Which surface a response belongs to: the API (`basePath`) or the control API (`/__simulator`). */
export type CorsScope = 'api' | 'control';

/**
 * Adds CORS headers to a response per the simulator's `cors` option.
 *
 * API: any origin (`*`) by default; no credentials are needed because auth is a Bearer
 * header, not a cookie. Control API: no CORS headers unless `cors.origin` is set explicitly
 * (then that origin), so other websites open in the developer's browser can neither read
 * it nor send it preflighted requests (see control-access.ts for the rest of that guard).
 */
export function withCors(
  response: Response,
  request: Request,
  cors: SimulatorOptions['cors'],
  scope: CorsScope = 'api',
): Response {
  if (cors === false) return response;
  const origin = scope === 'control' ? cors?.origin : (cors?.origin ?? '*');
  if (origin === undefined) return response;
  const headers = new Headers(response.headers);
  headers.set('access-control-allow-origin', origin);
  if (origin !== '*') headers.append('vary', 'Origin');
  headers.set('access-control-expose-headers', 'ETag, Retry-After, Content-Length');
  if (request.method === 'OPTIONS') {
    // The API itself only answers GET; the control API also creates, changes and deletes.
    headers.set(
      'access-control-allow-methods',
      scope === 'control' ? 'GET, POST, PUT, DELETE, OPTIONS' : 'GET, OPTIONS',
    );
    headers.set(
      'access-control-allow-headers',
      request.headers.get('access-control-request-headers') ??
        'Authorization, Content-Type, If-None-Match',
    );
    headers.set('access-control-max-age', '600');
  }
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
