import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { keyed } from 'lit/directives/keyed.js';
import { ticker } from '../ticker.js';
import { Task } from '@lit/task';
import {
  INPUT_STATUSES,
  InputProgressError,
  createClient,
  createFeed,
  type FeedItem,
  type FeedSnapshot,
  type InputProgressClient,
  type InputProgressFeed,
  type Order,
  type PaginationInit,
} from '@input-progress/core';
import { FeedController } from '../feed-controller.js';
import { themeStyles } from '../shared-styles.js';
import { listStyles } from './input-progress-list.styles.js';
import { resolveStrings, type InputProgressStrings } from '../strings.js';
import { formattersFor, type Formatters } from '../formatters.js';
import { nearestLang } from '../nearest-lang.js';
import { describeError } from '../describe-error.js';
import { settledSince, type Settled, type SettledInput } from '../settled-items.js';
import {
  InputProgressErrorEvent,
  InputProgressFilterChangeEvent,
  InputProgressPageChangeEvent,
  InputProgressSettleEvent,
  InputProgressUpdateEvent,
} from '../events.js';

/** What `renderItem` receives besides the item. */
export interface RenderItemContext {
  /** The list's strings, defaults merged with overrides. */
  readonly strings: InputProgressStrings;
  /** Position on the current page, 0-based. */
  readonly index: number;
}

/** Renders one input; return a Lit template (or anything Lit can render). */
export type RenderItem = (item: FeedItem, context: RenderItemContext) => unknown;

/** The row parts the list re-exports, prefixed with `row-`. */
const ROW_PARTS = 'base header name link badge details bar indicator progress message kind error metadata times'
  .split(' ')
  .map((name) => `${name}: row-${name}`)
  .join(', ');
const PAGE_SIZES = [10, 20, 50, 100];
/** Announcements come at most this often, so a burst of settles is read as one sentence. */
const ANNOUNCE_EVERY_MS = 1000;

/** The properties a feed is made from: a change of any of them means another feed. */
const FEED_SOURCES = ['jobId', 'baseUrl', 'apiKey', 'client', 'feed'] as const;
const hasAnswer = (snapshot: FeedSnapshot | null) => snapshot?.status === 'success' || snapshot?.status === 'error';
const statusList = (value: string | null | undefined) => (value ?? '').split(/\s+/).filter(Boolean);

