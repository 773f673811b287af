/**
 * The row's markup, as template functions of one {@link RowView} and its {@link RowTimes}: the
 * pieces both densities share (name, badge, bar, message, error, metadata, times), the
 * comfortable layout and the compact one (one line, the rest behind a disclosure).
 *
 * A page has hundreds of rows, and every nested template is one more clone and parts walk
 * per row: what every row has is written in a few templates (the row, its density's body, the
 * name with the badge, the bar) and each line in one, not a template per piece.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RowTimes, RowView } from './row-view.js';

/** How much a row shows: `comfortable`, every detail; `compact`, one line and a disclosure. */
export type Density = 'comfortable' | 'compact';

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

/** The file name's link, for http(s) refs (opening in the same tab). */
const renderLink = ({ filename, link }: RowView) =>
  html`<a part="row-link" class="clip" href=${link}>${filename}</a>`;

const renderBar = (view: RowView) =>
  html`<div
    part="row-bar"
    class="bar ${view.indeterminate ? 'indeterminate' : ''}"
    role="progressbar"
    aria-label=${view.strings.progressOf(view.filename)}
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

// Every variant of a line is a template of its own (no template per piece): one clone per line.
const renderMessage = ({ item }: RowView) => {
  const { kind, message } = item.latestProgress ?? {};
  if (kind && message)
    return html`<p part="row-message" class="line">
      <span part="row-kind">${kind}</span> <span>${message}</span>
    </p>`;
  if (kind)
    return html`<p part="row-message" class="line"><span part="row-kind">${kind}</span></p>`;
  return message ? html`<p part="row-message" class="line"><span>${message}</span></p>` : nothing;
};

const renderError = ({ item, strings }: RowView, clip = false) => {
  const message = item.input.errorMessage;
  return message
    ? html`<p
        part="row-error"
        class="error ${clip ? 'clip' : ''}"
        title=${clip ? strings.inputError(message) : nothing}
      >
        ${strings.inputError(message)}
      </p>`
    : nothing;
};

const renderMetadata = ({ item, strings }: RowView) => {
  const metadata = item.input.data.metadata ? Object.entries(item.input.data.metadata) : [];
  return metadata.length
    ? html`<p part="row-metadata" class="line muted">
        ${pieces(metadata.map(([key, value]) => strings.metadataEntry(key, text(value))))}
      </p>`
    : nothing;
};

// The bar already says its value ("5 of 10 items, 50%"): the same words beside it are for
// the eye only, so a screen reader reads them once.
const renderProgress = ({ label }: RowView, { eta }: RowTimes) => {
  if (label && eta)
    return html`<p part="row-progress" class="line">
      <span aria-hidden="true">${label}</span> <span>${eta}</span>
    </p>`;
  if (label)
    return html`<p part="row-progress" class="line"><span aria-hidden="true">${label}</span></p>`;
  return eta ? html`<p part="row-progress" class="line"><span>${eta}</span></p>` : nothing;
};

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
export function renderRow(view: RowView, times: RowTimes, layout: RowLayout): TemplateResult {
  const compact = layout.density === 'compact';
  const { status, id } = view.item.input;
  return html`<div
    part="row row-base"
    class="input-row ${compact ? 'compact' : ''} ${compact && layout.expanded ? 'expanded' : ''}"
    data-status=${status}
    data-input-id=${id}
  >
    ${compact ? renderCompact(view, times, layout) : renderComfortable(view, times)}
  </div>`;
}

/** The name and the badge, the start of the first line in both densities. */
const renderHead = (view: RowView) =>
  html`<span part="row-name" class=${view.link ? '' : 'clip'} title=${view.filename}
      >${view.link ? renderLink(view) : view.filename}</span
    >
    <span part="row-badge">${view.strings.status(view.item.input.status)}</span>`;

/** Everything on its own line: name and badge, details, bar, progress, message, error, metadata, times. */
function renderComfortable(view: RowView, times: RowTimes): TemplateResult {
  return html`<div part="row-header">${renderHead(view)}</div>
    <p part="row-details" class="line muted">${pieces(view.details)}</p>
    ${renderBar(view)}${renderProgress(view, times)}${renderMessage(view)}${renderError(view)}${renderMetadata(view)}
    <p part="row-times" class="line muted">${pieces(times.times)}</p>`;
}

/**
 * One line (name, badge, bar, percent and time left, or a failed input's error) and a
 * disclosure button; the details, message, metadata and times show when it is expanded.
 */
function renderCompact(
  view: RowView,
  times: RowTimes,
  { expanded, toggle }: RowLayout,
): TemplateResult {
  const failed = !!view.item.input.errorMessage;
  const more = moreId(view);
  return html`<div part="row-header">
      ${renderHead(view)}${renderBar(view)}${
        failed
          ? renderError(view, true)
          : html`<span part="row-progress"
              >${view.percent ? html`<span class="percent" aria-hidden="true">${view.percent}</span>` : nothing}
              ${times.eta ? html`<span class="eta clip">${times.eta}</span>` : nothing}</span
            >`
      }
      <button
        part="row-toggle"
        aria-expanded=${String(expanded)}
        aria-controls=${more}
        aria-label=${view.strings.showDetails(view.filename)}
        @click=${toggle}
      >
        <span class="chevron" aria-hidden="true"></span>
      </button>
    </div>
    <div id=${more} part="row-more" ?hidden=${!expanded}>
      <p class="line">${view.filename}</p>
      ${failed ? renderError(view) : nothing}
      <p part="row-details" class="line muted">${pieces(view.details)}</p>
      ${view.label ? html`<p class="line">${view.label}</p>` : nothing}${renderMessage(view)}${renderMetadata(view)}
      <p part="row-times" class="line muted">${pieces(times.times)}</p>
    </div>`;
}
