/**
 * The one queue every feed notifies its listeners through, so notifications cannot arrive
 * out of order. A change made while listeners are being called (a listener that changes a
 * feed, or a shared load that updates several feeds at once) is not announced in the middle
 * of the current round: its notification waits in the queue and runs after the round.
 * Snapshots themselves are updated at once; only the listener calls wait.
 *
 * In the spirit of TanStack Query's `notifyManager` (`batch` + `schedule`), but synchronous:
 * the notifications of a change run before the outermost `batch` around it returns.
 */

const queue: Array<() => void> = [];
/** How many batches are open; the outermost one runs the queue. */
let depth = 0;

/**
 * Queues `notify` to run when the outermost {@link batch} ends, after everything queued
 * before it. Call it inside a batch (or inside a notification, which runs in one).
 */
export function schedule(notify: () => void): void {
  queue.push(notify);
}

/**
 * Runs `change`, holding back every notification it schedules until the outermost batch
 * ends, so listeners never see a state in which only part of a change was applied.
 */
export function batch<T>(change: () => T): T {
  depth++;
  try {
    return change();
  } finally {
    // The outermost batch runs the queue while still open, so the notifications that the
    // notified schedule (their own batches are nested) join the end of the queue.
    if (depth === 1) {
      for (let notify = queue.shift(); notify; notify = queue.shift()) {
        try {
          notify();
        } catch (error) {
          // One broken listener must not stop the others; report it without breaking the caller.
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    }
    depth--;
  }
}
