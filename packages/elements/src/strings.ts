import { labelOf } from './label-of.js';

/**
 * Every text a user can read or hear from the elements. Values that contain data are
 * functions receiving already-formatted pieces (numbers, sizes, percentages and times are
 * formatted by {@link Formatters} for the nearest `lang`), so a translation only decides
 * wording and word order.
 *
 * Override any subset through the `strings` property of `<input-progress-list>`,
 * `<input-progress-job>` or `<input-progress-row>`; missing keys fall back to {@link defaultStrings}.
 */
export interface InputProgressStrings {
  /** The visible label of an input status; unknown statuses arrive as-is. */
  status(status: string): string;
  /** Progress counted in items, e.g. "5 of 10 items". */
  itemsOf(processed: string, total: string): string;
  /** The bar's spoken value when it is determinate, e.g. "5 of 10 items, 50%". */
  valueText(items: string | null, percent: string): string;
  /**
   * The bar's whole spoken value: the status (given for pending and failed inputs, and when
   * there is no number) and the value from {@link valueText} (null when unknown).
   */
  barValue(status: string | null, value: string | null): string;
  /** The bar's spoken value while processing without metrics. */
  working: string;
  /** The bar's accessible name, e.g. "Progress of data.csv". */
  progressOf(filename: string): string;
  /** Time left for an input, e.g. "about 3 min left". */
  eta(duration: string): string;
  /** Completion rank across the job of a completed input, e.g. "Finished #3". */
  rank(step: string): string;
  /** Completion rank across the job of a failed input, e.g. "Failed #7". */
  failedRank(step: string): string;
  /** Accessible name of a compact row's disclosure button, e.g. "Details of data.csv". */
  showDetails(filename: string): string;
  /** When the input was created; `time` is a relative time such as "5 minutes ago". */
  created(time: string): string;
  /** When the input finished; `time` is a relative time. */
  finished(time: string): string;
  /** How long the input took, e.g. "took 4 min". */
  took(duration: string): string;
  /** A failed input's error message as shown, e.g. "Error: Disk full". */
  inputError(message: string): string;
  /** One metadata entry; `value` is a string or JSON text. */
  metadataEntry(key: string, value: string): string;
  /** The port an input belongs to, e.g. "port worker.inference". */
  port(name: string): string;

  /** Accessible name of the list of rows. */
  listLabel(jobId: string): string;
  /** Accessible name of the job's segmented progress bar. */
  overallProgress: string;
  /** The job summary, which never hides failures, e.g. "9 completed · 1 failed of 10". */
  jobSummary(completed: string, failed: string, total: string): string;
  /** The segmented bar's spoken value, e.g. "9 completed, 1 failed, 0 processing, 0 pending of 10". */
  jobBarValue(
    completed: string,
    failed: string,
    processing: string,
    pending: string,
    total: string,
  ): string;
  /** The job's own status (`RUNNING`, `COMPLETED`, …); unknown ones arrive as-is. */
  jobStatus(status: string): string;
  /** Shown for the job's status while its record loads. */
  jobLoading: string;
  /** Shown for the job's status when its record could not be loaded. */
  jobUnavailable: string;
  /** Time since the job started (until it ended), e.g. "4 min elapsed". */
  elapsed(duration: string): string;
  /** Inputs finished per minute over the recent window, e.g. "12 inputs/min". */
  throughput(perMinute: string): string;
  /** The overall bar's spoken value while the counts are not known yet. */
  unknown: string;
  /** A per-status count in the summary and on a chip, e.g. "Failed 2". */
  count(label: string, count: string): string;
  /** Accessible name of the filter chip group. */
  filters: string;
  /** The button that removes every status filter. */
  clearFilters: string;
  /** The order toggle's label for each direction. */
  orderAsc: string;
  orderDesc: string;
  /** Spoken before the order toggle's text (which says the current direction), e.g. "Order:". */
  orderLabel: string;
  /** Pagination. */
  pagination: string;
  previous: string;
  next: string;
  first: string;
  last: string;
  /** Before the page number field, e.g. "Page". */
  page: string;
  /** After the page number field, e.g. "of 12". */
  ofPages(pageCount: string): string;
  /** Said when the page number field holds no page to go to. */
  pageInvalid(pageCount: string): string;
  pageSize: string;
  /** Live indicator texts. */
  live: string;
  pausedHidden: string;
  backingOff(seconds: string): string;
  allDone: string;
  stopped: string;
  offline: string;
  refresh: string;
  /** Loading placeholder, read by screen readers while the skeleton shows. */
  loading: string;
  /** Empty states. */
  empty: string;
  emptyFiltered: string;
  /** A count or time that is not known yet, shown in its place. */
  noValue: string;
  /** The error state: what failed, then why (`reason` is one of the sentences below). */
  errorState(reason: string): string;
  /** Errors, by cause. `detail` is the server's own message when it sent one. */
  errorUnauthorized: string;
  errorForbidden: string;
  errorNotFound(jobId: string): string;
  errorRateLimited: string;
  errorBadRequest(detail: string): string;
  errorServer(status: string): string;
  errorNetwork: string;
  errorTimeout: string;
  errorShape: string;
  errorUnknown: string;
  errorMissingJob: string;
  retry: string;
  /** Banner shown above data when a later refresh failed. */
  stale(reason: string, updated: string): string;
  /** Live-region announcements of inputs that finished since the previous poll. */
  settledOne(filename: string, status: string): string;
  settledMany(count: string, completed: string, failed: string): string;
}

