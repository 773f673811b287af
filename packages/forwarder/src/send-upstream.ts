/**
 * One request to the API, bounded in time by the forwarder's timeout on its clock and in
 * memory by `maxBodyBytes`: the body is read as a stream and cut off past the cap, never
 * buffered whole first.
 */
import { timeoutSignal, type Clock } from '@input-progress/core';

/** What came back: the response and its body, or what kind of failure it was. */
export type UpstreamReply =
  | { readonly ok: true; readonly response: Response; readonly body: Uint8Array<ArrayBuffer> }
  | { readonly ok: false; readonly error: 'timeout' | 'unreachable' | 'too_large' };

/** How to reach the API. */
export interface UpstreamLink {
  readonly fetch: typeof fetch;
  readonly clock: Clock;
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
}

/** Thrown inside the read when the body passes the cap. */
const TOO_LARGE = Symbol('too large');

/**
 * GETs `url` with `headers`, never following a redirect. Gives up after `timeoutMs` on the
 * link's clock; viewers going away do not stop it. Never rejects: the cause of a failure may name
 * internal hosts, so only its kind comes back.
 */
export async function sendUpstream(
  link: UpstreamLink,
  url: string,
  headers: Headers,
): Promise<UpstreamReply> {
  const timeout = timeoutSignal(link.clock, link.timeoutMs);
  // Cuts the connection when the body is too large.
  const cutOff = new AbortController();
  try {
    const response = await link.fetch(url, {
      method: 'GET',
      headers,
      signal: AbortSignal.any([timeout.signal, cutOff.signal]),
      redirect: 'manual',
    });
    const body = await readCapped(response, link.maxBodyBytes);
    return { ok: true, response, body };
  } catch (error) {
    if (error === TOO_LARGE) {
      cutOff.abort();
      return { ok: false, error: 'too_large' };
    }
    return { ok: false, error: timeout.signal.aborted ? 'timeout' : 'unreachable' };
  } finally {
    timeout.clear();
  }
}

/** The whole body, read chunk by chunk; throws {@link TOO_LARGE} past `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw TOO_LARGE;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body !== null) {
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) throw TOO_LARGE;
        chunks.push(value);
      }
    } finally {
      if (size > maxBytes) await reader.cancel().catch(() => undefined);
    }
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
