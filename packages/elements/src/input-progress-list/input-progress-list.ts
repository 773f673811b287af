import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { FeedElement } from '../feed-element.js';
import { InputProgressError, type FeedItem, type Order } from '@input-progress/core';
import { BackoffCountdown } from '../controllers/backoff-countdown.js';
import { FeedBinding, sourceOf, validPollInterval } from '../controllers/feed-binding.js';
import { FocusKeeper } from '../controllers/focus-keeper.js';
import { HeldOrder } from '../controllers/held-order.js';
import { JobReads } from '../controllers/job-reads.js';
import { RowMotion } from '../controllers/row-motion.js';
import { SnapshotEvents } from '../controllers/snapshot-events.js';
import type { Density } from '../input-progress-row/row-templates.js';
import { rowStyles } from '../input-progress-row/input-progress-row.styles.js';
import { jobStyles } from '../input-progress-job/input-progress-job.styles.js';
import { themeStyles, userPreferenceStyles } from '../shared-styles.js';
import { ticker } from '../ticker.js';
import { renderBody, renderError } from './list-body.js';
import { StatusMessages } from './status-messages.js';
import { QUERY_PROPERTIES, statusesOf } from './list-query.js';
import { ShownTimes } from './shown-times.js';
import { finestOf, type RowTimes } from '../input-progress-row/row-view.js';
import { renderHeader } from './list-header.js';
import { renderPagination } from './list-pagination.js';
import { ListControls } from './list-controls.js';
import type { ListView, RenderItem } from './list-view.js';
import { listStyles } from './input-progress-list.styles.js';

export type { RenderItem, RenderItemContext } from './list-view.js';

const NO_ITEMS: readonly FeedItem[] = [];
const NO_TIMES: readonly RowTimes[] = [];

