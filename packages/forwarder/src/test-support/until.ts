/** The forwarder tests' one "wait until": for work on real sockets, waited on as a condition. */

/**
 * Resolves once `condition()` holds (it may be async), checking after each macrotask;
 * rejects naming `what` after `timeoutMs` of real time.
 */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Lets pending I/O callbacks and promise reactions run for `turns` macrotasks. */
export async function settle(turns = 20): Promise<void> {
  for (let turn = 0; turn < turns; turn++) await new Promise((resolve) => setImmediate(resolve));
}
