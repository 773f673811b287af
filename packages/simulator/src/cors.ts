import type { SimulatorOptions } from './types.js';

/**
 * Adds CORS headers to a response per the simulator's `cors` option. Default: any origin
 * (`*`); no credentials are needed because auth is a Bearer header, not a cookie.
 */
export function withCors(response: Response, request: Request, cors: SimulatorOptions['cors']): Response {
  if (cors === false) return response;
  const headers = new Headers(response.headers);
  const origin = cors?.origin ?? '*';
  headers.set('access-control-allow-origin', origin);
  if (origin !== '*') headers.append('vary', 'Origin');
  headers.set('access-control-expose-headers', 'ETag, Retry-After, Content-Length');
  if (request.method === 'OPTIONS') {
    headers.set('access-control-allow-methods', 'GET, POST, PUT, DELETE, OPTIONS');
    headers.set(
      'access-control-allow-headers',
      request.headers.get('access-control-request-headers') ?? 'Authorization, Content-Type, If-None-Match',
    );
    headers.set('access-control-max-age', '600');
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
