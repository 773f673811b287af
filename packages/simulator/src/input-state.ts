import type { InputPlan } from './job-plan.js';

/** Status of a tracked input at job time `t`. */
export type TrackedStatus = 'pending' | 'processing' | 'completed' | 'failed';

/** The newest progress row of an input at some time, before it becomes JSON. */
export interface ProgressRow {
  readonly step: number;
  readonly itemsProcessed: number;
  readonly at: number;
}

/** Status of `p` at job time `t`. */
export function statusAt(p: InputPlan, t: number): TrackedStatus {
  if (t < p.start) return 'pending';
  if (t < p.end) return 'processing';
  return p.fails ? 'failed' : 'completed';
}

/**
 * The input's newest progress row at `t`. Row k (1-based) is written when item k starts, so
 * it reports k − 1 items done; a completed input writes one last row (step n + 1, n done).
 * A failing input writes nothing more after the row of the item it failed on.
 */
export function latestRowAt(p: InputPlan, t: number): ProgressRow | null {
  if (t < p.start) return null;
  if (t >= p.end) {
    if (!p.fails) return { step: p.items + 1, itemsProcessed: p.items, at: p.end };
    return {
      step: p.failItem,
      itemsProcessed: p.failItem - 1,
      at: p.start + (p.failItem - 1) * p.itemMs,
    };
  }
  const k = Math.min(p.items, Math.floor((t - p.start) / p.itemMs) + 1);
  return { step: k, itemsProcessed: k - 1, at: p.start + (k - 1) * p.itemMs };
}

/** API.md's "activity time": `completed_at`, else the latest row's `created_at`, else `created_at`. */
export function activityAt(p: InputPlan, t: number): number {
  if (t >= p.end) return p.end;
  if (t >= p.start) return latestRowAt(p, t)!.at;
  return p.createdAt;
}

/** Formats job time `t` as the ISO 8601 timestamp the API sends. */
export function isoAt(originMs: number, t: number): string {
  return new Date(originMs + t).toISOString();
}
