import { isoAt, latestRowAt, statusAt, type ProgressRow } from './input-state.js';
import type { InputPlan } from './job-plan.js';

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
