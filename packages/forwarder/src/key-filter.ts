/** Keeping the key out of what viewers get: answers and headers that hold it are withheld. */

/** True when `bytes` hold `apiKey` anywhere. */
export function containsKey(bytes: Uint8Array, apiKey: string): boolean {
  // latin1 keeps every byte, so an ASCII key is found wherever it sits.
  return new TextDecoder('latin1').decode(bytes).includes(apiKey);
}

/** The header value, or null when it is absent or holds `apiKey`. */
export function safeHeader(value: string | null, apiKey: string): string | null {
  return value === null || value.includes(apiKey) ? null : value;
}
