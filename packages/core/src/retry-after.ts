/**
 * Reads a `Retry-After` header, in delta-seconds or as an HTTP date, as milliseconds from
 * `now`. Missing or unreadable values give `null`; dates in the past give 0.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || !value.trim()) return null;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
