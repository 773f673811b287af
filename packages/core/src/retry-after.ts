/**
 * The one reading of a `Retry-After` header (RFC 9110 §10.2.3), shared by the client and the
 * forwarder: delta-seconds written as digits only, or an HTTP date. Anything else — a sign,
 * a fraction, hex, a bare number `Date.parse` happens to accept — asks for no wait at all.
 */

/** An IMF-fixdate or RFC 850 date: a day name, a comma, and GMT at the end. */
const HTTP_DATE = /^[A-Z][a-z]{2,8}, .+ GMT$/;

/**
 * The wait a `Retry-After` value asks for, in milliseconds from `now` (ms since the epoch):
 * `null` when the value is missing or not one of the two forms; 0 for a date in the past.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!HTTP_DATE.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
