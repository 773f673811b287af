/** The forwarder's own answers, in the API's `errors[]` envelope and never cached. */

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
      headers: { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers },
    },
  );
}
