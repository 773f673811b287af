/** An answer kept for revalidation: the `ETag` it came with and its parsed body. */
export interface KeptAnswer {
  readonly etag: string;
  readonly value: unknown;
}

/**
 * The answers of conditional GETs, by URL. The client sends a kept answer's tag as
 * `If-None-Match`, and a `304 Not Modified` resolves with its body (the same object), so
 * polling an unchanged resource costs no body and no parse.
 */
export interface ConditionalCache {
  /** The answer kept for `url`, if any. */
  lookup(url: string): KeptAnswer | undefined;
  /** Keeps `value` with its `etag` (none: nothing kept) as the newest answer of `url`. */
  keep(url: string, etag: string | null, value: unknown): void;
}

/** The request headers that revalidate `known` (unchanged when nothing is kept). */
export const revalidating = (
  headers: Readonly<Record<string, string>>,
  known: KeptAnswer | undefined,
): Readonly<Record<string, string>> =>
  known ? { ...headers, 'if-none-match': known.etag } : headers;

/** A cache of at most `limit` answers (one per URL; the least recently stored goes first). */
export function createConditionalCache(limit: number): ConditionalCache {
  const kept = new Map<string, KeptAnswer>();
  return {
    lookup: (url) => kept.get(url),
    keep(url, etag, value) {
      if (!etag) return;
      kept.delete(url);
      kept.set(url, { etag, value });
      if (kept.size > limit) kept.delete(kept.keys().next().value!);
    },
  };
}
