import { systemClock, type Clock } from '@input-progress/core';
import { handleApiRequest } from './api-handler.js';
import { basePathOf } from './base-path.js';
import { CONTROL_PREFIX, handleControlRequest } from './control-handler.js';
import { JobExistsError } from './job-exists-error.js';
import { isSimulatedConnectionDrop } from './connection-drop.js';
import { withCors } from './cors.js';
import { faultConfigProblems } from './fault-config-problems.js';
import { FaultScope } from './fault-scope.js';
import { errorsResponse } from './http-responses.js';
import { JobConfigError, resolveJobConfig } from './job-config.js';
import { presetJobConfigs } from './presets.js';
import { createRandom, deriveSeed } from './random.js';
import { randomId } from './random-id.js';
import { SimulatedJob } from './simulated-job.js';
import type { SimulatorContext } from './simulator-context.js';
import type {
  ClockMode,
  FaultConfig,
  JobConfig,
  RecordedRequest,
  SimulatorOptions,
} from './types.js';

/** Requests kept per job (and overall); the oldest are dropped beyond this. */
const MAX_RECORDED = 10_000;

/** An in-memory Archetype AI batch API. */
export interface Simulator {
  /**
   * Serves one request: the API under `basePath` (`/api/batch/...` by default) and the control API
   * under `/__simulator/...`. Rejects with a `SimulatedConnectionDrop` (a `TypeError`, like
   * `fetch`) when a fault drops the connection; the HTTP adapters destroy the socket then.
   */
  handle(request: Request): Promise<Response>;
  /** Creates a job with its own clock. Throws `JobConfigError` or `JobExistsError`. */
  createJob(config?: JobConfig): SimulatedJob;
  /** The job with this id, if any. */
  getJob(id: string): SimulatedJob | undefined;
  /** Removes a job; later requests to it get 404. Returns whether it existed. */
  deleteJob(id: string): boolean;
  /** Every job, in creation order. */
  jobs(): SimulatedJob[];
  /** API requests (not control requests) that named `jobId` in their path, or all of them, oldest first. */
  requests(jobId?: string): RecordedRequest[];
  /** Replaces the global fault injection (applied to every API request after the job's own). */
  setFaults(faults: FaultConfig | undefined): void;
  /** The options the simulator was created with. */
  readonly options: SimulatorOptions;
}

function pushCapped<T>(list: T[], item: T): void {
  list.push(item);
  if (list.length > MAX_RECORDED) list.splice(0, list.length - MAX_RECORDED);
}

/** True for an object with every method of core's {@link Clock}. */
function isClock(value: unknown): value is Clock {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<keyof Clock, unknown>;
  return (['now', 'setTimeout', 'clearTimeout', 'random'] as const).every(
    (method) => typeof candidate[method] === 'function',
  );
}

