import { type PropertyValues, type TemplateResult, nothing } from 'lit';
import type { FeedItem } from '@input-progress/core';
import { themeStyles, userPreferenceStyles } from '../shared-styles.js';
import { ticker } from '../ticker.js';
import { renderRow, type Density } from './row-templates.js';
import { rowTimes, rowView } from './row-view.js';
import { WordedElement } from '../worded-element.js';
import { rowStyles } from './input-progress-row.styles.js';

export type { Density } from './row-templates.js';

/**
 * One input of a batch job: its file, status, progress bar, latest progress message,
 * completion rank, error and times. Presentational: give it an `item` (one element of a
 * feed's `items`) and it renders it. Everything shown is escaped text; a `ref` becomes a
 * link only when it is an `http:` or `https:` URL. `density="compact"` shows one line (name,
 * badge, bar, percent, time left, or a failed input's error) with the rest behind a
 * disclosure button; a long name ends in an ellipsis with the whole name in its `title`.
 * `<input-progress-list>` renders the same template for each of its rows, without an element
 * per row; use this element to lay rows out yourself. Its parts carry the same `row-*` names
 * as the list's rows, so one stylesheet styles both.
 *
 * @tagname input-progress-row
 *
 * @csspart row - The row's wrapper (also `row-base`); `data-status` holds the input's status.
 * @csspart row-header - The line with the file name and the status badge (compact: the whole line).
 * @csspart row-name - The file name.
 * @csspart row-link - The file name's link, present only for `http:`/`https:` refs.
 * @csspart row-badge - The status badge (always with text).
 * @csspart row-details - File type, size, port and completion rank.
 * @csspart row-bar - The progress bar track (`role="progressbar"`).
 * @csspart row-indicator - The filled part of the bar.
 * @csspart row-progress - The line under the bar: items, percent and time left.
 * @csspart row-message - The latest progress message.
 * @csspart row-kind - The latest progress kind inside the message line.
 * @csspart row-error - The error message of a failed input.
 * @csspart row-metadata - The input's metadata list.
 * @csspart row-times - Created, finished and duration.
 * @csspart row-toggle - Compact density: the disclosure button (`aria-expanded`) that shows the details.
 * @csspart row-more - Compact density: the details behind the disclosure.
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
export class InputProgressRow extends WordedElement {
  static override properties = {
    item: { attribute: false },
    status: { reflect: true },
    density: { reflect: true },
    expanded: { type: Boolean, reflect: true },
  };
  static override styles = [themeStyles, rowStyles, userPreferenceStyles];

  /** The input to show: one element of a feed snapshot's `items`. */
  declare item: FeedItem | null;

  /**
   * The input's status, reflected from `item` so pages can style
   * `input-progress-row[status="failed"]`. Read-only in practice: `item` overwrites it.
   */
  declare status: string | null;

  /** `comfortable` (default): everything on its own line; `compact`: one line, details on demand. */
  declare density: Density;

  /** Compact density: whether the details are shown (the disclosure button toggles it). */
  declare expanded: boolean;

  /** The finest time the latest render showed (for the ticker). */
  #finest: number | null = null;

  constructor() {
    super();
    this.item = null;
    this.status = null;
    this.density = 'comfortable';
    this.expanded = false;
    // Relative times and the time left move on while the item stays the same.
    ticker.use(this, {
      clock: () => this.clock,
      finest: () => (this.item ? this.#finest : null),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('item')) this.status = this.item?.input.status ?? null;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.item) return nothing;
    const { strings, formatters } = this.words();
    const view = rowView(this.item, strings, formatters);
    // Every row counts from the ticker's `now`, so times on one screen agree.
    const times = rowTimes(view, ticker.now(this.clock));
    this.#finest = times.finest;
    return renderRow(view, times, {
      density: this.density === 'compact' ? 'compact' : 'comfortable',
      expanded: this.expanded,
      toggle: this.#toggle,
    });
  }

  readonly #toggle = () => {
    this.expanded = !this.expanded;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'input-progress-row': InputProgressRow;
  }
}
