import type { Clock } from '@input-progress/core';
import type { FaultScope } from './fault-scope.js';
import type { ErrorUid } from './http-responses.js';
import type { SimulatedJob } from './simulated-job.js';
import type { ClockMode, JobConfig, RecordedRequest, SimulatorOptions } from './types.js';

/** The simulator's state that the request handlers share. */
export interface SimulatorContext {
  readonly options: SimulatorOptions;
  /** The simulator's time: latency waits on it, real-clock jobs and recorded requests read it. */
  readonly clock: Clock;
  readonly basePath: string;
  readonly maxLimit: number;
  readonly jobs: Map<string, SimulatedJob>;
  readonly globalFaults: FaultScope;
  readonly uid: ErrorUid;
  /** Records an API request under the job id its path names (or none). */
  record(jobId: string | null, request: Request, url: URL): void;
  /** Recorded API requests of one job (or all of them), oldest first. */
  requestsOf(jobId: string | undefined): RecordedRequest[];
  /** Creates a job; `defaultMode` is its clock mode when the config names none. */
  createJob(config: JobConfig, defaultMode?: ClockMode): SimulatedJob;
}