/**
 * A live, paginated list of a batch job's inputs with their progress: the job at a glance
 * (the header `<input-progress-job>` shows, rendered into the list's own shadow root on the
 * same feed), status filter chips with per-status counts, an order toggle, the rows,
 * pagination and a live indicator with a refresh button. It builds a core client and feed
 * from its attributes, or uses a `client` or `feed` handed to it (several elements can share
 * one feed). Polling, back-off and aborting obsolete loads are the feed's; removing the
 * element stops all requests and timers, putting it back resumes.
 *
 * @tagname input-progress-list
 *
 * @slot empty - Shown instead of the rows when no input matches; the default text depends on whether filters are active.
 * @slot error - Shown when nothing could be loaded; the default text explains the error. A retry button follows it.
 *
 * @fires {InputProgressUpdateEvent} input-progress-update - A load brought data that differs from the last event's (items, counts or total; always the first load of a feed); polls that found nothing new fire nothing. `detail.snapshot` is the feed's snapshot.
 * @fires {InputProgressErrorEvent} input-progress-error - A load failed (of the page, the counts or the header's job record), or there is neither a `job-id` nor a `feed` (an `InputProgressError`); `detail.error` is the typed error, `detail.stale` whether older data is still shown.
 * @fires {InputProgressPageChangeEvent} input-progress-page-change - The user changed the page or page size; `detail` has `page`, `offset`, `limit`.
 * @fires {InputProgressFilterChangeEvent} input-progress-filter-change - The user changed the status filter or the order; `detail` has `statuses`, `order`, `portName`.
 * @fires {InputProgressSettleEvent} input-progress-settle - An input on the page reached `completed` or `failed` since the previous poll, or left the page while the job's completed/failed counts rose; `detail` names it (`status` is `null` when the counts cannot say which).
 * @fires {InputProgressJobLoadEvent} input-progress-job-load - The job header's record loaded; `detail.job` is the record (its `status`, `name`, times, …).
 * @fires {InputProgressWarningEvent} input-progress-warning - Trouble the list works around, once per feed: `detail.code` `ignored-items` when the server sent more items than the page size (`limit`) asked for (only `limit` rows are shown); `detail.message` says it for logs.
 *
 * @csspart base - The element's wrapper.
 * @csspart header - The job header and the toolbar.
 * @csspart job - The job header (also `job-base`), the template `<input-progress-job>` renders; inside it `job-name`, `job-status`, `job-bar`, `job-segment`, `job-summary`, `job-throughput`, `job-sparkline`, `job-eta`, `job-elapsed`.
 * @csspart toolbar - The filter chips, the order toggle and the live state.
 * @csspart filters - The group of status filter chips.
 * @csspart chip - One status filter chip (a toggle button with `aria-pressed`).
 * @csspart clear-filters - The button that removes every filter.
 * @csspart order-toggle - The order toggle button.
 * @csspart live-indicator - The live state (live, paused, backing off, all done, offline).
 * @csspart refresh - The refresh button.
 * @csspart stale-banner - The banner shown above the rows when a later refresh failed.
 * @csspart list - The list of rows (`<ul>`).
 * @csspart item - One list item around a row; it moves to a new place smoothly (instantly under `prefers-reduced-motion`).
 * @csspart row - One input's row (also `row-base`), the same template `<input-progress-row>` renders, with the input's status in `data-status`; inside it `row-header`, `row-name`, `row-link`, `row-badge`, `row-details`, `row-bar`, `row-indicator`, `row-progress`, `row-message`, `row-kind`, `row-error`, `row-metadata`, `row-times`, `row-toggle`, `row-more`.
 * @csspart skeleton - A placeholder row while the first page loads.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button of the error state and the stale banner.
 * @csspart pagination - First / previous, the page number field, next / last and the page size (not shown for an empty list).
 * @csspart first - The first-page button.
 * @csspart previous - The previous-page button.
 * @csspart next - The next-page button.
 * @csspart last - The last-page button.
 * @csspart page-status - The label "Page [field] of y" around the page number field.
 * @csspart page-input - The page number field (`type="number"`, min 1, max the page count): Enter goes to the page typed.
 * @csspart page-error - Why the page number field's value was refused (`role="alert"`).
 * @csspart page-size - The page size select.
 * @csspart announcer - The polite live region (visually hidden): failures and recovery, no matching input, the page landed on, finished inputs (at most every 10 s) and "All done".
 * @csspart announcer-alert - The assertive live region (visually hidden): a failure after which the list no longer updates by itself.
 *
 * @cssproperty [--input-progress-font=inherit] - Font family.
 * @cssproperty [--input-progress-color-text=light-dark(#1f2328, #e6edf3)] - Text colour.
 * @cssproperty [--input-progress-color-muted=light-dark(#59636e, #9198a1)] - Secondary text colour.
 * @cssproperty [--input-progress-color-surface=light-dark(#fff, #0d1117)] - Background.
 * @cssproperty [--input-progress-color-border=light-dark(#d1d9e0, #3d444d)] - Borders and separators.
 * @cssproperty [--input-progress-color-track=light-dark(#e6e9ec, #262c36)] - Empty part of bars, skeletons.
 * @cssproperty [--input-progress-color-accent=light-dark(#0a5fc2, #58a6ff)] - Active chips, links and focus rings.
 * @cssproperty [--input-progress-color-on-status=var(--input-progress-color-surface)] - Text on status and accent backgrounds.
 * @cssproperty [--input-progress-color-pending=var(--input-progress-color-muted)] - Pending status.
 * @cssproperty [--input-progress-color-processing=var(--input-progress-color-accent)] - Processing status.
 * @cssproperty [--input-progress-color-completed=light-dark(#1a7f37, #3fb950)] - Completed status, live dot.
 * @cssproperty [--input-progress-color-failed=light-dark(#b42318, #ff7b72)] - Failed status, errors, back-off dot.
 * @cssproperty [--input-progress-bar-height=0.5rem] - Height of progress bars.
 * @cssproperty [--input-progress-radius=0.375rem] - Corner radius.
 * @cssproperty [--input-progress-spacing=0.75rem] - Base spacing.
 */
export class InputProgressList extends FeedElement {
  static override properties: PropertyDeclarations = {
    // The query properties are views of the feed's query (accessors below): Lit converts and
    // reflects their attributes, the feed holds their values.
    portName: { attribute: 'port-name', noAccessor: true },
    status: { reflect: true, noAccessor: true },
    order: { reflect: true, noAccessor: true },
    limit: { type: Number, noAccessor: true },
    offset: { type: Number, noAccessor: true },
    renderItem: { attribute: false },
    density: { reflect: true },
  };
  static override styles = [themeStyles, jobStyles, rowStyles, listStyles, userPreferenceStyles];

  /**
   * Renders one input; the default renders the row template (the `row` part). The rows are drawn again
   * when the items, `strings` or `renderItem` change: assign a new function when what it reads
   * from elsewhere changed.
   */
  declare renderItem: RenderItem | null;

  /** `comfortable` (default): every detail of every input; `compact`: one line per input, details behind a disclosure. */
  declare density: Density;

