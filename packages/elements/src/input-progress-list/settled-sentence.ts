import type { SettledBatch } from '../controllers/announcer.js';
import type { Formatters } from '../formatters.js';
import type { InputProgressStrings } from '../strings.js';

/**
 * The announcement of a batch of settles. The job's counts say how many finished, whichever
 * page they are on; a single one that can be named is said by name.
 */
export function settledSentence(
  { first, completed, failed }: SettledBatch,
  t: InputProgressStrings,
  f: Formatters,
): string {
  return completed + failed === 1 && first?.status
    ? t.settledOne(first.item.input.data.filename, t.status(first.status))
    : t.settledMany(completed + failed, completed, failed, f);
}
