import { LitElement, type TemplateResult } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import {
  isAbortError,
  timeOf,
  systemClock,
  type Clock,
  type InputProgressClient,
  type InputProgressFeed,
  type InputsProgressTraces,
  type Job,
} from '@input-progress/core';
import {
  DEFAULT_POLL_INTERVAL,
  FeedBinding,
  sourceOf,
  validPollInterval,
} from '../controllers/feed-binding.js';
import { Cadence } from '../controllers/cadence.js';
import { LangController } from '../controllers/lang-controller.js';
import { TaskLifecycle } from '../controllers/task-lifecycle.js';
import { InputProgressErrorEvent } from '../events.js';
import { formattersFor } from '../formatters.js';
import { themeStyles } from '../shared-styles.js';
import { resolveStrings, type InputProgressStrings } from '../strings.js';
import { ticker } from '../ticker.js';
import { renderJob } from './job-template.js';
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
export class InputProgressJob extends LitElement {
  static override properties = {
    jobId: { attribute: 'job-id' },
    baseUrl: { attribute: 'base-url' },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    apiKey: { attribute: false },
    client: { attribute: false },
    feed: { attribute: false },
    clock: { attribute: false },
    strings: { attribute: false },
  };
  static override styles = [themeStyles, jobStyles];

  /** The batch job to show (required unless `feed` is set). */
  declare jobId: string | null;

  /** The API root, e.g. `/api` on your own backend (core's default: the public API). */
  declare baseUrl: string | null;

  /** Milliseconds between polls of the feed built here; `0` turns polling off. Ignored when `feed` is set. */
  declare pollInterval: number;

  /** An API key, for trusted internal tools only; sent only as an `Authorization` header, never shown. */
  declare apiKey: string | null;

  /** A core client to use instead of one built from `base-url` and `apiKey`. */
  declare client: InputProgressClient | null;

  /** A core feed to follow instead of building one (the list hands its own); never destroyed here. Its client loads the job record and traces. */
  declare feed: InputProgressFeed | null;

  /** The clock the element and the client and feed it builds run on (default: the real one). */
  declare clock: Clock;

  /** Text overrides; missing keys use the English defaults. */
  declare strings: Partial<InputProgressStrings> | null;

  readonly #binding = new FeedBinding(this, {
    source: () => sourceOf(this),
    pollInterval: () => validPollInterval(this.pollInterval),
    // Only the counts matter here: the smallest page.
    query: () => ({ limit: 1 }),
  });
  readonly #lang = new LangController(this);
  readonly #jobCadence = new Cadence(JOB_EVERY_MS);
  readonly #tracesCadence = new Cadence(TRACES_EVERY_MS);
  readonly #job = new Task<LoadArgs, Job>(this, {
    task: ([jobId, client, round], { signal }) =>
      jobId && client && round ? client.getJob(jobId, { signal }) : initialState,
    args: () => this.#args(this.#jobCadence),
    onError: (error) => this.#report(error),
  });
  readonly #traces = new Task<LoadArgs, InputsProgressTraces>(this, {
    // The traces are job-wide (the API documents no port filter for them). The client keeps
    // their ETag, so a read that finds nothing new costs no body.
    task: ([jobId, client, round], { signal }) =>
      jobId && client && round
        ? client.getInputsProgressTraces(jobId, { buckets: TRACE_BUCKETS }, { signal })
        : initialState,
    args: () => this.#args(this.#tracesCadence),
  });

  constructor() {
    super();
    // Reactive properties are `declare`d and set here: a class field would hide Lit's accessor.
    this.jobId = null;
    this.baseUrl = null;
    this.pollInterval = DEFAULT_POLL_INTERVAL;
    this.apiKey = null;
    this.client = null;
    this.feed = null;
    this.clock = systemClock;
    this.strings = null;
    new TaskLifecycle(this, [this.#job, this.#traces]);
    // The elapsed time moves on with every other relative time on screen.
    ticker.use(this, { clock: () => this.clock, finest: () => this.#elapsed() });
  }

  protected override render(): TemplateResult {
    const snapshot = this.#binding.snapshot;
    const job = this.#job;
    return renderJob({
      t: resolveStrings(this.strings),
      f: formattersFor(this.#lang.lang),
      now: ticker.now(this.clock),
      jobId: this.#binding.feed?.jobId ?? this.jobId,
      counts: snapshot?.counts ?? null,
      portScoped: !!snapshot?.query.portName,
      // While a newer record loads, the last one stays on screen.
      job: !this.#binding.feed
        ? 'missing'
        : job.status === TaskStatus.ERROR
          ? 'error'
          : (job.value ?? 'loading'),
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

  /** The load's arguments: a new round loads again (aborting a load still in flight). */
  #args(cadence: Cadence): LoadArgs {
    const feed = this.#binding.feed;
    const counts = this.#binding.snapshot?.counts;
    const running = !!counts && counts.pending + counts.processing > 0;
    const round = !counts ? null : running ? `running ${cadence.round(this.clock.now())}` : 'ended';
    return [feed?.jobId, feed?.client, round];
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