  readonly #binding = new FeedBinding(this, {
    source: () => sourceOf(this),
    pollInterval: () => validPollInterval(this.pollInterval),
    queryProperties: QUERY_PROPERTIES,
  });
  readonly #order = new HeldOrder(this);
  readonly #countdown = new BackoffCountdown(this, () => this.#binding.feed);
  readonly #status = new StatusMessages(this, {
    words: () => ({
      ...this.words(),
      context: { jobId: this.jobId ?? this.#binding.feed?.jobId ?? '', baseUrl: this.baseUrl },
    }),
    clock: () => this.clock,
  });
  readonly #controls = new ListControls(this, this.#binding, () => this.words());
  readonly #times = new ShownTimes();
  readonly #reads = new JobReads(this, () => this.#binding);

  constructor() {
    super();
    // Reactive properties are `declare`d and set here: a class field would hide Lit's accessor.
    this.renderItem = null;
    this.density = 'comfortable';
    new FocusKeeper(this);
    new RowMotion(this, () => this.#items());
    new SnapshotEvents(this, {
      source: () => this.#binding,
      missing: () => new InputProgressError('input-progress-list needs a job-id or a feed'),
      onChange: (change) => this.#status.follow(change),
    });
    // Rows' ages and times left, the stale banner's "data from 5 minutes ago" and the job's
    // elapsed time move on between polls.
    ticker.use(this, { clock: () => this.clock, finest: () => this.#finest() });
  }

  /** Only inputs of this port, e.g. `worker.inference`; null for every port. The feed's query. */
  get portName(): string | null {
    return this.#binding.query.portName;
  }
  set portName(value: string | null) {
    this.#binding.setQuery({ portName: value || null });
  }

  /** Space-separated statuses to show (`pending processing completed failed`); empty shows all. The chips set it; it is the feed's query. */
  get status(): string {
    return this.#binding.query.statuses.join(' ');
  }
  set status(value: string | null) {
    this.#binding.setQuery({ statuses: statusesOf(value) });
  }

  /** `asc` (oldest first, default) or `desc` (most recently active first). The order toggle sets it; it is the feed's query. */
  get order(): Order {
    return this.#binding.query.order;
  }
  set order(value: Order) {
    this.#binding.setQuery({ order: value });
  }

  /** Page size (default 20). The feed's query. */
  get limit(): number {
    return this.#binding.query.limit;
  }
  set limit(value: number) {
    this.#binding.setQuery({ limit: value });
  }

  /** Items to skip; pagination sets it. The feed's query. */
  get offset(): number {
    return this.#binding.query.offset;
  }
  set offset(value: number) {
    this.#binding.setQuery({ offset: value });
  }

  /** The rows in the order shown: the API's, unless the person is over or in the list. */
  #items(): readonly FeedItem[] {
    const snapshot = this.#binding.snapshot;
    return this.#order.arrange(snapshot?.items ?? NO_ITEMS, snapshot?.query ?? null);
  }

  /** Loads the current page again now (also what the refresh and retry buttons do). */
  async refresh(): Promise<void> {
    await this.#binding.refresh();
  }

  protected override render(): TemplateResult {
    const view = this.#view();
    const actions = this.#controls;
    return html`<div part="base">
      ${renderHeader(view, actions)}
      ${this.#binding.feed ? renderBody(view, actions) : renderError(view.strings.errorMissingJob, view.strings, null)}
      ${renderPagination(view, actions)} ${this.#status.render()}
    </div>`;
  }

  /**
   * The finest relative time shown: the rows' (as of the latest render, unless `renderItem`
   * draws them), the stale banner's age, the job's elapsed time.
   */
  #finest(): number | null {
    const snapshot = this.#binding.snapshot;
    const staleFor =
      snapshot?.error && snapshot.lastUpdatedAt ? this.clock.now() - snapshot.lastUpdatedAt : null;
    const rows = snapshot?.items.length && !this.renderItem ? this.#times.finest : null;
    return finestOf([staleFor, rows, this.#reads.elapsed()]);
  }

  /** What this render shows (see `ListView`). */
  #view(): ListView {
    const query = this.#binding.query;
    const items = this.#items();
    const words = this.words();
    const { strings, formatters } = words;
    const now = ticker.now(this.clock);
    const { feed, snapshot } = this.#binding;
    return {
      snapshot,
      items,
      times: this.renderItem ? NO_TIMES : this.#times.of(items, strings, formatters, now),
      feed,
      strings,
      formatters,
      now,
      jobId: this.jobId,
      baseUrl: this.baseUrl,
      jobStatus: this.#reads.statusOf(feed?.jobId),
      job: feed && this.#reads.view(words, now, feed.jobId),
      statuses: query.statuses,
      order: query.order,
      limit: query.limit,
      retryInSeconds: this.#countdown.seconds(),
      renderItem: this.renderItem,
      density: this.density === 'compact' ? 'compact' : 'comfortable',
      pageError: this.#controls.pageError,
      expanded: this.#controls.expanded,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'input-progress-list': InputProgressList;
  }
}
