/**
 * `If-None-Match` matching (RFC 9110 §13.1.2), shared by the forwarder and the simulator so
 * both answer a revalidation the same way.
 */

/**
 * True when an `If-None-Match` header names `etag` or is `*`. The comparison is weak, as RFC
 * 9110 asks for GET: `W/"x"` and `"x"` match each other.
 */
export function etagMatches(header: string | null | undefined, etag: string): boolean {
  if (header === null || header === undefined) return false;
  const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}
