/**
 * The simulator tests' one "poll until": resolves once `condition()` holds, checking after each
 * turn of the event loop (no timer, so no real time is spent or assumed). A condition that
 * never holds fails after `turns` checks with `what` in the message.
 */
export async function waitUntil(condition: () => boolean, what: string, turns = 1000) {
  for (let turn = 0; !condition(); turn++) {
    if (turn >= turns) throw new Error(`Still waiting after ${turns} turns until ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
