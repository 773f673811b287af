/**
 * `ref` as a URL that may become a link, or null. Storage refs are untrusted: only absolute
 * `http:` and `https:` URLs qualify, so `javascript:`, `data:` and friends stay plain text.
 */
export function safeLink(ref: unknown): string | null {
  if (typeof ref !== 'string') return null;
  try {
    const url = new URL(ref);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
