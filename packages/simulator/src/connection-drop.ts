/**
 * What `simulator.handle()` rejects with when a fault drops the connection. It is a
 * `TypeError`, like the one `fetch` rejects with on a network failure, so a handler used as
 * a `fetch` replacement behaves like the network. The HTTP adapters catch it and destroy
 * the socket instead of answering.
 */
export class SimulatedConnectionDrop extends TypeError {
  override readonly name = 'SimulatedConnectionDrop';
  /** Lets adapters recognise the drop even across copies of this module. */
  readonly simulatedConnectionDrop = true;
  constructor() {
    super('fetch failed: the simulator dropped the connection');
  }
}

/** True for the rejection of a simulated dropped connection (from any copy of the package). */
export function isSimulatedConnectionDrop(error: unknown): error is SimulatedConnectionDrop {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { simulatedConnectionDrop?: unknown }).simulatedConnectionDrop === true
  );
}
