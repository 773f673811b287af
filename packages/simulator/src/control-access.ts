import { bearerAuthFailure } from './bearer-auth.js';
import { errorsResponse } from './http-responses.js';
import type { SimulatorContext } from './simulator-context.js';

/**
 * Whether a browser request with this `Origin` may use the control API: the simulator's own
 * origin (tests served by the wtr middleware or the Vite plugin), or the origin configured
 * explicitly with `cors: { origin }`. Compared by host, so a TLS-terminating proxy in front
 * of the simulator does not lock its own pages out.
 */
function originAllowed(
  origin: string,
  url: URL,
  cors: SimulatorContext['options']['cors'],
): boolean {
  const configured = cors === false ? undefined : cors?.origin;
  if (configured !== undefined && (configured === '*' || configured === origin)) return true;
  try {
    return new URL(origin).host === url.host;
  } catch {
    // `Origin: null` (sandboxed frames, file: pages) or garbage: not our own page.
    return false;
  }
}

/**
 * Guards the `/__simulator` control API, which can create and delete jobs, inject faults and
 * read the request log. Any website open in the developer's browser can send requests to a
 * simulator on 127.0.0.1; a "simple" cross-site POST even skips the CORS preflight, so
 * withholding CORS headers alone would not stop its side effects. So: a request whose
 * `Origin` is neither the simulator's own nor the configured one gets `403`, and when
 * `apiKeys` is set the control API needs the Bearer key like the API does. Requests without
 * an `Origin` (Node, curl) are not from a web page and pass the origin check.
 * Returns the refusal, or null when the request may pass.
 */
export function controlAccessFailure(
  ctx: SimulatorContext,
  request: Request,
  url: URL,
): Response | null {
  const origin = request.headers.get('origin');
  if (origin !== null && !originAllowed(origin, url, ctx.options.cors)) {
    return errorsResponse(
      403,
      [
        {
          code: 'forbidden_origin',
          message: 'The simulator control API only answers pages on its own origin.',
          suggestion:
            'Call it from the page the simulator serves, or set the `cors: { origin }` option to your page origin.',
        },
      ],
      ctx.uid,
    );
  }
  return bearerAuthFailure(ctx.options.apiKeys, request);
}
