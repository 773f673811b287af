import type { FaultConfig, JobConfig, RecordedRequest } from './types.js';

/** A typed client of the simulator's `/__simulator` control API (browser and Node). */
export interface SimulatorControl {
  /** Creates a job (manual clock unless `clock: 'real'`); resolves with its id. */
  createJob(config?: JobConfig): Promise<string>;
  /** Moves the job's clock forward; resolves with its new time (ISO 8601). */
  advance(jobId: string, ms: number): Promise<string>;
  /**
   * Holds the job's API answers: requests from now on wait until {@link release} (for looking
   * at a loading state without racing a fixed latency).
   */
  hold(jobId: string): Promise<void>;
  /** Answers every held request of the job and stops holding. */
  release(jobId: string): Promise<void>;
  /** Every API request that named the job, oldest first. */
  requests(jobId: string): Promise<RecordedRequest[]>;
  /** Replaces the job's fault injection (and restarts its request count). */
  setFaults(jobId: string, faults: FaultConfig): Promise<void>;
  /** Deletes the job. */
  deleteJob(jobId: string): Promise<void>;
  /** Replaces the simulator-wide fault injection (`{}` turns it off). */
  setGlobalFaults(faults: FaultConfig): Promise<void>;
}

/** A control API call that did not succeed. */
export class SimulatorControlError extends Error {
  override readonly name = 'SimulatorControlError';
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

/** Options of {@link simulatorControl}. */
export interface SimulatorControlOptions {
  /**
   * Sent as `Authorization: Bearer <apiKey>`: needed when the simulator was created with
   * `apiKeys` (the control API then requires one of them, like the API does).
   */
  readonly apiKey?: string;
}

/**
 * A client of the control API at `origin` (default: the page's own origin, which is where
 * the @web/test-runner middleware and the Vite plugin serve it). In a browser it only works
 * from the simulator's own origin (or the one set with the simulator's `cors: { origin }`).
 */
export function simulatorControl(
  origin?: string,
  options: SimulatorControlOptions = {},
): SimulatorControl {
  const base = origin ?? (globalThis as { location?: { origin?: string } }).location?.origin;
  if (!base)
    throw new TypeError('simulatorControl(origin) needs an origin outside a browser page.');
  const auth: Record<string, string> =
    options.apiKey === undefined ? {} : { authorization: `Bearer ${options.apiKey}` };
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(new URL(`/__simulator${path}`, base), {
      method,
      headers: body === undefined ? auth : { ...auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new SimulatorControlError(
        `${method} /__simulator${path} failed with ${response.status}: ${text.slice(0, 500)}`,
        response.status,
      );
    }
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  };
  const job = (id: string): string => `/jobs/${encodeURIComponent(id)}`;
  return {
    createJob: async (config = {}) => ((await call('POST', '/jobs', config)) as { id: string }).id,
    advance: async (jobId, ms) =>
      ((await call('POST', `${job(jobId)}/advance`, { ms })) as { now: string }).now,
    hold: async (jobId) => {
      await call('POST', `${job(jobId)}/hold`);
    },
    release: async (jobId) => {
      await call('POST', `${job(jobId)}/release`);
    },
    requests: async (jobId) => (await call('GET', `${job(jobId)}/requests`)) as RecordedRequest[],
    setFaults: async (jobId, faults) => {
      await call('PUT', `${job(jobId)}/faults`, faults);
    },
    deleteJob: async (jobId) => {
      await call('DELETE', job(jobId));
    },
    setGlobalFaults: async (faults) => {
      await call('PUT', '/faults', faults);
    },
  };
}
