/**
 * The types of every text a user can read or hear from the elements, and of a translation.
 * The English texts are in `default-strings.ts`, the registry of translations in
 * `locale-registry.ts`, and how an element picks its strings in `resolve-strings.ts`.
 */
import type { Formatters } from './formatters.js';

/**
 * Every text a user can read or hear from the elements. Values that count something are
 * functions receiving the **numbers** and, last, the {@link Formatters} of the element's
 * language: format a number with `format.number(n)` and choose a word's form with
 * `format.plural(n, { one: 'item', other: 'items' })` (the categories of
 * `Intl.PluralRules`). Times and sizes arrive as text already formatted by `Intl` for the
 * element's `lang` ("5 minutes ago", "4 min"), which chooses its own forms. So a translation
 * decides wording, word order and plural forms, never how a number is written.
 *
 * Override any subset through the `strings` property of `<input-progress-list>`,
 * `<input-progress-job>` or `<input-progress-row>`; missing keys come from the registered
 * translation for the element's `lang`, then from English ({@link defaultStrings}).
 */
export interface InputProgressStrings {
  /** The visible label of an input status; unknown statuses arrive as-is. */
  status(status: string): string;
  /** Progress counted in items, e.g. "5 of 10 items", "1 of 1 item". */
  itemsOf(processed: number, total: number, format: Formatters): string;
  /**
   * The bar's spoken value when it is determinate, e.g. "5 of 10 items, 50%": `items` is the
   * text of {@link itemsOf} (null without item counts), `percent` is 0–100.
   */
  valueText(items: string | null, percent: number, format: Formatters): string;
  /**
   * The bar's whole spoken value: the status (given for pending and failed inputs, and when
   * there is no number) and the value from {@link valueText} (null when unknown).
   */
  barValue(status: string | null, value: string | null): string;
  /** The bar's spoken value while processing without metrics. */
  working: string;
  /** The bar's accessible name, e.g. "Progress of data.csv". */
  progressOf(filename: string): string;
  /** Time left for an input; `duration` is formatted text, e.g. "about 3 min left". */
  eta(duration: string): string;
  /** Completion rank across the job of a completed input, e.g. "Finished #3". */
  rank(step: number, format: Formatters): string;
  /** Completion rank across the job of a failed input, e.g. "Failed #7". */
  failedRank(step: number, format: Formatters): string;
  /** Accessible name of a compact row's disclosure button, e.g. "Details of data.csv". */
  showDetails(filename: string): string;
  /** When the input was created; `time` is a relative time such as "5 minutes ago". */
  created(time: string): string;
  /** When the input finished; `time` is a relative time. */
  finished(time: string): string;
  /** How long the input took; `duration` is formatted text, e.g. "took 4 min". */
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
  jobSummary(completed: number, failed: number, total: number, format: Formatters): string;
  /** The segmented bar's spoken value, e.g. "9 completed, 1 failed, 0 processing, 0 pending of 10". */
  jobBarValue(
    completed: number,
    failed: number,
    processing: number,
    pending: number,
    total: number,
    format: Formatters,
  ): string;
  /** The job's own status (`RUNNING`, `COMPLETED`, …); unknown ones arrive as-is. */
  jobStatus(status: string): string;
  /** Shown for the job's status while its record loads (never once a load has settled). */
  jobLoading: string;
  /** Shown for the job's status when the API said there is no such job (404 with its error body). */
  jobNotFound: string;
  /** Shown for the job's status when the key may not see the job (401, 403). */
  jobNoAccess: string;
  /** Shown for the job's status when its record could not be loaded for any other reason. */
  jobUnavailable: string;
  /** Time since the job started (until it ended); `duration` is formatted text, e.g. "4 min elapsed". */
  elapsed(duration: string): string;
  /** Inputs finished per minute over the recent window, e.g. "12 inputs/min", "1 input/min". */
  throughput(perMinute: number, format: Formatters): string;
  /** The overall bar's spoken value while the counts are not known yet. */
  unknown: string;
  /** A per-status count on a chip, e.g. "Failed 2"; `label` is from {@link status}. */
  count(label: string, count: number, format: Formatters): string;
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
  ofPages(pageCount: number, format: Formatters): string;
  /** Said when the page number field holds no page to go to. */
  pageInvalid(pageCount: number, format: Formatters): string;
  pageSize: string;
  /** Live indicator texts. */
  live: string;
  pausedHidden: string;
  backingOff(seconds: number, format: Formatters): string;
  allDone: string;
  stopped: string;
  offline: string;
  refresh: string;
  /** Loading placeholder, read by screen readers while the skeleton shows. */
  loading: string;
  /** The empty job while its status is not known. */
  empty: string;
  /** The empty job while it is pending or running: inputs may still come. */
  emptyYet: string;
  /** The empty job once it ended (completed, failed, cancelled, …): no inputs, nothing wrong said. */
  emptyEnded: string;
  /** No input matches the status filter. */
  emptyFiltered: string;
  /** A count or time that is not known yet, shown in its place. */
  noValue: string;
  /** The error state: what failed, then why (`reason` is one of the sentences below). */
  errorState(reason: string): string;
  /** Errors, by cause. `detail` is the server's own message when it sent one. */
  errorUnauthorized: string;
  errorForbidden: string;
  /** The API answered that there is no such job. */
  errorNotFound(jobId: string): string;
  /**
   * A 4xx whose body is not the API's (an HTML page, an empty body, a framework's 404): no
   * API answered at `baseUrl`, which is most likely wrong.
   */
  errorNoApi(baseUrl: string, status: number): string;
  errorRateLimited: string;
  errorBadRequest(detail: string): string;
  errorServer(status: number): string;
  errorNetwork: string;
  errorTimeout: string;
  errorShape: string;
  errorUnknown: string;
  errorMissingJob: string;
  retry: string;
  /** Banner shown above data when a later refresh failed; `updated` is a relative time. */
  stale(reason: string, updated: string): string;
  /** Live-region announcements of inputs that finished since the previous poll. */
  settledOne(filename: string, status: string): string;
  settledMany(count: number, completed: number, failed: number, format: Formatters): string;
  /** Said after a settle announcement when the job's counts are known, e.g. "5 of 20 done so far." */
  settledSoFar(finished: number, total: number, format: Formatters): string;
  /** Live-region announcement when every input of the job finished, e.g. "All done: 18 completed, 2 failed." */
  announceDone(completed: number, failed: number, format: Formatters): string;
  /** Live-region announcement of a failed load the list will retry; `reason` as in {@link errorState}. */
  announceRetrying(reason: string): string;
  /** Live-region announcement (assertive) of a failed load after which the list no longer updates by itself. */
  announceStopped(reason: string): string;
  /** Live-region announcement of the first good load after a failure was announced. */
  announceRecovered: string;
  /** Live-region announcement of the page a page change landed on, e.g. "Page 2 of 5". */
  announcePage(page: number, pageCount: number, format: Formatters): string;
}

/**
 * A complete set of strings for one language, as a locale module registers it with
 * `registerTranslation` (the shape of Shoelace's translations).
 */
export interface InputProgressTranslation extends InputProgressStrings {
  /** The BCP 47 tag it is for, e.g. `de`, `zh-Hans`; a `lang` matches it or a subtag of it. */
  readonly $code: string;
  /** The language's name in itself, e.g. `Deutsch`, for language pickers. */
  readonly $name: string;
  /** The direction its text runs in; pages in an `rtl` language set `dir="rtl"`. */
  readonly $dir: 'ltr' | 'rtl';
}
