/**
 * The simulator over real HTTP, in Node and in the browsers alike. In the browsers the
 * @web/test-runner middleware serves it from the page's own origin (see
 * web-test-runner.config.mjs); in Node a real server is started on a free loopback port.
 */
import { simulatorControl, type SimulatorControl } from '@input-progress/simulator/control';
import type * as NodeAdapter from '@input-progress/simulator/node';
import type { JobConfig } from '@input-progress/simulator';

export interface TestSimulator {
  /** The API base URL, e.g. `http://127.0.0.1:1234/api`. */
  readonly url: string;
  readonly control: SimulatorControl;
  close(): Promise<void>;
}

const inBrowser = typeof window !== 'undefined' && typeof document !== 'undefined';

export async function startTestSimulator(): Promise<TestSimulator> {
  if (inBrowser) {
    const { origin } = location;
    return { url: `${origin}/api`, control: simulatorControl(origin), close: async () => {} };
  }
  // A specifier in a variable keeps the Node-only adapter out of the browsers' module graph.
  const nodeEntry = '@input-progress/simulator/node';
  const { startSimulatorServer } = (await import(nodeEntry)) as typeof NodeAdapter;
  const server = await startSimulatorServer({ presets: false });
  return { url: server.url, control: simulatorControl(server.origin), close: () => server.close() };
}

/** A fetch that passes every call to the real one and counts calls and calls in flight. */
export function countingFetch(): typeof fetch & {
  readonly calls: number;
  readonly inFlight: number;
  /** The signal of each request, in order. */
  readonly signals: readonly AbortSignal[];
} {
  let calls = 0;
  let inFlight = 0;
  const signals: AbortSignal[] = [];
  const counted = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls++;
    inFlight++;
    if (init?.signal) signals.push(init.signal);
    try {
      return await fetch(input, init);
    } finally {
      inFlight--;
    }
  }) as typeof fetch & { calls: number; inFlight: number; signals: readonly AbortSignal[] };
  Object.defineProperties(counted, {
    calls: { get: () => calls },
    inFlight: { get: () => inFlight },
    signals: { value: signals },
  });
  return counted;
}

/** A job id no other test, engine or run uses (the browsers share one simulator). */
export const uniqueJobId = (prefix: string) =>
  `job_${prefix}_${Math.random().toString(36).slice(2, 12)}`;

/** What {@link useSimulatorJob} hands each test. */
export interface SimulatorJob {
  readonly sim: TestSimulator;
  /** A job made for this test alone. */
  readonly jobId: string;
}

/**
 * Runs one simulator around the enclosing `describe` and makes a fresh job (`config`, its id
 * named by `prefix`) before each test, handing both to `use`; the job is released and deleted
 * after the test.
 */
export function useSimulatorJob(
  prefix: string,
  config: JobConfig,
  use: (fixture: SimulatorJob) => void,
): void {
  let sim: TestSimulator | undefined;
  let jobId = '';
  before(async () => {
    sim = await startTestSimulator();
  });
  after(() => sim?.close());
  beforeEach(async () => {
    jobId = await sim!.control.createJob({ id: uniqueJobId(prefix), ...config });
    use({ sim: sim!, jobId });
  });
  afterEach(async () => {
    await sim!.control.release(jobId);
    await sim!.control.deleteJob(jobId);
  });
}
