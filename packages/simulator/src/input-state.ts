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
    return { step: p.failItem, itemsProcessed: p.failItem - 1, at: p.start + (p.failItem - 1) * p.itemMs };
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

/** One `items[]` entry of the progress endpoint, exactly in the API's snake_case shape. */
export function progressItemJson(
  p: InputPlan,
  jobId: string,
  t: number,
  originMs: number,
  rank: number,
): Record<string, unknown> {
  const status = statusAt(p, t);
  const row = latestRowAt(p, t);
  const terminal = status === 'completed' || status === 'failed';
  return {
    input: {
      id: p.id,
      job_id: jobId,
      port_name: p.portName,
      file_id: p.fileId,
      data: {
        ref: p.ref,
        filename: p.filename,
        file_type: p.fileType,
        file_extension: p.fileExtension,
        num_bytes: p.numBytes,
        metadata: p.metadata,
      },
      status,
      error_message: status === 'failed' ? p.errorMessage : null,
      created_at: isoAt(originMs, p.createdAt),
      completed_at: terminal ? isoAt(originMs, p.end) : null,
    },
    latest_progress: row === null ? null : rowJson(p, row, originMs),
    step: terminal ? rank : null,
  };
}

function rowJson(p: InputPlan, row: ProgressRow, originMs: number): Record<string, unknown> {
  const percent = Math.round((100 * row.itemsProcessed) / p.items);
  const metrics =
    p.metrics === 'full'
      ? { percent_complete: percent, items_processed: row.itemsProcessed, items_total: p.items }
      : p.metrics === 'percent-only'
        ? { percent_complete: percent }
        : {};
  const finalRow = row.step > p.items;
  const message = finalRow
    ? `Processed ${p.items} of ${p.items} items`
    : p.message.replaceAll('{k}', String(row.step)).replaceAll('{n}', String(p.items));
  return {
    id: p.rowIdBase + row.step,
    kind: p.kind,
    step: row.step,
    metrics,
    payload: {},
    input_id: p.id,
    // Inputs without metrics also omit the index, so clients meet a null `index` too.
    index: p.metrics === 'none' ? null : p.index,
    message,
    created_at: isoAt(originMs, row.at),
  };
}
