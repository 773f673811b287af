/**
 * Keeps secrets (the API key, an Authorization value) out of everything the client reports:
 * messages, server-supplied strings, body excerpts, URLs and error causes.
 */
export interface Redactor {
  /** The text with every secret replaced by `[redacted]`. */
  (text: string): string;
  /** `error` itself when nothing in it shows a secret, else a plain Error with a scrubbed message. */
  cause(error: unknown): unknown;
}

/** Builds a redactor for these secrets; empty strings are ignored. */
export function createRedactor(secrets: readonly string[]): Redactor {
  const active = secrets.filter(Boolean);
  const redact = ((text: string) =>
    active.reduce((out, secret) => out.split(secret).join('[redacted]'), text)) as Redactor;
  redact.cause = (error) => {
    const e = error as { message?: unknown; stack?: unknown; cause?: { message?: unknown } } | null;
    const seen = `${e?.message}${e?.stack}${e?.cause?.message}${String(error)}`;
    return redact(seen) === seen ? error : new Error(redact(String(e?.message ?? error)));
  };
  return redact;
}