/**
 * A live, paginated list of a batch job's inputs with their progress: a summary and an
 * overall bar, status filter chips with per-status counts, an order toggle, the rows,
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
 * @fires {InputProgressErrorEvent} input-progress-error - A load failed, or there is neither a `job-id` nor a `feed` (an `InputProgressError`); `detail.error` is the typed error, `detail.stale` whether older data is still shown.
 * @fires {InputProgressPageChangeEvent} input-progress-page-change - The user changed the page or page size; `detail` has `page`, `offset`, `limit`.
 * @fires {InputProgressFilterChangeEvent} input-progress-filter-change - The user changed the status filter or the order; `detail` has `statuses`, `order`, `portName`.
 * @fires {InputProgressSettleEvent} input-progress-settle - An input on the page reached `completed` or `failed` since the previous poll, or left the page while the job's completed/failed counts rose; `detail` names it (`status` is `null` when the counts cannot say which).
 *
 * @csspart base - The element's wrapper.
 * @csspart header - The summary and the toolbar.
 * @csspart summary - "x of y inputs done" (the per-status counts are on the chips).
 * @csspart overall-bar - The overall progress bar (`role="progressbar"`).
 * @csspart overall-indicator - The filled part of the overall bar.
 * @csspart toolbar - The filter chips and the order toggle.
 * @csspart filters - The group of status filter chips.
 * @csspart chip - One status filter chip (a toggle button with `aria-pressed`).
 * @csspart clear-filters - The button that removes every filter.
 * @csspart order-toggle - The order toggle button.
 * @csspart live-indicator - The live state (live, paused, backing off, all done, offline).
 * @csspart refresh - The refresh button.
 * @csspart stale-banner - The banner shown above the rows when a later refresh failed.
 * @csspart list - The list of rows (`<ul>`).
 * @csspart item - One list item around a row.
 * @csspart row - One `<input-progress-row>`; its own parts are re-exported as `row-base`, `row-header`, `row-name`, `row-link`, `row-badge`, `row-details`, `row-bar`, `row-indicator`, `row-progress`, `row-message`, `row-kind`, `row-error`, `row-metadata`, `row-times`.
 * @csspart skeleton - A placeholder row while the first page loads.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button of the error state and the stale banner.
 * @csspart pagination - Previous / next, page x of y and the page size.
 * @csspart previous - The previous-page button.
 * @csspart next - The next-page button.
 * @csspart page-status - The "page x of y" text.
 * @csspart page-size - The page size select.
 * @csspart announcer - The polite live region (visually hidden) announcing finished inputs.
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
export class InputProgressList extends LitElement {
  static override properties = {
    jobId: { attribute: 'job-id' },
    baseUrl: { attribute: 'base-url' },
    portName: { attribute: 'port-name' },
    status: { reflect: true },
    order: { reflect: true },
    limit: { type: Number },
    offset: { type: Number },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    apiKey: { attribute: false },
    client: { attribute: false },
    feed: { attribute: false },
    strings: { attribute: false },
    renderItem: { attribute: false },
  };
  static override styles = [themeStyles, listStyles];

  /** The batch job to show (required unless `feed` is set). */
  declare jobId: string | null;

  /** The API root, e.g. `/api/v0.5` on your own backend (core's default: the public API). */
  declare baseUrl: string | null;

  /** Only inputs of this port, e.g. `worker.inference`. */
  declare portName: string | null;

  /** Space-separated statuses to show (`pending processing completed failed`); empty shows all. The chips set it. */
  declare status: string;

  /** `asc` (oldest activity first, default) or `desc`. The order toggle sets it. */
  declare order: Order;

  /** Page size (default 20). */
  declare limit: number;

  /** Items to skip; pagination sets it. */
  declare offset: number;

  /**
   * Milliseconds between polls while inputs are pending or processing; `0` turns polling off.
   * A change applies to the running feed at once (the rows stay). Ignored when `feed` is set.
   */
  declare pollInterval: number;

  /**
   * An API key, for trusted internal tools only (public pages should point `base-url` at a
   * backend that adds it). Sent only as an `Authorization` header: never reflected to an
   * attribute, rendered, logged or put in a URL.
   */
  declare apiKey: string | null;

  /** A core client to use instead of one built from `base-url` and `apiKey`. */
  declare client: InputProgressClient | null;

  /**
   * A core feed to show instead of building one; several elements can share it. The element
   * never destroys a feed it was given.
   */
  declare feed: InputProgressFeed | null;

  /** Text overrides; missing keys use the English defaults. */
  declare strings: Partial<InputProgressStrings> | null;

  /** Renders one input; the default renders an `<input-progress-row>`. */
  declare renderItem: RenderItem | null;

  /** What the polite live region says; set at most every ANNOUNCE_EVERY_MS. */
  #announcement = '';
  /** Counts announcements: a new key gives a repeated sentence a new text node, so it is read again. */
  #announced = 0;

  readonly #feeds = new FeedController(this);
  #ownedFeed: InputProgressFeed | null = null;
  /** The query properties as last pushed to or read from the feed. */
  #applied: Partial<PaginationInit> = {};
  #lastSnapshot: FeedSnapshot | null = null;
  #syncedQuery: unknown = null;
  #lastFeed: InputProgressFeed | null = null;
  /** The feed, items, counts and total of the last update event. */
  #emittedData: unknown[] = [];
  /** Settles not announced yet (the throttle is waiting): the first of them, and how many went each way. */
  #pending: { first?: SettledInput; completed: number; failed: number } | null = null;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #lastAnnouncedAt = 0;
  #countdownTimer: ReturnType<typeof setInterval> | undefined;
  /** Resolves the running load once its feed has a first answer (see `updated`). */
  #settleWaiter: (() => void) | null = null;

  /**
   * The element's load, run by @lit/task: turns `job-id`, `base-url`, `apiKey`, `client` and
   * `feed` into a feed and settles with that feed's first answer. A change of any of them
   * aborts the run, and the feed built for it is destroyed (aborting its request). The task
   * fails only when there is neither a `job-id` nor a `feed`: its error state renders that.
   * Polling and back-off after the first answer belong to the feed (core), not to the task.
   */
  readonly #loader = new Task(this, {
    args: () => FEED_SOURCES.map((key) => this[key]),
    task: (_sources, { signal }) => this.#load(signal),
  });

  constructor() {
    super();
    // Reactive properties are `declare`d and set here: a class field would hide Lit's accessor.
    this.jobId = null;
    this.baseUrl = null;
    this.portName = null;
    this.status = '';
    this.order = 'asc';
    this.limit = 20;
    this.offset = 0;
    this.pollInterval = 5000;
    this.apiKey = null;
    this.client = null;
    this.feed = null;
    this.strings = null;
    this.renderItem = null;
    // The stale banner's "data from 5 minutes ago" moves on between polls.
    ticker.use(this);
  }

  /** `pollInterval` when valid, else the default. */
  #pollInterval(): number {
    const ms = this.pollInterval;
    return Number.isFinite(ms) && ms >= 0 ? ms : 5000;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
    this.#announceTimer = undefined;
    this.#pending = null;
    this.#syncCountdown(false);
  }

  /** Loads the current page again now (also what the refresh and retry buttons do). */
  async refresh(): Promise<void> {
    await this.#feeds.feed?.refresh();
  }

  /**
   * Turns the configuration into a feed: the one handed in, else one built for `job-id`. The
   * feed built before is destroyed (aborting its in-flight request). Resolves when the new
   * feed's first load settled; rejects when the run is aborted or there is nothing to load.
   */
  #load(signal: AbortSignal): Promise<void> {
    const { jobId, feed } = this;
    const next =
      feed ??
      (jobId
        ? createFeed({
            client: this.client ?? createClient({ baseUrl: this.baseUrl || undefined, apiKey: this.apiKey || undefined }),
            jobId,
            query: this.#queryFromProperties(),
            pollInterval: this.#pollInterval(),
          })
        : null);
    // `next` is never the feed built before: that one is always replaced.
    this.#ownedFeed?.destroy();
    this.#ownedFeed = feed ? null : next;
    this.#applied = this.#queryFromProperties();
    this.#feeds.setFeed(next);
    if (!next) {
      // Reported like any load failure; the task's error state shows it.
      const error = new InputProgressError('input-progress-list needs a job-id or a feed');
      this.dispatchEvent(new InputProgressErrorEvent({ error, stale: false }));
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      // Not a subscription of its own: a detached element must leave the feed unsubscribed.
      this.#settleWaiter = resolve;
      if (hasAnswer(next.getSnapshot())) resolve();
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  }

  #queryFromProperties(): Partial<PaginationInit> {
    return {
      statuses: statusList(this.status),
      order: this.order,
      limit: this.limit,
      offset: this.offset,
      portName: this.portName || null,
    };
  }

  /** The strings in use: the defaults with `strings` merged over them (the same object while `strings` is). */
  get #t(): InputProgressStrings {
    return resolveStrings(this.strings);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const feed = this.#feeds.feed;
    // Only a feed built here: a feed handed in keeps the interval its owner chose.
    if (changed.has('pollInterval') && feed && feed === this.#ownedFeed) feed.setPollInterval(this.#pollInterval());
    // What the feed is made from (not pollInterval: the feed takes a new one without a
    // rebuild). Another feed is built from the properties as they are now: patching the old
    // feed's query would only send one wasted request for what is being replaced. The task
    // builds it right after this (the constructor sets all five, so the first update builds
    // the first feed).
    if (FEED_SOURCES.some((key) => changed.has(key))) return;
    if (!feed) return;
    const query = this.#queryFromProperties();
    // Only what the page changed: an offset sent along would pin the page when only the
    // limit changed, and the feed goes back to the first page for any other change.
    const patch = Object.fromEntries(
      Object.entries(query).filter(([key, value]) => String(value) !== String(this.#applied[key as keyof PaginationInit])),
    );
    // The feed validates and aligns the query (and aborts the obsolete load).
    if (Object.keys(patch).length) feed.setQuery(patch);
    const q = feed.getSnapshot().query;
    if (q !== this.#syncedQuery || Object.keys(patch).length) {
      // Mirror the feed's query (moved by a control here, by clamping, by another element
      // sharing the feed, or cleaned from invalid values) so properties say what is shown.
      this.#syncedQuery = q;
      this.status = q.statuses.join(' ');
      this.order = q.order;
      this.limit = q.limit;
      this.offset = q.offset;
      this.portName = q.portName;
      this.#applied = this.#queryFromProperties();
    }
  }

  protected override updated(): void {
    const snapshot = this.#feeds.snapshot;
    const feed = this.#feeds.feed;
    const previous = this.#lastFeed === feed ? this.#lastSnapshot : null;
    this.#lastFeed = feed;
    if (snapshot === this.#lastSnapshot) return;
    this.#lastSnapshot = snapshot;
    if (hasAnswer(snapshot)) {
      this.#settleWaiter?.();
      this.#settleWaiter = null;
    }
    this.#syncCountdown(snapshot?.live === 'backing-off');
    if (!snapshot) return;
    // Only new data: a poll that found everything as it was keeps the feed's items, counts
    // and total (the same objects), and says nothing.
    const data = [feed, snapshot.items, snapshot.counts, snapshot.total];
    if (snapshot.lastUpdatedAt !== null && data.some((value, i) => value !== this.#emittedData[i])) {
      this.#emittedData = data;
      this.dispatchEvent(new InputProgressUpdateEvent({ snapshot }));
    }
    if (snapshot.error && snapshot.error !== previous?.error) {
      this.dispatchEvent(new InputProgressErrorEvent({ error: snapshot.error, stale: snapshot.items.length > 0 }));
    }
    const settled = settledSince(previous, snapshot);
    for (const { item, status } of settled.inputs) {
      const { id, data } = item.input;
      this.dispatchEvent(new InputProgressSettleEvent({ inputId: id, filename: data.filename, status, item }));
    }
    if (settled.completed + settled.failed) this.#queueAnnouncement(settled);
  }

  #queueAnnouncement(settled: Settled): void {
    const pending = (this.#pending ??= { completed: 0, failed: 0 });
    pending.first ??= settled.inputs[0];
    pending.completed += settled.completed;
    pending.failed += settled.failed;
    if (this.#announceTimer !== undefined) return;
    const wait = Math.max(0, this.#lastAnnouncedAt + ANNOUNCE_EVERY_MS - Date.now());
    this.#announceTimer = setTimeout(() => {
      this.#announceTimer = undefined;
      this.#lastAnnouncedAt = Date.now();
      const { first: one, completed, failed } = pending;
      this.#pending = null;
      const t = this.#t;
      const f = this.#formatters();
      // The job's counts say how many finished, whichever page they are on; a single one
      // that can be named is said by name.
      this.#announcement =
        completed + failed === 1 && one?.status
          ? t.settledOne(one.item.input.data.filename, t.status(one.status))
          : t.settledMany(f.number(completed + failed), f.number(completed), f.number(failed));
      this.#announced++;
      this.requestUpdate();
    }, wait);
  }

  /** Re-renders every second while backing off, so the countdown is right. */
  #syncCountdown(on: boolean): void {
    // Called when the snapshot changed: restarting the tick then is harmless.
    clearInterval(this.#countdownTimer);
    this.#countdownTimer = on ? setInterval(() => this.requestUpdate(), 1000) : undefined;
  }

  #formatters(): Formatters {
    return formattersFor(nearestLang(this));
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const f = this.#formatters();
    const snapshot = this.#feeds.snapshot;
    return html`<div part="base">
      ${this.#renderHeader(snapshot, t, f)}
      ${this.#loader.render({
        initial: () => this.#renderBody(null, t, f),
        pending: () => this.#renderBody(snapshot, t, f),
        complete: () => this.#renderBody(snapshot, t, f),
        error: () => this.#renderError(t.errorMissingJob, false),
      })}
      ${this.#renderPagination(snapshot, t, f)}
      <div part="announcer" class="visually-hidden" role="status">${keyed(this.#announced, this.#announcement)}</div>
    </div>`;
  }

  /** The skeleton until the feed's first answer, then the error, empty or data state. */
  #renderBody(snapshot: FeedSnapshot | null, t: InputProgressStrings, f: Formatters): TemplateResult {
    const { items, error } = snapshot ?? { items: [], error: null };
    if (items.length === 0 && error) return this.#renderError(describeError(error, t, this.jobId ?? ''), true);
    if (!snapshot || (items.length === 0 && snapshot.status !== 'success')) {
      return html`<ul part="list" aria-busy="true" aria-label=${t.loading}>
        ${[0, 0, 0].map(() => html`<li part="skeleton" aria-hidden="true"></li>`)}
      </ul>`;
    }
    if (items.length === 0) {
      const filtered = statusList(this.status).length > 0;
      return html`<div part="empty" class="box">
        <slot name="empty">${filtered ? t.emptyFiltered : t.empty}</slot>
        ${filtered
          ? html`<button part="clear-filters" @click=${() => this.#setStatuses([])}>${t.clearFilters}</button>`
          : nothing}
      </div>`;
    }
    return html`${error
        ? html`<div part="stale-banner" class="row stale error">
            <span
              >${t.stale(
                describeError(error, t, this.jobId ?? ''),
                snapshot.lastUpdatedAt ? f.relative(snapshot.lastUpdatedAt, Date.now()) : t.noValue,
              )}</span
            >
            <button part="retry" @click=${this.refresh}>${t.retry}</button>
          </div>`
        : nothing}
      <ul
        part="list"
        tabindex="-1"
        aria-label=${t.listLabel(this.jobId ?? snapshot.counts?.jobId ?? '')}
        aria-busy=${String(snapshot.isPlaceholder)}
      >
        ${repeat(
          items,
          (item) => item.input.id,
          (item, index) => html`<li part="item">${this.#renderRow(item, index)}</li>`,
        )}
      </ul>`;
  }

  #renderError(message: string, retry: boolean): TemplateResult {
    const t = this.#t;
    return html`<div part="error" class="box">
      <p class="error"><slot name="error">${t.errorState(message)}</slot></p>
      ${retry ? html`<button part="retry" @click=${this.refresh}>${t.retry}</button>` : nothing}
    </div>`;
  }

  #renderRow(item: FeedItem, index: number): unknown {
    if (this.renderItem) return this.renderItem(item, { strings: this.#t, index });
    return html`<input-progress-row
      part="row"
      exportparts=${ROW_PARTS}
      .item=${item}
      .strings=${this.#t}
    ></input-progress-row>`;
  }

  #renderHeader(snapshot: FeedSnapshot | null, t: InputProgressStrings, f: Formatters): TemplateResult {
    const counts = snapshot?.counts ?? null;
    const total = counts ? counts.pending + counts.processing + counts.completed + counts.failed : null;
    const done = counts ? counts.completed + counts.failed : null;
    const percent = total ? Math.round(((done ?? 0) / total) * 100) : 0;
    const active = statusList(this.status);
    const num = (value: number | null) => (value === null ? t.noValue : f.number(value));
    // The per-status counts are on the chips; the live state shares the summary's line so
    // that its changing text never re-wraps the controls below.
    return html`<div part="header">
      <div class="row">
        <p part="summary">${t.summary(num(done), num(total))}</p>
        ${this.#renderLive(snapshot, t, f)}
      </div>
      <div
        part="overall-bar"
        class="bar"
        role="progressbar"
        aria-label=${t.overallProgress}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${total === null ? nothing : percent}
        aria-valuetext=${total === null ? t.unknown : nothing}
      >
        <div part="overall-indicator" class="indicator" .style=${`width:${percent}%`}></div>
      </div>
      <div part="toolbar" class="row">
        <div part="filters" role="group" aria-label=${t.filters}>
          ${INPUT_STATUSES.map(
            (status) =>
              html`<button
                part="chip"
                aria-pressed=${String(active.includes(status))}
                @click=${() => this.#toggleStatus(status)}
              >
                ${t.count(t.status(status), num(counts ? counts[status] : null))}
              </button>`,
          )}
          ${active.length
            ? html`<button part="clear-filters" @click=${() => this.#setStatuses([])}>${t.clearFilters}</button>`
            : nothing}
        </div>
        <button part="order-toggle" @click=${this.#toggleOrder}>
          <span class="visually-hidden">${t.orderLabel}</span> ${this.order === 'desc' ? t.orderDesc : t.orderAsc}
        </button>
      </div>
    </div>`;
  }

  #renderLive(snapshot: FeedSnapshot | null, t: InputProgressStrings, f: Formatters): TemplateResult {
    const live: string = snapshot?.live ?? 'stopped';
    const counts = snapshot?.counts;
    const state = live === 'stopped' && counts && counts.pending + counts.processing === 0 ? 'done' : live;
    // At least 1: while the retry itself is in flight there is no next poll time yet.
    const seconds = Math.max(1, Math.ceil(((snapshot?.nextPollAt ?? 0) - Date.now()) / 1000));
    const labels: Record<string, string> = {
      live: t.live,
      'paused-hidden': t.pausedHidden,
      offline: t.offline,
      'backing-off': t.backingOff(f.number(seconds)),
      done: t.allDone,
    };
    return html`<span part="live-indicator" class="live" data-state=${state}>
        <span class="dot"></span>${labels[state] ?? t.stopped}
      </span>
      <button part="refresh" @click=${this.refresh} ?disabled=${!snapshot}>${t.refresh}</button>`;
  }

  #renderPagination(snapshot: FeedSnapshot | null, t: InputProgressStrings, f: Formatters): TemplateResult {
    const page = snapshot?.page ?? 1;
    // While a new filter loads the total is unknown (pageCount 0): say at least this page.
    const pageCount = Math.max(snapshot?.pageCount ?? 1, page);
    const limit = snapshot?.query.limit ?? this.limit;
    const sizes = [...new Set([...PAGE_SIZES, limit])].sort((a, b) => a - b);
    return html`<nav part="pagination" class="row" aria-label=${t.pagination}>
      <button part="previous" ?disabled=${!snapshot || page <= 1} @click=${(event: Event) => this.#movePage(-1, event)}>${t.previous}</button>
      <span part="page-status" tabindex="-1">${t.pageOf(f.number(page), f.number(pageCount))}</span>
      <label
        >${t.pageSize}
        <select part="page-size" @change=${this.#changeLimit} ?disabled=${!snapshot}>
          ${sizes.map((size) => html`<option value=${size} ?selected=${size === limit}>${f.number(size)}</option>`)}
        </select></label
      >
      <button part="next" ?disabled=${!snapshot || page >= pageCount} @click=${(event: Event) => this.#movePage(1, event)}>${t.next}</button>
    </nav>`;
  }

  #toggleStatus(status: string): void {
    const active = statusList(this.status);
    this.#setStatuses(active.includes(status) ? active.filter((s) => s !== status) : [...active, status]);
  }

  #setStatuses(statuses: string[]): void {
    // Chips keep the API's bucket order whatever order they were clicked in.
    this.status = INPUT_STATUSES.filter((s) => statuses.includes(s)).join(' ');
    this.offset = 0;
    this.#emitFilterChange();
  }

  #toggleOrder = (): void => {
    this.order = this.order === 'desc' ? 'asc' : 'desc';
    this.offset = 0;
    this.#emitFilterChange();
  };

  #emitFilterChange(): void {
    this.dispatchEvent(
      new InputProgressFilterChangeEvent({
        statuses: statusList(this.status),
        order: this.order,
        portName: this.portName || null,
      }),
    );
  }

  #changeLimit = (event: Event): void => {
    this.#feeds.feed?.setQuery({ limit: Number((event.target as HTMLSelectElement).value) });
    this.#emitPageChange();
  };


  async #movePage(step: number, event: Event): Promise<void> {
    const button = event.currentTarget as HTMLButtonElement;
    const feed = this.#feeds.feed;
    // The feed's page maths: aligned to the page size, clamped to the known page count.
    if (step > 0) feed?.nextPage();
    else feed?.previousPage();
    this.#emitPageChange();
    await this.updateComplete;
    // The button just used may now be disabled (first or last page): keep focus in the
    // pagination instead of letting it fall back to the document.
    if (button.disabled) {
      const other = this.renderRoot.querySelector<HTMLButtonElement>(`[part="${step > 0 ? 'previous' : 'next'}"]`);
      (other && !other.disabled ? other : this.renderRoot.querySelector<HTMLElement>('[part="page-status"]'))?.focus();
    }
  }

  #emitPageChange(): void {
    const snapshot = this.#feeds.feed?.getSnapshot();
    if (!snapshot) return;
    const { offset, limit } = snapshot.query;
    this.dispatchEvent(new InputProgressPageChangeEvent({ page: snapshot.page, offset, limit }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'input-progress-list': InputProgressList;
  }
}
