import { createSimulator, type Simulator } from '../create-simulator.js';

/** A job whose inputs all take 1 s per item and never fail: times a test can work out. */
export const STEADY = { msPerItem: 1000, spread: 0, failureRate: 0 } as const;

/** What a test reads from one response. */
export interface TestResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The parsed body (undefined when it is not JSON). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
}

/** Sends one request to the handler, as a client on another origin would. */
export async function send(
  simulator: Simulator,
  path: string,
  init: RequestInit = {},
): Promise<TestResponse> {
  const response = await simulator.handle(new Request(`http://simulator.test${path}`, init));
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** `GET` of an API path relative to `/api`. */
export function api(
  simulator: Simulator,
  path: string,
  init: RequestInit = {},
): Promise<TestResponse> {
  return send(simulator, `/api${path}`, init);
}

/** `POST`/`PUT` JSON to a control API path relative to `/__simulator`. */
export function control(
  simulator: Simulator,
  method: string,
  path: string,
  body?: unknown,
): Promise<TestResponse> {
  return send(simulator, `/__simulator${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Creates a job over the control API (manual clock) and returns its id. */
export async function createJob(
  simulator: Simulator,
  config: Record<string, unknown> = {},
): Promise<string> {
  const res = await control(simulator, 'POST', '/jobs', config);
  if (res.status !== 201) throw new Error(`createJob failed: ${res.status} ${res.text}`);
  return (res.body as { id: string }).id;
}

/** Advances a job's clock over the control API. */
export async function advance(simulator: Simulator, jobId: string, ms: number): Promise<string> {
  const res = await control(simulator, 'POST', `/jobs/${jobId}/advance`, { ms });
  if (res.status !== 200) throw new Error(`advance failed: ${res.status} ${res.text}`);
  return (res.body as { now: string }).now;
}

/** Every item of a job's progress listing for `query`, paging with `limit`. */
export async function listAll(
  simulator: Simulator,
  jobId: string,
  query = '',
  limit = 7,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<any[]> {
  const items: unknown[] = [];
  for (let offset = 0; ; offset += limit) {
    const res = await api(
      simulator,
      `/batch/jobs/${jobId}/inputs/progress?${query}&offset=${offset}&limit=${limit}`,
    );
    if (res.status !== 200) throw new Error(`list failed: ${res.status} ${res.text}`);
    items.push(...res.body.items);
    if (offset + limit >= res.body.total) return items;
  }
}

/** What {@link useSimulatorJob} reads: the current test's simulator and job. */
export interface SimulatorJob {
  readonly sim: Simulator;
  readonly jobId: string;
}

/**
 * Before each test of the enclosing `describe`: a fresh simulator without presets and a job
 * of `config` in it (manual clock), read through the returned object.
 */
export function useSimulatorJob(config: Record<string, unknown>): SimulatorJob {
  let current: SimulatorJob | undefined;
  beforeEach(async () => {
    const sim = createSimulator({ presets: false });
    current = { sim, jobId: await createJob(sim, config) };
  });
  return {
    get sim() {
      return current!.sim;
    },
    get jobId() {
      return current!.jobId;
    },
  };
}
