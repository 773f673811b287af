/**
 * The row's markup, as template functions of one {@link RowView}: the pieces both densities
 * share (name, badge, bar, message, error, metadata, times), the comfortable layout and the
 * compact one (one line, the rest behind a disclosure).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RowView } from './row-view.js';

/** How much a row shows: `comfortable`, every detail; `compact`, one line and a disclosure. */
export type Density = 'comfortable' | 'compact';

/** One piece of a line, or nothing when there is nothing to say. */
const span = (value: unknown) => (value ? html`<span>${value}</span>` : nothing);
/**
 * The pieces of a line as one text, those with something to say joined by a middle dot (a
 * no-break space before it, so a line never starts with one). One text node per line, not
 * an element per piece: a page has hundreds of rows.
 */
const pieces = (values: ReadonlyArray<string | null | false>): string =>
  values.filter(Boolean).join('\u00a0· ');
/** Metadata values are JSON (parsed from the response): strings as they are, the rest as JSON. */
const text = (value: unknown): string =>
  typeof value === 'string' ? value : String(JSON.stringify(value));

/**
 * The file name (a link for http(s) refs, opening in the same tab), cut with an ellipsis when
 * long: `title` and the link's accessible name keep it whole. The clipping box is the link
 * itself, so its focus ring (drawn inside it) is never cut off.
 */
const renderName = ({ filename, link }: RowView) =>
  html`<span part="row-name" class=${link ? '' : 'clip'} title=${filename}
    >${link ? html`<a part="row-link" class="clip" href=${link}>${filename}</a>` : filename}</span
  >`;

const renderBadge = ({ item, t }: RowView) =>
  html`<span part="row-badge">${t.status(item.input.status)}</span>`;

const renderBar = (view: RowView) =>
  html`<div
    part="row-bar"
    class="bar ${view.indeterminate ? 'indeterminate' : ''}"
    role="progressbar"
    aria-label=${view.t.progressOf(view.filename)}
    aria-valuemin="0"
    aria-valuemax="100"
    aria-valuenow=${view.noValue ? nothing : view.value}
    aria-valuetext=${view.valueText}
  >
    <div
      part="row-indicator"
      class="indicator"
      .style=${view.indeterminate ? '' : `transform:scaleX(${view.value / 100})`}
    ></div>
  </div>`;

const renderMessage = ({ item }: RowView) => {
  const progress = item.latestProgress;
  return progress?.message || progress?.kind
    ? html`<p part="row-message" class="line">
        ${progress.kind ? html`<span part="row-kind">${progress.kind}</span>` : nothing}
        ${span(progress.message)}
      </p>`
    : nothing;
};

const renderError = ({ item, t }: RowView, clip = false) => {
  const message = item.input.errorMessage;
  return message
    ? html`<p
        part="row-error"
        class="error ${clip ? 'clip' : ''}"
        title=${clip ? t.inputError(message) : nothing}
      >
        ${t.inputError(message)}
      </p>`
    : nothing;
};

const renderMetadata = ({ item, t }: RowView) => {
  const metadata = item.input.data.metadata ? Object.entries(item.input.data.metadata) : [];
  return metadata.length
    ? html`<p part="row-metadata" class="line muted">
        ${pieces(metadata.map(([key, value]) => t.metadataEntry(key, text(value))))}
      </p>`
    : nothing;
};

const renderDetails = (view: RowView) =>
  html`<p part="row-details" class="line muted">${pieces(view.details)}</p>`;
const renderTimes = (view: RowView) =>
  html`<p part="row-times" class="line muted">${pieces(view.times)}</p>`;

// The bar already says its value ("5 of 10 items, 50%"): the same words beside it are for
// the eye only, so a screen reader reads them once.
const renderProgress = (view: RowView) =>
  view.label || view.eta
    ? html`<p part="row-progress" class="line">
        ${view.label ? html`<span aria-hidden="true">${view.label}</span>` : nothing}
        ${view.eta ? html`<span>${view.eta}</span>` : nothing}
      </p>`
    : nothing;

/** How one row is laid out, and its disclosure in compact density. */
export interface RowLayout {
  readonly density: Density;
  /** Compact density: whether the details are shown. */
  readonly expanded: boolean;
  /** Toggles `expanded` (the disclosure button's click). */
  readonly toggle: () => void;
}

/** The id of a row's details, unique among the rows of one shadow root (input ids are). */
const moreId = (view: RowView) => `row-more-${view.item.input.id.replace(/[^\w-]/g, '_')}`;

// The templates below write the bindings of block-level parts side by side: a space between
// two is never drawn (they sit in flex and grid boxes) but would be a text node in every row.
// Text that would run together (a name and its badge) keeps its space.

/**
 * One input's row in either density. Its root is the `row` part (and `row-base`), with the
 * status in `data-status` for styling and the input's id in `data-input-id` for finding a
 * row; the list renders it straight into its own shadow root,
 * `<input-progress-row>` into its own.
 */
export function renderRow(view: RowView, layout: RowLayout): TemplateResult {
  const compact = layout.density === 'compact';
  return html`<div
    part="row row-base"
    class="input-row ${compact ? 'compact' : ''} ${compact && layout.expanded ? 'expanded' : ''}"
    data-status=${view.item.input.status}
    data-input-id=${view.item.input.id}
  >
    ${compact ? renderCompact(view, layout) : renderComfortable(view)}
  </div>`;
}

/** Everything on its own line: name and badge, details, bar, progress, message, error, metadata, times. */
function renderComfortable(view: RowView): TemplateResult {
  return html`<div part="row-header">${renderName(view)} ${renderBadge(view)}</div>
    ${renderDetails(view)}${renderBar(view)}${renderProgress(view)}${renderMessage(view)}${renderError(view)}${renderMetadata(view)}${renderTimes(view)}`;
}

/**
 * One line (name, badge, bar, percent and time left, or a failed input's error) and a
 * disclosure button; the details, message, metadata and times show when it is expanded.
 */
function renderCompact(view: RowView, { expanded, toggle }: RowLayout): TemplateResult {
  const failed = !!view.item.input.errorMessage;
  const more = moreId(view);
  return html`<div part="row-header">
      ${renderName(view)}
      ${renderBadge(view)}${renderBar(view)}${
        failed
          ? renderError(view, true)
          : html`<span part="row-progress"
              >${view.percent ? html`<span class="percent" aria-hidden="true">${view.percent}</span>` : nothing}
              ${view.eta ? html`<span class="eta clip">${view.eta}</span>` : nothing}</span
            >`
      }
      <button
        part="row-toggle"
        aria-expanded=${String(expanded)}
        aria-controls=${more}
        aria-label=${view.t.showDetails(view.filename)}
        @click=${toggle}
      >
        <span class="chevron" aria-hidden="true"></span>
      </button>
    </div>
    <div id=${more} part="row-more" ?hidden=${!expanded}>
      <p class="line">${view.filename}</p>
      ${failed ? renderError(view) : nothing}${renderDetails(view)}${view.label ? html`<p class="line">${view.label}</p>` : nothing}${renderMessage(view)}${renderMetadata(view)}${renderTimes(view)}
    </div>`;
}
