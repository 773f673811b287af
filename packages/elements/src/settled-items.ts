import type { FeedItem, FeedSnapshot, InputStatus } from '@input-progress/core';

const terminal = (status: string) => status === 'completed' || status === 'failed';

/** One input that finished between two snapshots. */
export interface SettledInput {
  /** The input as last seen: its new state when still shown, else its last pending/processing state. */
  readonly item: FeedItem;
  /** `completed` or `failed`; `null` when it left the page and the counts cannot say which. */
  readonly status: InputStatus | null;
}

/** What finished between two snapshots of one feed. */
export interface Settled {
  /** The inputs that can be named. */
  readonly inputs: SettledInput[];
  /** How many inputs of the job (not only the page) completed and failed in between. */
  readonly completed: number;
  readonly failed: number;
}

/**
 * What finished between `previous` and `next`. The job-wide numbers come from the per-status
 * counts when both snapshots have them (a finished input usually moves to the completed
 * bucket on a later page, or out of a `processing` filter), else from the page. Named are the
 * inputs shown in both that became completed or failed, and, as many as the counts leave
 * unexplained, inputs that were pending or processing on this same page and are gone now
 * (processing ones first: those are the likeliest to have finished).
 */
export function settledSince(previous: FeedSnapshot | null, next: FeedSnapshot): Settled {
  const none = { inputs: [], completed: 0, failed: 0 };
  if (!previous || previous === next) return none;
  const was = new Map(previous.items.map((item) => [item.input.id, item]));
  const shown = new Set(next.items.map((item) => item.input.id));
  const inputs: SettledInput[] = next.items
    .filter((item) => {
      const before = was.get(item.input.id);
      return before && !terminal(before.input.status) && terminal(item.input.status);
    })
    .map((item) => ({ item, status: item.input.status }));
  const seen = (status: string) => inputs.filter((input) => input.status === status).length;
  const [a, b] = [previous.counts, next.counts];
  if (!a || !b || previous.query.portName !== next.query.portName)
    return { inputs, completed: seen('completed'), failed: seen('failed') };
  const completed = Math.max(0, b.completed - a.completed);
  const failed = Math.max(0, b.failed - a.failed);
  // Gone from the same page of the same query while the job's terminal counts rose.
  if (previous.query === next.query && !next.isPlaceholder && previous.items !== next.items) {
    const [c, f] = [completed - seen('completed'), failed - seen('failed')];
    const gone = previous.items
      .filter((item) => !shown.has(item.input.id) && !terminal(item.input.status))
      .sort(
        (x, y) => Number(y.input.status === 'processing') - Number(x.input.status === 'processing'),
      )
      .slice(0, Math.max(0, c + f));
    // Which way each went is known only when one of the two counts rose alone.
    const status = f <= 0 ? 'completed' : c <= 0 ? 'failed' : null;
    for (const item of gone) inputs.push({ item, status });
  }
  return { inputs, completed, failed };
}
