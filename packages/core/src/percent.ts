/** The progress metrics the API knows about; any of them may be missing. */
export interface PercentSource {
  /** 0–100; used first when it is a finite number (then clamped to 0–100). */
  readonly percentComplete?: number | null;
  /** Items done; with `itemsTotal` the fallback when there is no `percentComplete`. */
  readonly itemsProcessed?: number | null;
  /** Items in all; a total of 0 gives no percent rather than a division by zero. */
  readonly itemsTotal?: number | null;
}

/** Whether `value` is a number other than NaN and ±Infinity (shared with response parsing). */
export const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/**
 * The percent complete of one input, 0–100, or `null` when it cannot be known.
 * Uses `percentComplete`, else `itemsProcessed / itemsTotal`; a completed input is 100.
 * Never returns NaN: unknown, non-numeric or zero-total metrics give `null`.
 */
export function derivePercent(
  status: string,
  metrics: PercentSource | null | undefined,
): number | null {
  if (status === 'completed') return 100;
  const processed = metrics?.itemsProcessed;
  const total = metrics?.itemsTotal;
  const percent = isFiniteNumber(metrics?.percentComplete)
    ? metrics.percentComplete
    : isFiniteNumber(processed) && isFiniteNumber(total) && total > 0
      ? (processed / total) * 100
      : null;
  return percent === null ? null : Math.min(100, Math.max(0, percent));
}
