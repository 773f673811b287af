import { hashString } from './random.js';

/**
 * A strong ETag computed from the response body itself, so the same tag always names the
 * same bytes: across restarts, simulators and real-clock runs (whose bodies hold wall-clock
 * times), a cached body is only revalidated when it really is the current one. Two FNV-1a
 * hashes with different seeds plus the length make an accidental match vanishingly unlikely.
 */
export function bodyEtag(text: string, prefix = 'b'): string {
  const firstHash = hashString(text).toString(36);
  const secondHash = hashString(text, 0x2f5a3c1d).toString(36);
  return `"${prefix}-${firstHash}${secondHash}-${text.length.toString(36)}"`;
}
