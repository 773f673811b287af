import type { FeedSnapshot, InputProgressFeed } from '../feed-types.js';
import { settle } from '../testing/fake-clock.js';

/** Lets queued promise reactions and one macrotask run (I/O, reported rejections): no fixed wait. */
export const nextMacrotask = settle;

/**
 * The one "poll until" of core's tests: resolves once `condition()` holds, checking after each
 * macrotask (so real I/O such as a request to the simulator can make progress in between);
 * rejects naming `what` after `timeoutMs` of real time. It waits on a condition, never for a
 * fixed time.
 */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  what: string | (() => string),
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting until ${typeof what === 'string' ? what : what()}`);
    await nextMacrotask();
  }
}

/** Resolves with the first snapshot (current or future) that satisfies `predicate`. */
export async function waitForSnapshot(
  feed: InputProgressFeed,
  predicate: (snapshot: FeedSnapshot) => boolean,
  timeoutMs = 5000,
): Promise<FeedSnapshot> {
  const fields = ['status', 'live', 'isFetching', 'total', 'failureCount'];
  await waitUntil(
    () => predicate(feed.getSnapshot()),
    () => `a matching snapshot (last: ${JSON.stringify(feed.getSnapshot(), fields)})`,
    timeoutMs,
  );
  return feed.getSnapshot();
}

/** Waits until no load is in flight. */
export const settled = (feed: InputProgressFeed) =>
  waitForSnapshot(feed, (snapshot) => !snapshot.isFetching);

/** The unsettled promise's outcome so far: lets a test say "still waiting" without racing it. */
export function track<T>(promise: Promise<T>): {
  readonly done: boolean;
  readonly result: Promise<unknown>;
} {
  let done = false;
  const result = promise.then(
    (value) => ((done = true), value),
    (error: unknown) => ((done = true), error),
  );
  return {
    get done() {
      return done;
    },
    result,
  };
}
