import { isoAt } from './input-state.js';
import type { JobPlan } from './job-plan.js';
import { upperBound } from './upper-bound.js';

/** Bucket count bounds of the traces endpoint (API.md: clamped to 10–1000, default 100). */
export const TRACE_BUCKETS = { min: 10, max: 1000, default: 100 } as const;

/**
 * Cumulative completion over time, from the first start to the latest completion at `t`.
 * Each point is the state at the end of its bucket: `step` (completion rank reached),
 * `files` (inputs completed / failed) and `items` per progress kind (items that succeeded;
 * a failed input counts its failing item as failed).
 */
export function computeTraces(
  plan: JobPlan,
  jobId: string,
  t: number,
  originMs: number,
  buckets: number,
  portName: string | null,
): Record<string, unknown> {
  const ended = upperBound(plan.endsSorted, t);
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
  let e = 0;
  let completed = 0;
  let failed = 0;
  const items: Record<string, { success: number; failed: number }> = {};
  for (let b = 1; b <= pointCount; b++) {
    const edge = from + b * bucketMs;
    while (e < events.length && plan.inputs[events[e]!]!.end <= edge) {
      const p = plan.inputs[events[e]!]!;
      const tally = (items[p.kind] ??= { success: 0, failed: 0 });
      if (p.fails) {
        failed++;
        tally.success += p.failItem - 1;
        tally.failed += 1;
      } else {
        completed++;
        tally.success += p.items;
      }
      e++;
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
