/** One request to the API, bounded by the forwarder's timeout on its clock. */
import { timeoutSignal, type Clock } from '@input-progress/core';

/** What came back: the response and its body, or what kind of failure it was. */
export type UpstreamReply =
  | { readonly ok: true; readonly response: Response; readonly body: Uint8Array<ArrayBuffer> }
  | { readonly ok: false; readonly error: 'timeout' | 'unreachable' | 'aborted' };

/** How to reach the API. */
export interface UpstreamLink {
  readonly fetch: typeof fetch;
  readonly clock: Clock;
  readonly timeoutMs: number;
}

/**
 * GETs `url` with `headers`, never following a redirect. Gives up after `timeoutMs` on the
 * link's clock, or when `signal` aborts. Never rejects: the cause of a failure may name
 * internal hosts, so only its kind comes back.
 */
export async function sendUpstream(
  link: UpstreamLink,
  url: string,
  headers: Headers,
  signal: AbortSignal,
): Promise<UpstreamReply> {
  const timeout = timeoutSignal(link.clock, link.timeoutMs);
  try {
    const response = await link.fetch(url, {
      method: 'GET',
      headers,
      signal: AbortSignal.any([signal, timeout.signal]),
      redirect: 'manual',
    });
    const body = new Uint8Array(await response.arrayBuffer());
    return { ok: true, response, body };
  } catch {
    if (timeout.signal.aborted) return { ok: false, error: 'timeout' };
    return { ok: false, error: signal.aborted ? 'aborted' : 'unreachable' };
  } finally {
    timeout.clear();
  }
}
