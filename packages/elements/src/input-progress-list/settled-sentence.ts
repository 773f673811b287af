import type { StatusCounts } from '@input-progress/core';
import type { Formatters } from '../formatters.js';
import type { SettledInput } from '../settled-items.js';
import type { InputProgressStrings } from '../strings.js';

/** Settles gathered while an announcement waits. */
export interface SettledBatch {
  /** The first input that can be named, if any. */
  readonly first: SettledInput | undefined;
  /** How many of the job's inputs completed and failed in the batch. */
  readonly completed: number;
  readonly failed: number;
  /** The job's counts as of the batch's latest settle, when known. */
  readonly counts: StatusCounts | null;
}

/**
 * The announcement of a batch of settles. The job's counts say how many finished, whichever
 * page they are on; a single one that can be named is said by name. With the job's counts it
 * ends with how far the job is, so two batches of the same size never read the same.
 */
export function settledSentence(
  { first, completed, failed, counts }: SettledBatch,
  strings: InputProgressStrings,
  formatters: Formatters,
): string {
  const sentence =
    completed + failed === 1 && first?.status
      ? strings.settledOne(first.item.input.data.filename, strings.status(first.status))
      : strings.settledMany(completed + failed, completed, failed, formatters);
  if (!counts) return sentence;
  const finished = counts.completed + counts.failed;
  const total = finished + counts.pending + counts.processing;
  return `${sentence} ${strings.settledSoFar(finished, total, formatters)}`;
}
