/** Reading the API's `Retry-After`: a number of seconds, or an HTTP date. */

/** Longest wait honoured, so a bogus header cannot silence the forwarder for days. */
const MAX_SECONDS = 3600;

/**
 * The wait a `Retry-After` value asks for, in whole seconds between 1 and 3600, or null when
 * the value is missing or unreadable. A date is measured against `now` (ms since the epoch).
 */
export function retryAfterSeconds(value: string | null, now: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  let seconds: number;
  if (/^\d+$/.test(text)) seconds = Number(text);
  // An HTTP date ends in GMT; anything else Date.parse might accept ("-3") is not one.
  else if (!/ GMT$/.test(text)) return null;
  else {
    const at = Date.parse(text);
    if (Number.isNaN(at)) return null;
    seconds = Math.ceil((at - now) / 1000);
  }
  return Math.min(MAX_SECONDS, Math.max(1, seconds));
}
