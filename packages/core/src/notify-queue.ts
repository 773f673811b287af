/**
 * The one queue every feed notifies its listeners through, so notifications cannot arrive
 * out of order. A change made while listeners are being called (a listener that changes a
 * feed, or a shared load that updates several feeds at once) is not announced in the middle
 * of the current round: its notification waits in the queue and runs after the round.
 * Snapshots themselves are updated at once; only the listener calls wait.
 *
 * In the spirit of TanStack Query's `notifyManager` (`batch` + `schedule`), but synchronous:
 * the first notification outside any round runs before `schedule` returns.
 */

const queue: Array<() => void> = [];
/** Open batches plus the running flush: while above 0, `schedule` only queues. */
let depth = 0;

/** Runs the queued notifications in order, including any they queue themselves. */
function flush(): void {
  // While it runs, the notifications its tasks schedule wait their turn.
  depth++;
  for (let task = queue.shift(); task; task = queue.shift()) {
    try {
      task();
    } catch (error) {
      // One broken listener must not stop the others; report it without breaking the caller.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
  depth--;
}

/** Queues `notify` to run after the current round (or at once when no round is running). */
export function schedule(notify: () => void): void {
  queue.push(notify);
  if (depth === 0) flush();
}

/**
 * Runs `change`, holding back every notification it schedules until it returns, so
 * listeners never see a state in which only part of the change was applied.
 */
export function batch<T>(change: () => T): T {
  depth++;
  try {
    return change();
  } finally {
    depth--;
    if (depth === 0) flush();
  }
}
