/**
 * An answer of the API as the shared cache keeps it, and the `Retry-After` wait the API asked
 * for. Both travel through a {@link CacheStore} as JSON, so instances can share them.
 */

/** One upstream answer, kept for every viewer of the same query. */
export interface CachedAnswer {
  readonly status: number;
  /** The ETag viewers revalidate against: the API's own, or one made from the body. */
  readonly etag: string;
  /** The API's own ETag, sent back to it to revalidate (`null` when it sent none). */
  readonly upstreamEtag: string | null;
  readonly body: string;
  /** When it was received (ms, the forwarder's clock). */
  readonly storedAt: number;
  /** The body encoded, in this process only (never stored). */
  readonly bytes?: Uint8Array<ArrayBuffer>;
}

/** The API's request to wait (`429` / `503` with `Retry-After`), shared by every instance. */
export interface UpstreamWait {
  /** Until when no request goes upstream (ms, the forwarder's clock). */
  readonly until: number;
  /** The wait asked for, in seconds. */
  readonly seconds: number;
  /** `429` or `503`. */
  readonly status: number;
}

/** Reads a stored answer; anything unreadable counts as absent. */
export function parseAnswer(text: string | undefined): CachedAnswer | undefined {
  const value = parse(text);
  return value !== undefined &&
    typeof value.status === 'number' &&
    typeof value.body === 'string' &&
    typeof value.etag === 'string' &&
    typeof value.storedAt === 'number'
    ? (value as unknown as CachedAnswer)
    : undefined;
}

/** Reads a stored wait; anything unreadable counts as absent. */
export function parseWait(text: string | undefined): UpstreamWait | undefined {
  const value = parse(text);
  return value !== undefined &&
    typeof value.until === 'number' &&
    typeof value.seconds === 'number' &&
    typeof value.status === 'number'
    ? (value as unknown as UpstreamWait)
    : undefined;
}

function parse(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
