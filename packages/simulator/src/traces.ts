import { isoAt } from './input-state.js';
import type { JobPlan } from './job-plan.js';
import { upperBound } from './upper-bound.js';

/** Bucket count bounds of the traces endpoint (API.md: clamped to 10–1000, default 100). */
export const TRACE_BUCKETS = { min: 10, max: 1000, default: 100 } as const;

/**
 * Cumulative completion over time, from the first start to the latest completion at `time`.
 * Each point is the state at the end of its bucket: `step` (completion rank reached),
 * `files` (inputs completed / failed) and `items` per progress kind (items that succeeded;
 * a failed input counts its failing item as failed).
 */
export function computeTraces(
  plan: JobPlan,
  jobId: string,
  time: number,
  originMs: number,
  buckets: number,
  portName: string | null,
): Record<string, unknown> {
  const ended = upperBound(plan.endsSorted, time);
  const events: number[] = [];
  for (let k = 0; k < ended; k++) {
    const i = plan.byEnd[k]!;
    if (portName === null || plan.inputs[i]!.portName === portName) events.push(i);
  }
  if (events.length === 0) {
    return { job_id: jobId, bucket_seconds: 1, latest_event_at: null, points: [] };
  }
  const from = plan.firstStart;
  const latest = plan.inputs[events[events.length - 1]!]!.end;
  const bucketSeconds = Math.max(1, Math.ceil((latest - from) / 1000 / buckets));
  const bucketMs = bucketSeconds * 1000;
  const pointCount = Math.max(1, Math.ceil((latest - from) / bucketMs));
  const points: Record<string, unknown>[] = [];
  let nextEvent = 0;
  let completed = 0;
  let failed = 0;
  const items: Record<string, { success: number; failed: number }> = {};
  for (let point = 1; point <= pointCount; point++) {
    const edge = from + point * bucketMs;
    while (nextEvent < events.length && plan.inputs[events[nextEvent]!]!.end <= edge) {
      const input = plan.inputs[events[nextEvent]!]!;
      const tally = (items[input.kind] ??= { success: 0, failed: 0 });
      if (input.fails) {
        failed++;
        tally.success += input.failItem - 1;
        tally.failed += 1;
      } else {
        completed++;
        tally.success += input.items;
      }
      nextEvent++;
    }
    points.push({
      t: isoAt(originMs, Math.min(edge, latest)),
      step: completed + failed,
      files: { completed, failed },
      items: structuredClone(items),
    });
  }
  return {
    job_id: jobId,
    bucket_seconds: bucketSeconds,
    latest_event_at: isoAt(originMs, latest),
    points,
  };
}
