import { SimulatedConnectionDrop } from './connection-drop.js';
import { errorsResponse, type ErrorUid } from './http-responses.js';
import type { FaultRule } from './types.js';

const GATEWAY_PAGE = (status: number): string =>
  `<html>\r\n<head><title>${status} Bad Gateway</title></head>\r\n<body>\r\n<center><h1>${status} Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;

function retryAfterHeader(
  value: number | string | null | undefined,
  fallback: number | null,
): Record<string, string> {
  const seconds = value === undefined ? fallback : value;
  return seconds === null ? {} : { 'retry-after': String(seconds) };
}

/** The response a fault rule produces (a drop rejects with {@link SimulatedConnectionDrop}). */
export function faultResponse(rule: FaultRule, jobId: string | null, uid: ErrorUid): Response {
  switch (rule.kind) {
    case 'rate-limit':
      return errorsResponse(
        rule.status ?? 429,
        [
          {
            code: 'rate_limited',
            message: 'Too many requests.',
            suggestion: 'Wait for Retry-After, then try again.',
          },
        ],
        uid,
        retryAfterHeader(rule.retryAfter, 1),
      );
    case 'server-error': {
      const status = rule.status ?? 500;
      const code =
        status === 502 ? 'bad_gateway' : status === 503 ? 'service_unavailable' : 'internal_error';
      return errorsResponse(
        status,
        [
          {
            code,
            message: 'The server had a problem handling this request.',
            suggestion: 'Try again later.',
          },
        ],
        uid,
        retryAfterHeader(rule.retryAfter, null),
      );
    }
    case 'html-gateway':
      return new Response(GATEWAY_PAGE(rule.status ?? 502), {
        status: rule.status ?? 502,
        headers: {
          'content-type': 'text/html',
          'cache-control': 'no-store',
          ...retryAfterHeader(rule.retryAfter, null),
        },
      });
    case 'not-json':
      // A body cut off mid-stream: starts like the real thing, then stops.
      return new Response(
        `{"job_id": ${JSON.stringify(jobId)}, "total": 12, "offset": 0, "items": [{"input": {"id": "inp_`,
        {
          status: rule.status ?? 200,
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'cache-control': 'no-store',
          },
        },
      );
    case 'wrong-shape':
      return new Response(
        JSON.stringify({
          job_id: 42,
          total: 'many',
          offset: null,
          items: { input: null },
          pending: 'three',
          status: [],
        }),
        {
          status: rule.status ?? 200,
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'cache-control': 'no-store',
          },
        },
      );
    case 'empty-body':
      return new Response(null, {
        status: rule.status ?? 502,
        headers: { 'cache-control': 'no-store' },
      });
    case 'drop-connection':
      throw new SimulatedConnectionDrop();
  }
}
