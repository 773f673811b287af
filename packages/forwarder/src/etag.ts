/** Entity tags: one for a body the API sent without one, and `If-None-Match` matching. */

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

/** True when an `If-None-Match` header names `etag` (weak comparison, as RFC 9110 asks for GET). */
export function etagMatches(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}
