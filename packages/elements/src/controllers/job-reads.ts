/**
 * The job header's reads: the record and the traces of the job a feed follows, for
 * `<input-progress-job>` and for the header `<input-progress-list>` renders into its own
 * shadow root. Both are `@lit/task` loads on the host, keyed by a round that moves when the
 * counts say every input finished and, while inputs run, at most once per interval; the
 * rounds and answers are shared by every header of the job (`shared-reads.ts`). The host
 * fires `input-progress-job-load` with each record and `input-progress-error` when one cannot
 * be loaded.
 */
import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import {
  isAbortError,
  timeOf,
  type Clock,
  type FeedSnapshot,
  type InputProgressClient,
  type InputProgressFeed,
  type InputsProgressTraces,
  type Job,
} from '@input-progress/core';
import { jobFailureOf } from '../describe-error.js';
import { InputProgressErrorEvent, InputProgressJobLoadEvent } from '../events.js';
import type { JobView } from '../input-progress-job/job-template.js';
import type { Words } from '../worded-element.js';
import { sharedRead } from './shared-reads.js';
import { TaskLifecycle } from './task-lifecycle.js';

/** Buckets asked of the traces: enough for a sparkline and a recent window on long jobs. */
const TRACE_BUCKETS = 50;
/** While inputs run, the job record is read again at most this often (its status rarely moves). */
const JOB_EVERY_MS = 60_000;
/** While inputs run, the traces are read again at most this often (they are bucketed). */
const TRACES_EVERY_MS = 30_000;

/**
 * What a load follows: the job, the client, and a round. The round is null until the first
 * counts, so nothing loads before them.
 */
type LoadArgs = readonly [
  jobId: string | undefined,
  client: InputProgressClient | undefined,
  round: string | null,
];

/** The host: an element with a clock. */
type Host = ReactiveControllerHost & EventTarget & { readonly clock: Clock };

/** Where the header's feed and its latest snapshot come from (the host's `FeedBinding`). */
interface FeedSource {
  readonly feed: InputProgressFeed | null;
  readonly snapshot: FeedSnapshot | null;
}

export class JobReads {
  readonly #host: Host;
  readonly #source: () => FeedSource;
  readonly #job: Task<LoadArgs, Job>;
  readonly #traces: Task<LoadArgs, InputsProgressTraces>;
  /** The latest record's job and status: kept when a later read fails (the task forgets it). */
  #latest: { readonly jobId: string; readonly status: string } | null = null;

  constructor(host: Host, source: () => FeedSource) {
    this.#host = host;
    this.#source = source;
    this.#job = new Task<LoadArgs, Job>(host, {
      task: ([jobId, client, round], { signal }) =>
        jobId && client && round
          ? this.#read('job', JOB_EVERY_MS, [jobId, client, round], signal, (shared) =>
              client.getJob(jobId, { signal: shared }),
            )
          : initialState,
      args: () => this.#args('job', JOB_EVERY_MS),
      onError: (error) => this.#report(error),
      onComplete: (job) => {
        this.#latest = { jobId: job.id, status: job.status };
        host.dispatchEvent(new InputProgressJobLoadEvent({ job }));
      },
    });
    this.#traces = new Task<LoadArgs, InputsProgressTraces>(host, {
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
    new TaskLifecycle(host, [this.#job, this.#traces]);
  }

  /** The status of `jobId`'s latest record, or null while none of it loaded. */
  statusOf(jobId: string | null | undefined): string | null {
    const latest = this.#latest;
    return latest && latest.jobId === jobId ? latest.status : null;
  }

  /** What the header shows of `jobId` at `now`, in `words`: the feed's counts, the record, the traces. */
  view(words: Words, now: number, jobId: string | null): JobView {
    const snapshot = this.#source().snapshot;
    return {
      ...words,
      now,
      jobId,
      counts: snapshot?.counts ?? null,
      portScoped: !!snapshot?.query.portName,
      job: this.#state(jobId ?? ''),
      // The latest traces, unless the latest load of them failed.
      traces: this.#traces.status === TaskStatus.ERROR ? undefined : this.#traces.value,
    };
  }

  /**
   * The record, or why there is none. While a newer record loads, the last one stays on
   * screen. The record is read once the feed has counts; when the feed's first load failed
   * instead, that failure (the job unknown, the key refused, no API at the address) is the
   * header's state: the load has settled, nothing is loading any more.
   */
  #state(jobId: string): JobView['job'] {
    const job = this.#job;
    const { feed, snapshot } = this.#source();
    if (!feed) return 'missing';
    if (job.status === TaskStatus.ERROR) return jobFailureOf(job.error, jobId);
    if (job.value) return job.value;
    const feedError = snapshot && !snapshot.counts && (snapshot.error ?? snapshot.countsError);
    return feedError ? jobFailureOf(feedError, jobId) : 'loading';
  }

  /** How long the job has run while it runs (its elapsed time moves on), else null. */
  elapsed(): number | null {
    const job = this.#job.value;
    const started = timeOf(job?.startedAt);
    const ended = job?.completedAt ?? job?.failedAt ?? job?.cancelledAt;
    return started === null || ended ? null : this.#host.clock.now() - started;
  }

  /**
   * The load's arguments: a new round loads again (aborting a load still in flight). Rounds
   * are shared with every header of the job on the same clock and client configuration.
   */
  #args(what: string, every: number): LoadArgs {
    const { feed, snapshot } = this.#source();
    const counts = snapshot?.counts;
    if (!feed || !counts) return [feed?.jobId, feed?.client, null];
    const ended = counts.pending + counts.processing === 0;
    const read = sharedRead(this.#host.clock, feed.client, feed.jobId, what, every);
    return [feed.jobId, feed.client, read.round(this.#host.clock.now(), ended)];
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
    return sharedRead(this.#host.clock, client, jobId, what, every).answer(round, signal, read);
  }

  #report(error: unknown): void {
    if (!isAbortError(error))
      this.#host.dispatchEvent(
        new InputProgressErrorEvent({ error: error as Error, stale: false }),
      );
  }
}