/** The English strings the elements ship with. */
export const defaultStrings: InputProgressStrings = {
  status: (status) =>
    labelOf(
      { pending: 'Pending', processing: 'Processing', completed: 'Completed', failed: 'Failed' },
      status,
    ),
  itemsOf: (processed, total) => `${processed} of ${total} items`,
  valueText: (items, percent) => (items ? `${items}, ${percent}` : percent),
  barValue: (status, value) => [status, value].filter(Boolean).join(', '),
  working: 'Processing, progress unknown',
  progressOf: (filename) => `Progress of ${filename}`,
  eta: (duration) => `about ${duration} left`,
  rank: (step) => `Finished #${step}`,
  failedRank: (step) => `Failed #${step}`,
  showDetails: (filename) => `Details of ${filename}`,
  created: (time) => `created ${time}`,
  finished: (time) => `finished ${time}`,
  took: (duration) => `took ${duration}`,
  inputError: (message) => `Error: ${message}`,
  metadataEntry: (key, value) => `${key}: ${value}`,
  port: (name) => `port ${name}`,

  listLabel: (jobId) => `Inputs of job ${jobId}`,
  overallProgress: 'Overall progress',
  jobSummary: (completed, failed, total) => `${completed} completed · ${failed} failed of ${total}`,
  jobBarValue: (completed, failed, processing, pending, total) =>
    `${completed} completed, ${failed} failed, ${processing} processing, ${pending} pending of ${total}`,
  jobStatus: (status) =>
    labelOf(
      {
        PENDING: 'Pending',
        ADMITTED: 'Admitted',
        RUNNING: 'Running',
        COMPLETED: 'Completed',
        FAILED: 'Failed',
        PREEMPTED: 'Preempted',
        CANCELLED: 'Cancelled',
      },
      status,
    ),
  jobLoading: 'Loading job…',
  jobUnavailable: 'Job details unavailable',
  elapsed: (duration) => `${duration} elapsed`,
  throughput: (perMinute) => `${perMinute} inputs/min`,
  unknown: 'unknown',
  count: (label, count) => `${label} ${count}`,
  filters: 'Filter by status',
  clearFilters: 'Show all',
  orderAsc: 'Oldest first',
  orderDesc: 'Newest first',
  orderLabel: 'Order:',
  pagination: 'Pages',
  previous: 'Previous',
  next: 'Next',
  first: 'First',
  last: 'Last',
  page: 'Page',
  ofPages: (pageCount) => `of ${pageCount}`,
  pageInvalid: (pageCount) => `Enter a page from 1 to ${pageCount}.`,
  pageSize: 'Per page',
  live: 'Live',
  pausedHidden: 'Paused while hidden',
  backingOff: (seconds) => `Retrying in ${seconds} s`,
  allDone: 'All done',
  stopped: 'Not updating automatically',
  offline: 'Offline',
  refresh: 'Refresh',
  loading: 'Loading inputs…',
  empty: 'This job has no inputs yet.',
  emptyFiltered: 'No inputs match these filters.',
  noValue: '–',
  errorState: (reason) => `Could not load the inputs. ${reason}`,
  errorUnauthorized: 'The API key was rejected.',
  errorForbidden: 'This key is not allowed to see this job.',
  errorNotFound: (jobId) => `There is no job “${jobId}”.`,
  errorRateLimited: 'Too many requests; the server asked to wait.',
  errorBadRequest: (detail) => `The server refused the request: ${detail}`,
  errorServer: (status) => `The server is having trouble (HTTP ${status}).`,
  errorNetwork: 'Cannot reach the server.',
  errorTimeout: 'The server took too long to answer.',
  errorShape: 'The server sent an answer this page cannot read.',
  errorUnknown: 'Something went wrong.',
  errorMissingJob: 'No job-id was given.',
  retry: 'Try again',
  stale: (reason, updated) => `Could not refresh: ${reason} Showing data from ${updated}.`,
  settledOne: (filename, status) => `${filename}: ${status}.`,
  settledMany: (count, completed, failed) =>
    `${count} inputs finished: ${completed} completed, ${failed} failed.`,
};

const merged = new WeakMap<Partial<InputProgressStrings>, InputProgressStrings>();

/**
 * Merges overrides over the defaults. Returns the defaults themselves when there is nothing
 * to merge, and the same merged object for the same overrides object (rows of one list share
 * it), so identity only changes when the strings do. Set a new object to change strings.
 */
export function resolveStrings(
  overrides: Partial<InputProgressStrings> | null | undefined,
): InputProgressStrings {
  if (!overrides) return defaultStrings;
  let strings = merged.get(overrides);
  if (!strings) {
    strings = { ...defaultStrings, ...overrides };
    merged.set(overrides, strings);
  }
  return strings;
}
