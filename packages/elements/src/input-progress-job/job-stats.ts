/**
 * How fast a job goes and when it will be done, from its traces (cumulative completion over
 * time) and its per-status counts. Pure functions: no clock, no DOM.
 */
import type { InputsProgressTraces, StatusCounts, TracePoint } from '@input-progress/core';

/** Throughput is measured over about this much of the most recent time. */
export const RECENT_WINDOW_MS = 5 * 60_000;

const finished = (point: TracePoint) => point.files.completed + point.files.failed;

/**
 * Inputs finished per minute over the recent window (at least one bucket), ending at the
 * latest completion; null before anything finished. The trace starts, with nothing finished,
 * one bucket before its first point (the first bucket begins when the first input started).
 */
export function throughputOf(
  traces: InputsProgressTraces | undefined,
  windowMs = RECENT_WINDOW_MS,
): number | null {
  const points = traces?.points ?? [];
  const last = points.at(-1);
  if (!traces || !last) return null;
  const end = Date.parse(last.t);
  let from = Date.parse(points[0]!.t) - traces.bucketSeconds * 1000;
  let before = 0;
  for (const point of points) {
    const t = Date.parse(point.t);
    if (t > end - windowMs) break;
    from = t;
    before = finished(point);
  }
  const span = end - from;
  return span > 0 && Number.isFinite(span) ? ((finished(last) - before) / span) * 60_000 : null;
}

/** Inputs finished in each bucket, oldest first (what the sparkline plots). */
export function perBucketOf(traces: InputsProgressTraces | undefined): number[] {
  let previous = 0;
  return (traces?.points ?? []).map((point) => {
    const count = finished(point) - previous;
    previous = finished(point);
    return Math.max(0, count);
  });
}

/**
 * Milliseconds until every input is done at `perMinute`; null without a rate, and once
 * nothing is pending or processing.
 */
export function jobEtaOf(counts: StatusCounts | null, perMinute: number | null): number | null {
  const remaining = counts ? counts.pending + counts.processing : 0;
  return remaining > 0 && perMinute ? (remaining / perMinute) * 60_000 : null;
}
