/** An entity tag for a body the API sent without one (matching is core's `etagMatches`). */

/**
 * A weak ETag made from the body's SHA-256, for answers the API sent without an ETag, so
 * viewers can still revalidate (`If-None-Match` → `304`). Web Crypto: runs in every runtime.
 */
export async function bodyEtag(body: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
  const bytes = new Uint8Array(digest).subarray(0, 18);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `W/"${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_')}"`;
}
