import { systemClock, type Clock } from '@input-progress/core';
import { FaultScope } from './fault-scope.js';
import { isoAt, statusAt, type TrackedStatus } from './input-state.js';
import { progressItemJson } from './progress-item-json.js';
import { createJobClock, type JobClock } from './job-clock.js';
import type { ResolvedJobConfig } from './job-config.js';
import { planJob, type InputPlan, type JobPlan, type ReferenceInputPlan } from './job-plan.js';
import { countStatuses } from './count-statuses.js';
import { listProgress } from './progress-listing.js';
import type { ProgressQuery } from './progress-query.js';
import { computeTraces } from './traces.js';
import type { FaultConfig } from './types.js';

/**
 * One simulated batch job with its own clock. Every input's life is planned at creation
 * from the seed, so reading the state at any time is a computation, not a replay.
 */
export class SimulatedJob {
  /** The job id (`job_…`). */
  readonly id: string;
  /** The job's display name. */
  readonly name: string;
  /** The configuration with every default filled in. */
  readonly config: ResolvedJobConfig;
  /** The planned inputs and precomputed orders. */
  readonly plan: JobPlan;
  /** This job's own clock. */
  readonly clock: JobClock;
  /** Fault injection for requests to this job. */
  readonly faults: FaultScope;

  /**
   * Plans the job from `config`. A `real` job's time follows `clock` (default: the system
   * clock; the simulator passes its own, so a fake clock in tests moves its jobs).
   */
  constructor(id: string, config: ResolvedJobConfig, clock: Pick<Clock, 'now'> = systemClock) {
    this.id = id;
    this.config = config;
    this.plan = planJob(config, id);
    this.name = config.name ?? `Simulated job (${config.inputs} inputs)`;
    const initial = config.elapsedMs === 'finished' ? this.plan.lastEnd : config.elapsedMs;
    this.clock = createJobClock(config.clock, config.speed, initial, clock);
    this.faults = new FaultScope(config.faults, config.seed);
  }

  /** Job time in ms since the job was created. */
  elapsed(): number {
    return this.clock.elapsed();
  }

  /** The job's current time as an ISO 8601 timestamp. */
  now(): string {
    return isoAt(this.clock.originMs, this.clock.elapsed());
  }

  /** Moves this job's clock forward by `ms` and returns the new time (ISO 8601). */
  advance(ms: number): string {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError('advance(ms) needs a finite number ≥ 0');
    this.clock.advance(ms);
    return this.now();
  }

  /** Replaces this job's fault injection (and restarts its request count). */
  setFaults(faults: FaultConfig | undefined): void {
    this.faults.set(faults);
  }

  /** Resolves the gate that held requests wait on; `null` while nothing is held. */
  #release: (() => void) | null = null;
  #gate: Promise<void> | null = null;

  /**
   * Holds this job's API answers: from now on every request waits (after it was recorded and
   * its latency passed) until {@link release}. Tests use it to look at a loading state for as
   * long as they need, whatever the machine's speed, instead of a fixed latency.
   */
  hold(): void {
    this.#gate ??= new Promise((resolve) => (this.#release = resolve));
  }

  /** Lets every held request of this job go on, and stops holding new ones. */
  release(): void {
    this.#release?.();
    this.#release = null;
    this.#gate = null;
  }

  /** What a request waits for before it is answered: nothing unless the job is held. */
  held(): Promise<void> | null {
    return this.#gate;
  }

  /** The tracked inputs' plans, by index. */
  get inputs(): readonly InputPlan[] {
    return this.plan.inputs;
  }

  /** The reference inputs (never listed by the progress endpoints). */
  get referenceInputs(): readonly ReferenceInputPlan[] {
    return this.plan.references;
  }

  /** Status of the input at `index` now. */
  inputStatus(index: number): TrackedStatus {
    const input = this.plan.inputs[index];
    if (!input) throw new RangeError(`No input ${index}`);
    return statusAt(input, this.elapsed());
  }

  /** Per-status counts now, optionally for one port. */
  counts(portName: string | null = null): Record<TrackedStatus, number> {
    return countStatuses(this.plan, this.elapsed(), portName);
  }

  /** The job's own status, following its inputs (see the README). */
  status(): 'PENDING' | 'RUNNING' | 'COMPLETED' | 'FAILED' {
    const time = this.elapsed();
    if (time < this.plan.firstStart) return 'PENDING';
    if (time < this.plan.lastEnd) return 'RUNNING';
    const inputCount = this.plan.inputs.length;
    return inputCount > 0 && this.plan.inputs.every((input) => input.fails)
      ? 'FAILED'
      : 'COMPLETED';
  }

  /** Body of `GET /batch/jobs/{id}/inputs/progress`. */
  progressBody(query: ProgressQuery): Record<string, unknown> {
    const time = this.elapsed();
    const { total, page } = listProgress(this.plan, query, time);
    return {
      job_id: this.id,
      total,
      offset: query.offset,
      limit: query.limit,
      items: page.map((i) =>
        progressItemJson(
          this.plan.inputs[i]!,
          this.id,
          time,
          this.clock.originMs,
          this.plan.rank[i]!,
        ),
      ),
    };
  }

  /** Body of `GET /batch/jobs/{id}/inputs/progress/counts`. */
  countsBody(portName: string | null): Record<string, unknown> {
    return { job_id: this.id, ...this.counts(portName) };
  }

  /** Body of `GET /batch/jobs/{id}/inputs/progress/traces`. */
  tracesBody(buckets: number, portName: string | null): Record<string, unknown> {
    return computeTraces(
      this.plan,
      this.id,
      this.elapsed(),
      this.clock.originMs,
      buckets,
      portName,
    );
  }

  /** Body of `GET /batch/jobs/{id}`. */
  jobBody(): Record<string, unknown> {
    const time = this.elapsed();
    const iso = (ms: number): string => isoAt(this.clock.originMs, ms);
    const status = this.status();
    const inputCount = this.plan.inputs.length;
    return {
      id: this.id,
      name: this.name,
      status,
      input_progress: this.counts(),
      num_inputs: inputCount,
      num_reference_inputs: this.plan.references.length,
      created_at: iso(0),
      started_at: time >= this.plan.firstStart ? iso(this.plan.firstStart) : null,
      completed_at: status === 'COMPLETED' ? iso(this.plan.lastEnd) : null,
      failed_at: status === 'FAILED' ? iso(this.plan.lastEnd) : null,
      cancelled_at: null,
      error:
        status === 'FAILED'
          ? { code: 'all_inputs_failed', message: `All ${inputCount} inputs failed.` }
          : null,
    };
  }
}
