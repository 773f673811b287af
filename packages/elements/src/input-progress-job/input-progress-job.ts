import type { TemplateResult } from 'lit';
import { FeedElement } from '../feed-element.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import {
  isAbortError,
  timeOf,
  type InputProgressClient,
  type InputsProgressTraces,
  type Job,
} from '@input-progress/core';
import { FeedBinding, sourceOf, validPollInterval } from '../controllers/feed-binding.js';
import { sharedRead } from '../controllers/shared-reads.js';
import { TaskLifecycle } from '../controllers/task-lifecycle.js';
import { jobFailureOf } from '../describe-error.js';
import { InputProgressErrorEvent, InputProgressJobLoadEvent } from '../events.js';
import { themeStyles, userPreferenceStyles } from '../shared-styles.js';
import { ticker } from '../ticker.js';
import { renderJob, type JobView } from './job-template.js';
import { jobStyles } from './input-progress-job.styles.js';

/** Buckets asked of the traces: enough for a sparkline and a recent window on long jobs. */
const TRACE_BUCKETS = 50;
/** While inputs run, the job record is read again at most this often (its status rarely moves). */
const JOB_EVERY_MS = 60_000;
/** While inputs run, the traces are read again at most this often (they are bucketed). */
const TRACES_EVERY_MS = 30_000;

/**
 * What a load follows: the job, the client, and a round. The round moves when the counts say
 * every input finished (the job's status can have changed) and, while inputs run, at most once
 * per interval; it is null until the first counts, so nothing loads before them.
 */
type LoadArgs = readonly [
  jobId: string | undefined,
  client: InputProgressClient | undefined,
  round: string | null,
];

/**
 * A batch job at a glance: its name and status, a segmented bar (completed, failed,
 * processing, pending) with a spoken value naming each, a summary that never hides failures,
 * the throughput of the recent window with a sparkline, the time left for the whole job and
 * the elapsed time. It follows a core feed's per-status counts (built from `job-id` and
 * `base-url`, or the `feed` handed in) and re-reads the job record and its traces only when
 * the counts moved; it runs no timer of its own (the shared ticker moves the elapsed time).
 * `<input-progress-list>` renders one as its header, sharing its feed.
 *
 * @tagname input-progress-job
 *
 * @fires {InputProgressJobLoadEvent} input-progress-job-load - The job record loaded; `detail.job` is the record (its `status`, `name`, times, …).
 * @fires {InputProgressErrorEvent} input-progress-error - The job record could not be loaded; `detail.error` is core's typed error (the status part then says "Job details unavailable").
 *
 * @csspart base - The element's wrapper.
 * @csspart name - The job's name (its id until the record loaded); long names end in an ellipsis, with the whole name in `title`.
 * @csspart status - The job's own status (`Running`, `Completed`, …), "Loading job…", or "Job details unavailable".
 * @csspart bar - The segmented bar (`role="progressbar"`); its value is the share of finished inputs, its value text names every status.
 * @csspart segment - One segment of the bar; `data-status` is `completed`, `failed`, `processing` or `pending`.
 * @csspart summary - "9 completed · 1 failed of 10".
 * @csspart throughput - Inputs finished per minute over the recent window, with the sparkline.
 * @csspart sparkline - The `<svg>` of inputs finished per time bucket.
 * @csspart eta - The time left for the whole job, while there is a rate and inputs remain.
 * @csspart elapsed - Time since the job started, until it ended.
 *
 * @cssproperty [--input-progress-font=inherit] - Font family.
 * @cssproperty [--input-progress-color-text=light-dark(#1f2328, #e6edf3)] - Text colour.
 * @cssproperty [--input-progress-color-muted=light-dark(#59636e, #9198a1)] - Secondary text colour.
 * @cssproperty [--input-progress-color-surface=light-dark(#fff, #0d1117)] - Background.
 * @cssproperty [--input-progress-color-track=light-dark(#e6e9ec, #262c36)] - Empty part of the bar.
 * @cssproperty [--input-progress-color-accent=light-dark(#0a5fc2, #58a6ff)] - Focus rings.
 * @cssproperty [--input-progress-color-pending=var(--input-progress-color-muted)] - Pending segment.
 * @cssproperty [--input-progress-color-processing=var(--input-progress-color-accent)] - Processing segment.
 * @cssproperty [--input-progress-color-completed=light-dark(#1a7f37, #3fb950)] - Completed segment, sparkline.
 * @cssproperty [--input-progress-color-failed=light-dark(#b42318, #ff7b72)] - Failed segment, errors.
 * @cssproperty [--input-progress-bar-height=0.5rem] - Height of the bar.
 * @cssproperty [--input-progress-radius=0.375rem] - Corner radius.
 */
