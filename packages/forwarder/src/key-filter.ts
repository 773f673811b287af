/**
 * Keeping the key out of what viewers get. An answer is withheld when the key appears in it
 * in any form a page could turn back into the key: as raw bytes, in UTF-16, percent-encoded,
 * base64 (standard or URL-safe, at any alignment), or inside a JSON string however it is
 * escaped (`\u002d`), since the parsed strings are searched as well as the bytes.
 */

/** Finds the key in bodies and headers. */
export interface KeyFilter {
  /** True when `bytes` (or `parsed`, the same body as JSON) hold the key in any form. */
  inBody(bytes: Uint8Array, parsed: unknown): boolean;
  /** The header value, or null when it is absent or holds the key. */
  safeHeader(value: string | null): string | null;
}

/** The key filter for `apiKey` (an ASCII string without whitespace). */
export function createKeyFilter(apiKey: string): KeyFilter {
  const needles = [
    apiKey,
    // UTF-16 as latin1 text: the key's characters with NULs between them.
    [...apiKey].map((char) => `${char}\0`).join(''),
    [...apiKey].map((char) => `\0${char}`).join(''),
    ...base64Forms(apiKey),
  ];
  const inText = (text: string): boolean => {
    if (needles.some((needle) => text.includes(needle))) return true;
    if (!text.includes('%')) return false;
    const decoded = percentDecode(text);
    return needles.some((needle) => decoded.includes(needle));
  };
  return {
    inBody(bytes, parsed) {
      // latin1 keeps every byte, so an ASCII key is found wherever it sits.
      if (inText(new TextDecoder('latin1').decode(bytes))) return true;
      return stringsOf(parsed).some(inText);
    },
    safeHeader: (value) => (value === null || inText(value) ? null : value),
  };
}

/**
 * The key's base64 forms that do not depend on the bytes around it: for each of the three
 * alignments, the characters made from the key's bytes alone, in both alphabets.
 */
function base64Forms(key: string): string[] {
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const total = offset + key.length;
    const encoded = btoa('\0'.repeat(offset) + key).slice(
      Math.ceil((offset * 4) / 3),
      Math.floor(total / 3) * 4,
    );
    forms.push(encoded, encoded.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return forms;
}

/** `%xx` escapes turned back into (latin1) characters; anything else kept. */
function percentDecode(text: string): string {
  return text.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** Every string in a parsed JSON value, object keys included. */
function stringsOf(value: unknown): string[] {
  const found: string[] = [];
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') found.push(next);
    else if (Array.isArray(next)) for (const item of next) pending.push(item);
    else if (typeof next === 'object' && next !== null) {
      for (const [name, inner] of Object.entries(next)) pending.push(name, inner);
    }
  }
  return found;
}
