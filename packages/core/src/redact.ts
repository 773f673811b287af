/**
 * Keeps the API key out of everything the client reports: every URL, message, error body and
 * cause passes through one redactor before it reaches an error.
 */

/** Replaces every secret in text; `safeText` also turns a non-string into `null`. */
export interface Redactor {
  /** `text` with each secret replaced by `[redacted]`. */
  redact(text: string): string;
  /** A string field of an untrusted body, redacted; `null` when it is not a string. */
  safeText(value: unknown): string | null;
}

/**
 * The redactor of a client whose requests carry `headers` (names in lower case): the whole
 * `Authorization` value, its credentials without the scheme, and the `apiKey` are secrets.
 */
export function createRedactor(
  headers: Readonly<Record<string, string>>,
  apiKey: string | undefined,
): Redactor {
  const authorization = headers.authorization ?? '';
  const secrets = [authorization, authorization.replace(/^\s*\S+\s+/, ''), apiKey].filter(
    (secret): secret is string => !!secret,
  );
  const redact = (text: string) =>
    secrets.reduce((scrubbed, secret) => scrubbed.replaceAll(secret, '[redacted]'), text);
  return {
    redact,
    safeText: (value) => (typeof value === 'string' ? redact(value) : null),
  };
}
