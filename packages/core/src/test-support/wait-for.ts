import type { FeedSnapshot, InputProgressFeed } from '../feed.js';

/** Resolves with the first snapshot (current or future) that satisfies `predicate`. */
export function waitForSnapshot(
  feed: InputProgressFeed,
  predicate: (snapshot: FeedSnapshot) => boolean,
  timeoutMs = 5000,
): Promise<FeedSnapshot> {
  const current = feed.getSnapshot();
  if (predicate(current)) return Promise.resolve(current);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(
        new Error(
          `No matching snapshot within ${timeoutMs} ms; last: ${JSON.stringify(feed.getSnapshot(), ['status', 'live', 'isFetching', 'total', 'failureCount'])}`,
        ),
      );
    }, timeoutMs);
    const unsubscribe = feed.subscribe((snapshot) => {
      if (!predicate(snapshot)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(snapshot);
    });
  });
}

/** Waits until no load is in flight. */
export const settled = (feed: InputProgressFeed) => waitForSnapshot(feed, (s) => !s.isFetching);

/** Resolves once `condition()` holds, checking after each macrotask; rejects after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
