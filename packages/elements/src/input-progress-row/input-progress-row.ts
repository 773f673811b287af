import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ticker } from '../ticker.js';
import type { FeedItem } from '@input-progress/core';
import { themeStyles } from '../shared-styles.js';
import { rowStyles } from './input-progress-row.styles.js';
import { resolveStrings, type InputProgressStrings } from '../strings.js';
import { formattersFor, type Formatters } from '../formatters.js';
import { LangController } from '../controllers/lang-controller.js';
import { clock } from '../clock.js';
import { safeLink } from '../safe-link.js';

const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const time = (iso: string | null | undefined): number | null => {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? null : ms;
};
/** One piece of a line, or nothing when there is nothing to say. */
const span = (value: unknown) => (value ? html`<span>${value}</span>` : nothing);
/** Metadata values are JSON (parsed from the response): strings as they are, the rest as JSON. */
const text = (value: unknown): string =>
  typeof value === 'string' ? value : String(JSON.stringify(value));

/**
 * One input of a batch job: its file, status, progress bar, latest progress message,
 * completion rank, error and times. Presentational: give it an `item` (one element of a
 * feed's `items`) and it renders it. Everything shown is escaped text; a `ref` becomes a
 * link only when it is an `http:` or `https:` URL.
 *
 * @tagname input-progress-row
 *
 * @csspart base - The row's wrapper.
 * @csspart header - The line with the file name and the status badge.
 * @csspart name - The file name.
 * @csspart link - The file name's link, present only for `http:`/`https:` refs.
 * @csspart badge - The status badge (always with text).
 * @csspart details - File type, size, port and completion rank.
 * @csspart bar - The progress bar track (`role="progressbar"`).
 * @csspart indicator - The filled part of the bar.
 * @csspart progress - The line under the bar: items, percent and time left.
 * @csspart message - The latest progress message.
 * @csspart kind - The latest progress kind inside the message line.
 * @csspart error - The error message of a failed input.
 * @csspart metadata - The input's metadata list.
 * @csspart times - Created, finished and duration.
 *
 * @cssproperty [--input-progress-font=inherit] - Font family.
 * @cssproperty [--input-progress-color-text=light-dark(#1f2328, #e6edf3)] - Text colour.
 * @cssproperty [--input-progress-color-muted=light-dark(#59636e, #9198a1)] - Secondary text colour.
 * @cssproperty [--input-progress-color-surface=light-dark(#fff, #0d1117)] - Background.
 * @cssproperty [--input-progress-color-border=light-dark(#d1d9e0, #3d444d)] - Borders and separators.
 * @cssproperty [--input-progress-color-track=light-dark(#e6e9ec, #262c36)] - Empty part of bars.
 * @cssproperty [--input-progress-color-accent=light-dark(#0a5fc2, #58a6ff)] - Links and focus rings.
 * @cssproperty [--input-progress-color-on-status=var(--input-progress-color-surface)] - Text on status badges.
 * @cssproperty [--input-progress-color-pending=var(--input-progress-color-muted)] - Pending status.
 * @cssproperty [--input-progress-color-processing=var(--input-progress-color-accent)] - Processing status.
 * @cssproperty [--input-progress-color-completed=light-dark(#1a7f37, #3fb950)] - Completed status.
 * @cssproperty [--input-progress-color-failed=light-dark(#b42318, #ff7b72)] - Failed status and errors.
 * @cssproperty [--input-progress-bar-height=0.5rem] - Height of progress bars.
 * @cssproperty [--input-progress-radius=0.375rem] - Corner radius.
 * @cssproperty [--input-progress-spacing=0.75rem] - Base spacing.
 */
export class InputProgressRow extends LitElement {
  static override properties = {
    item: { attribute: false },
    strings: { attribute: false },
    status: { reflect: true },
  };
  static override styles = [themeStyles, rowStyles];

  /** The input to show: one element of a feed snapshot's `items`. */
  declare item: FeedItem | null;

  /** Text overrides; missing keys use the English defaults. */
  declare strings: Partial<InputProgressStrings> | null;

  /**
   * The input's status, reflected from `item` so pages can style
   * `input-progress-row[status="failed"]`. Read-only in practice: `item` overwrites it.
   */
  declare status: string | null;

  readonly #lang = new LangController(this);

  constructor() {
    super();
    // Reactive properties are `declare`d and set here: a class field would hide Lit's accessor.
    this.item = null;
    this.strings = null;
    this.status = null;
    // Relative times and the time left move on while the item stays the same.
    ticker.use(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('item')) this.status = this.item?.input.status ?? null;
  }

