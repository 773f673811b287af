import type { FeedItem, FeedSnapshot } from '@input-progress/core';

const terminal = (status: string) => status === 'completed' || status === 'failed';

/**
 * The items of `next` that were pending or processing in `previous` and are now completed
 * or failed, matched by `input.id`. Inputs seen only once cannot be said to have settled.
 */
export function settledItems(previous: FeedSnapshot | null, next: FeedSnapshot): FeedItem[] {
  if (!previous || previous.items === next.items) return [];
  const before = new Map(previous.items.map((item) => [item.input.id, item.input.status]));
  return next.items.filter((item) => {
    const was = before.get(item.input.id);
    return was !== undefined && !terminal(was) && terminal(item.input.status);
  });
}
