import { isoAt, latestRowAt, statusAt, type ProgressRow } from './input-state.js';
import type { InputPlan } from './job-plan.js';

/** One `items[]` entry of the progress endpoint, exactly in the API's snake_case shape. */
export function progressItemJson(
  input: InputPlan,
  jobId: string,
  time: number,
  originMs: number,
  rank: number,
): Record<string, unknown> {
  const status = statusAt(input, time);
  const row = latestRowAt(input, time);
  const terminal = status === 'completed' || status === 'failed';
  return {
    input: {
      id: input.id,
      job_id: jobId,
      port_name: input.portName,
      file_id: input.fileId,
      data: {
        ref: input.ref,
        filename: input.filename,
        file_type: input.fileType,
        file_extension: input.fileExtension,
        num_bytes: input.numBytes,
        metadata: input.metadata,
      },
      status,
      error_message: status === 'failed' ? input.errorMessage : null,
      created_at: isoAt(originMs, input.createdAt),
      completed_at: terminal ? isoAt(originMs, input.end) : null,
    },
    latest_progress: row === null ? null : rowJson(input, row, originMs),
    step: terminal ? rank : null,
  };
}

function rowJson(input: InputPlan, row: ProgressRow, originMs: number): Record<string, unknown> {
  const percent = Math.round((100 * row.itemsProcessed) / input.items);
  const metrics =
    input.metrics === 'full'
      ? { percent_complete: percent, items_processed: row.itemsProcessed, items_total: input.items }
      : input.metrics === 'percent-only'
        ? { percent_complete: percent }
        : {};
  const finalRow = row.step > input.items;
  const message = finalRow
    ? `Processed ${input.items} of ${input.items} items`
    : input.message.replaceAll('{k}', String(row.step)).replaceAll('{n}', String(input.items));
  return {
    id: input.rowIdBase + row.step,
    kind: input.kind,
    step: row.step,
    metrics,
    payload: {},
    input_id: input.id,
    // Inputs without metrics also omit the index, so clients meet a null `index` too.
    index: input.metrics === 'none' ? null : input.index,
    message,
    created_at: isoAt(originMs, row.at),
  };
}
