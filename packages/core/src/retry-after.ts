/**
 * Reads a `Retry-After` header, in delta-seconds or as an HTTP date, as milliseconds from
 * `now`. Missing or unreadable values give `null`; dates in the past give 0.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value?.trim()) return null;
  const seconds = Number(value);
  const at = Date.parse(value);
  return seconds >= 0 ? Math.round(seconds * 1000) : at ? Math.max(0, at - now) : null;
}
