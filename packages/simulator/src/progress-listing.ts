import { activityAt, type TrackedStatus } from './input-state.js';
import type { JobPlan } from './job-plan.js';
import type { ProgressQuery } from './progress-query.js';
import { upperBound } from './upper-bound.js';

/** The indices of one page plus the filter's total. */
export interface ListingResult {
  readonly total: number;
  /** Input indices of the page, in response order. */
  readonly page: readonly number[];
}

/**
 * Turns an ascending (activity, id) list into descending activity while keeping ties in
 * ascending id order, so ties break the same way in both directions.
 */
function descending(indices: number[], activity: (i: number) => number): number[] {
  indices.reverse();
  let runStart = 0;
  for (let i = 1; i <= indices.length; i++) {
    if (i === indices.length || activity(indices[i]!) !== activity(indices[runStart]!)) {
      if (i - runStart > 1) {
        const run = indices.slice(runStart, i).reverse();
        for (let j = 0; j < run.length; j++) indices[runStart + j] = run[j]!;
      }
      runStart = i;
    }
  }
  return indices;
}

/** The inputs of one status bucket at time `time`, ascending by (activity time, id). */
function bucket(
  plan: JobPlan,
  status: TrackedStatus,
  time: number,
  portName: string | null,
): number[] {
  const { inputs } = plan;
  const out: number[] = [];
  const portOk = (i: number): boolean => portName === null || inputs[i]!.portName === portName;
  if (status === 'pending') {
    // Pending inputs have no progress yet, so their activity time is `created_at`.
    for (const i of plan.byCreated) if (inputs[i]!.start > time && portOk(i)) out.push(i);
  } else if (status === 'processing') {
    const started = upperBound(plan.startsSorted, time);
    for (let k = 0; k < started; k++) {
      const i = plan.byStart[k]!;
      if (inputs[i]!.end > time && portOk(i)) out.push(i);
    }
    // At most `concurrency` inputs process at once, so this sort stays small.
    const keyed = out.map((index) => ({
      index,
      activity: activityAt(inputs[index]!, time),
      id: inputs[index]!.id,
    }));
    keyed.sort((x, y) => x.activity - y.activity || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    return keyed.map((entry) => entry.index);
  } else {
    // Terminal inputs' activity time is `completed_at` = `end`; byEnd is already in order.
    const wantFailed = status === 'failed';
    const ended = upperBound(plan.endsSorted, time);
    for (let k = 0; k < ended; k++) {
      const i = plan.byEnd[k]!;
      if (inputs[i]!.fails === wantFailed && portOk(i)) out.push(i);
    }
  }
  return out;
}

/**
 * Lists the page of the progress endpoint at job time `time`: buckets in the query's order,
 * activity-time order inside each bucket (ties by input id), then `offset`/`limit`.
 */
export function listProgress(plan: JobPlan, query: ProgressQuery, time: number): ListingResult {
  let total = 0;
  const page: number[] = [];
  let skip = query.offset;
  for (const status of query.buckets) {
    let indices = bucket(plan, status, time, query.portName);
    if (query.order === 'desc')
      indices = descending(indices, (i) => activityAt(plan.inputs[i]!, time));
    total += indices.length;
    if (page.length >= query.limit) continue;
    if (skip >= indices.length) {
      skip -= indices.length;
      continue;
    }
    const take = Math.min(indices.length - skip, query.limit - page.length);
    for (let k = 0; k < take; k++) page.push(indices[skip + k]!);
    skip = 0;
  }
  return { total, page };
}