export class InputProgressJob extends FeedElement {
  static override styles = [themeStyles, jobStyles, userPreferenceStyles];

  readonly #binding = new FeedBinding(this, {
    source: () => sourceOf(this),
    pollInterval: () => validPollInterval(this.pollInterval),
    // Only the counts matter here: the smallest page.
    query: () => ({ limit: 1 }),
  });
  readonly #job = new Task<LoadArgs, Job>(this, {
    task: ([jobId, client, round], { signal }) =>
      jobId && client && round
        ? this.#read('job', JOB_EVERY_MS, [jobId, client, round], signal, (shared) =>
            client.getJob(jobId, { signal: shared }),
          )
        : initialState,
    args: () => this.#args('job', JOB_EVERY_MS),
    onError: (error) => this.#report(error),
    // The list words its empty state by the job's status.
    onComplete: (job) => this.dispatchEvent(new InputProgressJobLoadEvent({ job })),
  });
  readonly #traces = new Task<LoadArgs, InputsProgressTraces>(this, {
    // The traces are job-wide (the API documents no port filter for them). The client keeps
    // their ETag, so a read that finds nothing new costs no body.
    task: ([jobId, client, round], { signal }) =>
      jobId && client && round
        ? this.#read('traces', TRACES_EVERY_MS, [jobId, client, round], signal, (shared) =>
            client.getInputsProgressTraces(jobId, { buckets: TRACE_BUCKETS }, { signal: shared }),
          )
        : initialState,
    args: () => this.#args('traces', TRACES_EVERY_MS),
  });

  constructor() {
    super();
    new TaskLifecycle(this, [this.#job, this.#traces]);
    // The elapsed time moves on with every other relative time on screen.
    ticker.use(this, { clock: () => this.clock, finest: () => this.#elapsed() });
  }

  protected override render(): TemplateResult {
    const snapshot = this.#binding.snapshot;
    const jobId = this.#binding.feed?.jobId ?? this.jobId;
    return renderJob({
      ...this.words(),
      now: ticker.now(this.clock),
      jobId,
      counts: snapshot?.counts ?? null,
      portScoped: !!snapshot?.query.portName,
      job: this.#jobState(jobId ?? ''),
      traces: this.#traces.status === TaskStatus.ERROR ? undefined : this.#traces.value,
    });
  }

  /** How long the job has run while it runs (its elapsed time moves on), else null. */
  #elapsed(): number | null {
    const job = this.#job.value;
    const started = timeOf(job?.startedAt);
    const ended = job?.completedAt ?? job?.failedAt ?? job?.cancelledAt;
    return started === null || ended ? null : this.clock.now() - started;
  }

  /**
   * The record, or why there is none. While a newer record loads, the last one stays on
   * screen. The record is read once the feed has counts; when the feed's first load failed
   * instead, that failure (the job unknown, the key refused, no API at the address) is the
   * header's state: the load has settled, nothing is loading any more.
   */
  #jobState(jobId: string): JobView['job'] {
    const job = this.#job;
    const snapshot = this.#binding.snapshot;
    if (!this.#binding.feed) return 'missing';
    if (job.status === TaskStatus.ERROR) return jobFailureOf(job.error, jobId);
    if (job.value) return job.value;
    const feedError = snapshot && !snapshot.counts && (snapshot.error ?? snapshot.countsError);
    return feedError ? jobFailureOf(feedError, jobId) : 'loading';
  }

  /**
   * The load's arguments: a new round loads again (aborting a load still in flight). Rounds
   * are shared with every header of the job on the same clock and client configuration.
   */
  #args(what: string, every: number): LoadArgs {
    const feed = this.#binding.feed;
    const counts = this.#binding.snapshot?.counts;
    if (!feed || !counts) return [feed?.jobId, feed?.client, null];
    const ended = counts.pending + counts.processing === 0;
    const read = sharedRead(this.clock, feed.client, feed.jobId, what, every);
    return [feed.jobId, feed.client, read.round(this.clock.now(), ended)];
  }

  /**
   * The answer of this round: kept when a header of the job read it already, shared while
   * one reads it, else `read`'s (aborted once no header waits for it any more).
   */
  #read<Value>(
    what: string,
    every: number,
    [jobId, client, round]: [string, InputProgressClient, string],
    signal: AbortSignal,
    read: (signal: AbortSignal) => Promise<Value>,
  ): Promise<Value> {
    return sharedRead(this.clock, client, jobId, what, every).answer(round, signal, read);
  }

  #report(error: unknown): void {
    if (!isAbortError(error))
      this.dispatchEvent(new InputProgressErrorEvent({ error: error as Error, stale: false }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'input-progress-job': InputProgressJob;
  }
}
