import type { InputPlan } from './job-plan.js';

/** Status of a tracked input at some job time. */
export type TrackedStatus = 'pending' | 'processing' | 'completed' | 'failed';

/** The newest progress row of an input at some time, before it becomes JSON. */
export interface ProgressRow {
  readonly step: number;
  readonly itemsProcessed: number;
  readonly at: number;
}

/** Status of `input` at job time `time`. */
export function statusAt(input: InputPlan, time: number): TrackedStatus {
  if (time < input.start) return 'pending';
  if (time < input.end) return 'processing';
  return input.fails ? 'failed' : 'completed';
}

/**
 * The input's newest progress row at `time`. Row k (1-based) is written when item k starts, so
 * it reports k − 1 items done; a completed input writes one last row (step n + 1, n done).
 * A failing input writes nothing more after the row of the item it failed on.
 */
export function latestRowAt(input: InputPlan, time: number): ProgressRow | null {
  if (time < input.start) return null;
  if (time >= input.end) {
    if (!input.fails) return { step: input.items + 1, itemsProcessed: input.items, at: input.end };
    return {
      step: input.failItem,
      itemsProcessed: input.failItem - 1,
      at: input.start + (input.failItem - 1) * input.itemMs,
    };
  }
  const step = Math.min(input.items, Math.floor((time - input.start) / input.itemMs) + 1);
  return { step, itemsProcessed: step - 1, at: input.start + (step - 1) * input.itemMs };
}

/** API.md's "activity time": `completed_at`, else the latest row's `created_at`, else `created_at`. */
export function activityAt(input: InputPlan, time: number): number {
  if (time >= input.end) return input.end;
  if (time >= input.start) return latestRowAt(input, time)!.at;
  return input.createdAt;
}

/** Formats job time `time` as the ISO 8601 timestamp the API sends. */
export function isoAt(originMs: number, time: number): string {
  return new Date(originMs + time).toISOString();
}
