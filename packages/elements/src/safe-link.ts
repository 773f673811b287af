/**
 * `ref` as a URL that may become a link, or null. Storage refs are untrusted: only absolute
 * `http:` and `https:` URLs qualify, so `javascript:`, `data:` and friends stay plain text.
 * Refs that do not even start like one (`s3://…`, a bare file name) are refused before the
 * URL parser sees them: a parse that throws costs far more than a row's whole render.
 */
export function safeLink(ref: unknown): string | null {
  if (typeof ref !== 'string' || !/^https?:/i.test(ref)) return null;
  try {
    const url = new URL(ref);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
