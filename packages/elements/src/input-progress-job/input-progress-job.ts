import type { TemplateResult } from 'lit';
import { FeedElement } from '../feed-element.js';
import { FeedBinding, sourceOf, validPollInterval } from '../controllers/feed-binding.js';
import { JobReads } from '../controllers/job-reads.js';
import { themeStyles, userPreferenceStyles } from '../shared-styles.js';
import { ticker } from '../ticker.js';
import { JOB_PARTS, renderJob } from './job-template.js';
import { jobStyles } from './input-progress-job.styles.js';

/**
 * A batch job at a glance: its name and status, a segmented bar (completed, failed,
 * processing, pending) with a spoken value naming each, a summary that never hides failures,
 * the throughput of the recent window with a sparkline, the time left for the whole job and
 * the elapsed time. It follows a core feed's per-status counts (built from `job-id` and
 * `base-url`, or the `feed` handed in) and re-reads the job record and its traces only when
 * the counts moved; it runs no timer of its own (the shared ticker moves the elapsed time).
 * `<input-progress-list>` renders the same template as its header, into its own shadow root.
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
  readonly #reads = new JobReads(this, () => this.#binding);

  constructor() {
    super();
    // The elapsed time moves on with every other relative time on screen.
    ticker.use(this, { clock: () => this.clock, finest: () => this.#reads.elapsed() });
  }

  protected override render(): TemplateResult {
    const jobId = this.#binding.feed?.jobId ?? this.jobId;
    return renderJob(this.#reads.view(this.words(), ticker.now(this.clock), jobId), JOB_PARTS);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'input-progress-job': InputProgressJob;
  }
}
