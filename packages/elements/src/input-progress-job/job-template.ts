/**
 * The job at a glance, as one template function of a {@link JobView}: name and status, the
 * segmented bar, the summary, throughput with its sparkline, the time left and the elapsed
 * time. `<input-progress-job>` renders it into its shadow root, `<input-progress-list>` into
 * its own as its header; each names the parts its way ({@link JobParts}). The styles select
 * by class (`job-*`), not by part: the list's own `base` and `summary` parts are others.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  timeOf,
  type InputsProgressTraces,
  type Job,
  type StatusCounts,
} from '@input-progress/core';
import type { JobFailure } from '../describe-error.js';
import type { Formatters } from '../formatters.js';
import type { InputProgressStrings } from '../strings.js';
import { timeLeft } from '../time-left.js';
import { wholeSecond } from '../whole-second.js';
import { jobEtaOf, perBucketOf, throughputOf } from './job-stats.js';
import { renderSparkline } from './sparkline.js';

/** The job element as its template sees it during one render. */
export interface JobView {
  readonly strings: InputProgressStrings;
  readonly formatters: Formatters;
  /** The ticker's time: the elapsed time counts from it, like every relative time on screen. */
  readonly now: number;
  readonly jobId: string | null;
  /** The feed's per-status counts; null while unknown. */
  readonly counts: StatusCounts | null;
  /** Whether those counts are of one port only (the traces, and so the rate, are job-wide). */
  readonly portScoped: boolean;
  /**
   * The job record; `loading` until the first one arrived or failed; how it failed when the
   * latest load did (or the feed's first load did, before any counts); `missing` without a job.
   */
  readonly job: Job | 'loading' | 'missing' | JobFailure;
  /** The latest traces, if any loaded. */
  readonly traces: InputsProgressTraces | undefined;
}

/** The part names of the header's pieces, as the element rendering it exposes them. */
export interface JobParts {
  readonly base: string;
  readonly name: string;
  readonly status: string;
  readonly bar: string;
  readonly segment: string;
  readonly summary: string;
  readonly throughput: string;
  readonly sparkline: string;
  readonly eta: string;
  readonly elapsed: string;
}

/** Each piece's part name, as `name` names it. */
const partsNamed = (name: (piece: keyof JobParts) => string): JobParts => ({
  base: name('base'),
  name: name('name'),
  status: name('status'),
  bar: name('bar'),
  segment: name('segment'),
  summary: name('summary'),
  throughput: name('throughput'),
  sparkline: name('sparkline'),
  eta: name('eta'),
  elapsed: name('elapsed'),
});

/** `<input-progress-job>`'s parts: `base`, `name`, … */
export const JOB_PARTS: JobParts = partsNamed((piece) => piece);

/** The list's header: `job-base` (also `job`), `job-name`, … as the list always named them. */
export const LIST_JOB_PARTS: JobParts = {
  ...partsNamed((piece) => `job-${piece}`),
  base: 'job job-base',
};

/** The bar's segments, in the order they fill it. */
const SEGMENTS = ['completed', 'failed', 'processing', 'pending'] as const;

export function renderJob(view: JobView, parts: JobParts): TemplateResult {
  const { strings, formatters, counts, job } = view;
  const total = counts
    ? counts.completed + counts.failed + counts.processing + counts.pending
    : null;
  const done = counts ? counts.completed + counts.failed : 0;
  const record = typeof job === 'object' ? job : null;
  const state = record ? null : (job as Exclude<JobView['job'], Job>);
  const status = record
    ? strings.jobStatus(record.status)
    : {
        'not-found': strings.jobNotFound,
        'no-access': strings.jobNoAccess,
        unavailable: strings.jobUnavailable,
        missing: strings.errorMissingJob,
        loading: strings.jobLoading,
      }[state!];
  // Without counts the summary has nothing to say: a placeholder while they load, nothing
  // beside a failure (no "– completed · – failed of –" under "Job not found").
  const summary = counts
    ? strings.jobSummary(counts.completed, counts.failed, total!, formatters)
    : state === 'loading'
      ? strings.noValue
      : '';
  return html`<div part=${parts.base} class="job">
    <div class="job-line">
      <span part=${parts.name} class="job-name clip" title=${record?.name ?? view.jobId ?? nothing}
        >${record?.name ?? view.jobId}</span
      >
      <span
        part=${parts.status}
        class="job-status ${record || state === 'loading' ? '' : 'error'}"
        data-status=${record?.status ?? state}
        >${status}</span
      >
    </div>
    <div
      part=${parts.bar}
      class="job-bar bar"
      role="progressbar"
      aria-label=${strings.overallProgress}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${total === null ? nothing : total ? Math.round((done / total) * 100) : 0}
      aria-valuetext=${
        counts
          ? strings.jobBarValue(
              counts.completed,
              counts.failed,
              counts.processing,
              counts.pending,
              total!,
              formatters,
            )
          : strings.unknown
      }
    >
      ${SEGMENTS.map(
        (name) =>
          html`<div
            part=${parts.segment}
            class="job-segment"
            data-status=${name}
            .style=${`width:${counts && total ? (counts[name] / total) * 100 : 0}%`}
          ></div>`,
      )}
    </div>
    <div class="job-line">
      <p part=${parts.summary} class="job-summary">${summary}</p>
      ${renderPace(view, parts)}
    </div>
  </div>`;
}

/** Throughput with its sparkline, the time left and the elapsed time; each only when known. */
function renderPace(
  { strings, formatters, now, counts, portScoped, job, traces }: JobView,
  parts: JobParts,
): TemplateResult {
  const record = typeof job === 'object' ? job : null;
  const perMinute = throughputOf(traces);
  // The time left divides what remains by the rate: both of the whole job.
  const eta = timeLeft(
    jobEtaOf(portScoped ? (record?.inputProgress ?? null) : counts, perMinute),
    strings,
    formatters,
  );
  // Whole seconds, as every time on screen: the elapsed time turns over with the rows' ages.
  const started = wholeSecond(timeOf(record?.startedAt));
  const ended = wholeSecond(timeOf(record?.completedAt ?? record?.failedAt ?? record?.cancelledAt));
  const elapsed = started === null ? -1 : (ended ?? wholeSecond(now)) - started;
  return html`<p class="job-pace muted">
    ${
      perMinute === null
        ? nothing
        : html`<span part=${parts.throughput} class="job-throughput"
            >${strings.throughput(Math.round(perMinute * 10) / 10, formatters)}
            ${renderSparkline(perBucketOf(traces), parts.sparkline)}</span
          >`
    }
    ${eta ? html`<span part=${parts.eta}>${eta}</span>` : nothing}
    ${elapsed >= 0 ? html`<span part=${parts.elapsed}>${strings.elapsed(formatters.duration(elapsed))}</span>` : nothing}
  </p>`;
}
