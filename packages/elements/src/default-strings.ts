/**
 * The English strings the elements ship with: the fallback for every key a translation or an
 * override leaves out, and the only language inside the standalone bundle.
 */
import type { InputProgressStrings } from './strings.js';
import { labelOf } from './label-of.js';

/** The English strings (what `@input-progress/elements/locales/en.js` registers too). */
export const defaultStrings: InputProgressStrings = {
  status: (status) =>
    labelOf(
      { pending: 'Pending', processing: 'Processing', completed: 'Completed', failed: 'Failed' },
      status,
    ),
  itemsOf: (processed, total, f) =>
    `${f.number(processed)} of ${f.number(total)} ${f.plural(total, { one: 'item', other: 'items' })}`,
  valueText: (items, percent, f) =>
    items ? `${items}, ${f.percent(percent)}` : f.percent(percent),
  barValue: (status, value) => [status, value].filter(Boolean).join(', '),
  working: 'Processing, progress unknown',
  progressOf: (filename) => `Progress of ${filename}`,
  eta: (duration) => `about ${duration} left`,
  rank: (step, f) => `Finished #${f.number(step)}`,
  failedRank: (step, f) => `Failed #${f.number(step)}`,
  showDetails: (filename) => `Details of ${filename}`,
  created: (time) => `created ${time}`,
  finished: (time) => `finished ${time}`,
  took: (duration) => `took ${duration}`,
  inputError: (message) => `Error: ${message}`,
  metadataEntry: (key, value) => `${key}: ${value}`,
  port: (name) => `port ${name}`,

  listLabel: (jobId) => `Inputs of job ${jobId}`,
  overallProgress: 'Overall progress',
  jobSummary: (completed, failed, total, f) =>
    `${f.number(completed)} completed · ${f.number(failed)} failed of ${f.number(total)}`,
  jobBarValue: (completed, failed, processing, pending, total, f) =>
    `${f.number(completed)} completed, ${f.number(failed)} failed, ${f.number(processing)} processing, ${f.number(pending)} pending of ${f.number(total)}`,
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
  jobNotFound: 'Job not found',
  jobNoAccess: 'No access to this job',
  jobUnavailable: 'Job details unavailable',
  elapsed: (duration) => `${duration} elapsed`,
  throughput: (perMinute, f) =>
    `${f.number(perMinute)} ${f.plural(perMinute, { one: 'input', other: 'inputs' })}/min`,
  unknown: 'unknown',
  count: (label, count, f) => `${label} ${f.number(count)}`,
  filters: 'Filter by status',
  clearFilters: 'Show all',
  orderAsc: 'Oldest activity first',
  orderDesc: 'Latest activity first',
  orderLabel: 'Order:',
  pagination: 'Pages',
  previous: 'Previous',
  next: 'Next',
  first: 'First',
  last: 'Last',
  page: 'Page',
  ofPages: (pageCount, f) => `of ${f.number(pageCount)}`,
  pageInvalid: (pageCount, f) => `Enter a page from 1 to ${f.number(pageCount)}.`,
  pageSize: 'Per page',
  live: 'Live',
  pausedHidden: 'Paused while hidden',
  backingOff: (seconds, f) => `Retrying in ${f.number(seconds)} s`,
  allDone: 'All done',
  stopped: 'Not updating automatically',
  offline: 'Offline',
  refresh: 'Refresh',
  loading: 'Loading inputs…',
  empty: 'This job has no inputs.',
  emptyYet: 'This job has no inputs yet.',
  emptyEnded: 'This job ended with no inputs.',
  emptyFiltered: 'No inputs match these filters.',
  noValue: '–',
  errorState: (reason) => `Could not load the inputs. ${reason}`,
  errorUnauthorized: 'The API key was rejected.',
  errorForbidden: 'This key is not allowed to see this job.',
  errorNotFound: (jobId) => `There is no job “${jobId}”.`,
  errorNoApi: (baseUrl, status) =>
    `No API answered at “${baseUrl}” (HTTP ${status}): check the base-url.`,
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
  settledMany: (count, completed, failed, f) =>
    `${f.number(count)} ${f.plural(count, { one: 'input', other: 'inputs' })} finished: ${f.number(completed)} completed, ${f.number(failed)} failed.`,
  settledSoFar: (finished, total, f) => `${f.number(finished)} of ${f.number(total)} done so far.`,
  announceDone: (completed, failed, f) =>
    `All done: ${f.number(completed)} completed, ${f.number(failed)} failed.`,
  announceRetrying: (reason) => `Could not load the inputs. ${reason} Retrying.`,
  announceStopped: (reason) => `Could not load the inputs. ${reason} Updates stopped.`,
  announceRecovered: 'The inputs are up to date again.',
  announcePage: (page, pageCount, f) => `Page ${f.number(page)} of ${f.number(pageCount)}`,
};
