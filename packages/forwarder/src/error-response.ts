/** The forwarder's own answers, in the API's `errors[]` envelope and never cached. */

/**
 * Headers on every response of the forwarder: it serves JSON only, on the dashboard's own
 * origin, so browsers must neither sniff another type nor run anything from it.
 */
export const SAFETY_HEADERS = {
  'content-type': 'application/json',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; sandbox",
} as const;

/** A `{"errors":[{code, message}]}` response with `Cache-Control: no-store`. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { errors: [{ code, message }] },
    {
      status,
      headers: { 'cache-control': 'no-store', ...SAFETY_HEADERS, ...headers },
    },
  );
}