/** Every problem with the simulator options (they may come from a CLI or environment). */
function optionProblems(options: SimulatorOptions): string[] {
  const problems: string[] = [];
  const { seed, speed, clock, maxLimit, basePath, apiKeys } = options;
  if (seed !== undefined && !Number.isSafeInteger(seed)) problems.push('seed must be an integer');
  if (speed !== undefined && !(Number.isFinite(speed) && speed > 0))
    problems.push('speed must be a number above 0');
  if (clock !== undefined && clock !== 'real' && clock !== 'manual' && !isClock(clock))
    problems.push(
      'clock must be "real", "manual" or a Clock (now, setTimeout, clearTimeout, random)',
    );
  if (maxLimit !== undefined && !(Number.isSafeInteger(maxLimit) && maxLimit >= 1))
    problems.push('maxLimit must be an integer ≥ 1');
  if (basePath !== undefined && !/^\/[^?#]*$/.test(basePath))
    problems.push('basePath must start with "/"');
  if (apiKeys !== undefined && !apiKeys.every((k) => typeof k === 'string' && k.length > 0)) {
    problems.push('apiKeys must be non-empty strings');
  }
  if (options.faults) problems.push(...faultConfigProblems(options.faults));
  return problems;
}

/**
 * Creates a simulator; the `job_demo_*` presets exist at once unless `presets: false`.
 * Throws a `RangeError` listing every invalid option.
 */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const problems = optionProblems(options);
  if (problems.length > 0)
    throw new RangeError(`Invalid simulator options: ${problems.join('; ')}`);
  const clock = typeof options.clock === 'object' ? options.clock : systemClock;
  const simulatorMode: ClockMode = typeof options.clock === 'string' ? options.clock : 'real';
  const seed = options.seed ?? 1;
  const basePath = basePathOf(options);
  const maxLimit = options.maxLimit ?? 1000;
  const jobs = new Map<string, SimulatedJob>();
  const recorded = new Map<string, RecordedRequest[]>();
  const allRecorded: RecordedRequest[] = [];
  let errorCount = 0;

  const context: SimulatorContext = {
    options,
    clock,
    basePath,
    maxLimit,
    jobs,
    globalFaults: new FaultScope(options.faults, deriveSeed(seed, 'global')),
    uid: () => `err-${(++errorCount).toString(16).padStart(8, '0')}`,
    record(jobId, request, url) {
      const entry: RecordedRequest = {
        method: request.method,
        path: url.pathname,
        search: url.search,
        at: new Date(clock.now()).toISOString(),
      };
      pushCapped(allRecorded, entry);
      if (jobId !== null) {
        let list = recorded.get(jobId);
        if (!list) recorded.set(jobId, (list = []));
        pushCapped(list, entry);
      }
    },
    requestsOf(jobId) {
      return jobId === undefined ? [...allRecorded] : [...(recorded.get(jobId) ?? [])];
    },
    createJob(config: JobConfig, defaultMode?: ClockMode) {
      const resolved = resolveJobConfig(config, {
        seed,
        clock: defaultMode ?? simulatorMode,
        speed: options.speed ?? 1,
      });
      const faultProblems = resolved.faults ? faultConfigProblems(resolved.faults) : [];
      if (faultProblems.length > 0) throw new JobConfigError(faultProblems);
      let id = resolved.id;
      if (id !== undefined && jobs.has(id))
        throw new JobExistsError(`A job with id "${id}" already exists.`);
      for (let attempt = 0; id === undefined || jobs.has(id); attempt++) {
        id = randomId(createRandom(deriveSeed(resolved.seed, `job-id:${attempt}`)), 'job_', 24);
      }
      const job = new SimulatedJob(id, resolved, clock);
      jobs.set(id, job);
      return job;
    },
  };

  if (options.presets !== false) for (const preset of presetJobConfigs()) context.createJob(preset);

  const handle = async (request: Request): Promise<Response> => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      url = new URL(request.url, 'http://localhost');
    }
    let response: Response;
    const isApi = url.pathname === basePath || url.pathname.startsWith(`${basePath}/`);
    const isControl =
      !isApi &&
      options.control !== false &&
      (url.pathname === CONTROL_PREFIX || url.pathname.startsWith(`${CONTROL_PREFIX}/`));
    try {
      if (isApi) {
        response = await handleApiRequest(context, request, url);
      } else if (isControl) {
        response = await handleControlRequest(context, request, url);
      } else {
        response = errorsResponse(404, [{ code: 'not_found', message: 'Not found.' }], context.uid);
      }
    } catch (error) {
      if (isSimulatedConnectionDrop(error)) throw error;
      // A bug or an unreadable body must not take a test server down: answer like a server would.
      response = errorsResponse(
        500,
        [{ code: 'internal_error', message: 'The simulator failed to handle this request.' }],
        context.uid,
      );
    }
    return withCors(response, request, options.cors, isControl ? 'control' : 'api');
  };

  return {
    handle,
    createJob: (config = {}) => context.createJob(config),
    getJob: (id) => jobs.get(id),
    deleteJob: (id) => jobs.delete(id),
    jobs: () => [...jobs.values()],
    requests: (jobId) => context.requestsOf(jobId),
    setFaults: (faults) => {
      const problems = faults ? faultConfigProblems(faults) : [];
      if (problems.length > 0) throw new JobConfigError(problems);
      context.globalFaults.set(faults);
    },
    options,
  };
}