  protected override render(): TemplateResult | typeof nothing {
    const item = this.item;
    if (!item) return nothing;
    const t = resolveStrings(this.strings);
    const f = formattersFor(this.#lang.lang);
    const { input, latestProgress: progress } = item;
    const data = input.data;
    const link = safeLink(data.ref);
    const kind = data.fileExtension
      ? data.fileExtension.replace(/^\./, '').toUpperCase()
      : data.fileType;
    const metadata = data.metadata ? Object.entries(data.metadata) : [];
    return html`<div part="base">
      <div part="header">
        <span part="name"
          >${
            link
              ? html`<a part="link" href=${link} target="_blank" rel="noopener noreferrer"
                  >${data.filename}</a
                >`
              : data.filename
          }</span
        >
        <span part="badge">${t.status(input.status)}</span>
      </div>
      <p part="details" class="line muted">
        ${span(kind)} ${span(finite(data.numBytes) && f.bytes(data.numBytes))}
        ${span(input.portName && t.port(input.portName))}
        ${span(finite(item.step) && t.rank(f.number(item.step)))}
      </p>
      ${this.#renderBar(item, t, f)}
      ${
        progress?.message || progress?.kind
          ? html`<p part="message" class="line">
              ${progress.kind ? html`<span part="kind">${progress.kind}</span>` : nothing}
              ${span(progress.message)}
            </p>`
          : nothing
      }
      ${
        input.errorMessage
          ? html`<p part="error" class="error">${t.inputError(input.errorMessage)}</p>`
          : nothing
      }
      ${
        metadata.length
          ? html`<p part="metadata" class="line muted">
              ${metadata.map(([key, value]) => span(t.metadataEntry(key, text(value))))}
            </p>`
          : nothing
      }
      ${this.#renderTimes(input.createdAt, input.completedAt, t, f)}
    </div>`;
  }

  #renderBar(item: FeedItem, t: InputProgressStrings, f: Formatters): TemplateResult {
    const { status, data } = item.input;
    const metrics = item.latestProgress?.metrics;
    const percent = finite(item.percent) ? Math.round(item.percent) : null;
    const items =
      finite(metrics?.itemsProcessed) && finite(metrics?.itemsTotal)
        ? t.itemsOf(f.number(metrics.itemsProcessed), f.number(metrics.itemsTotal))
        : null;
    // Processing without metrics: working, nobody knows how far along (an animated bar).
    const indeterminate = percent === null && status === 'processing';
    // A status this version does not know, without a percentage: no value to claim either,
    // its own name is the spoken value.
    const noValue = percent === null && !/^(pending|completed|failed)$/.test(status);
    const value = percent ?? 0;
    const label = percent === null ? null : t.valueText(items, f.percent(percent));
    // Pending and failed bars say so before their numbers; others say their numbers.
    const valueText = indeterminate
      ? t.working
      : t.barValue(
          !label || status === 'pending' || status === 'failed' ? t.status(status) : null,
          label,
        );
    // The feed's estimate is the time left as of the latest progress report: take off what
    // has passed since (a report stamped ahead of this clock takes off nothing).
    const reported = time(item.latestProgress?.createdAt);
    const left = finite(item.eta)
      ? item.eta - Math.max(0, reported === null ? 0 : clock.now() - reported)
      : 0;
    const eta = status === 'processing' && left > 0 ? t.eta(f.duration(left)) : null;
    return html`<div
        part="bar"
        class="bar ${indeterminate ? 'indeterminate' : ''}"
        role="progressbar"
        aria-label=${t.progressOf(data.filename)}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${noValue ? nothing : value}
        aria-valuetext=${valueText}
      >
        <div
          part="indicator"
          class="indicator"
          .style=${indeterminate ? '' : `width:${value}%`}
        ></div>
      </div>
      ${
        label || eta
          ? html`<p part="progress" class="line">${span(label)} ${span(eta)}</p>`
          : nothing
      }`;
  }

  #renderTimes(
    createdAt: string,
    completedAt: string | null,
    t: InputProgressStrings,
    f: Formatters,
  ): TemplateResult {
    const now = clock.now();
    const created = time(createdAt);
    const completed = time(completedAt);
    return html`<p part="times" class="line muted">
      ${span(created !== null && t.created(f.relative(created, now)))}
      ${span(completed !== null && t.finished(f.relative(completed, now)))}
      ${span(created !== null && completed !== null && t.took(f.duration(completed - created)))}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'input-progress-row': InputProgressRow;
  }
}
