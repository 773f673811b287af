// The text one row shows, computed from an input's plain fields with the element's own words
// and formatting: `defaultStrings` and `formattersFor` come from @input-progress/elements
// (tree-shaken: no element or Lit comes with them), so every variant puts exactly the same
// text on the screen and the comparison is about rendering, not about what is rendered.
//
// What is still written here: how a row combines those words (the element's `rowView`,
// `timeLeft` and `safeLink`, in packages/elements/src/input-progress-row/row-view.ts,
// time-left.ts and safe-link.ts, are not exported), and the join of a line's pieces.
import { timeOf } from '@input-progress/core';
import { defaultStrings, formattersFor } from '@input-progress/elements';

/** An input's fields as a row needs them (the React variant reads them from the raw JSON, the plain one from core's `FeedItem`). */
export interface RowFields {
  readonly filename: string;
  readonly ref: string;
  readonly status: string;
  readonly fileType: string | null;
  readonly fileExtension: string | null;
  readonly numBytes: number | null;
  readonly portName: string | null;
  /** Completion rank across the job (`items[].step`). */
  readonly rank: number | null;
  /** 0–100, or null when unknown. */
  readonly percent: number | null;
  readonly itemsProcessed: number | null;
  readonly itemsTotal: number | null;
  /** Ms left as of the latest progress report, or null. */
  readonly eta: number | null;
  /** When the latest progress report was written (ISO), or null. */
  readonly reportedAt: string | null;
  readonly kind: string | null;
  readonly message: string | null;
  readonly errorMessage: string | null;
  readonly metadata: Readonly<Record<string, unknown>> | null;
  readonly createdAt: string;
  readonly completedAt: string | null;
}

/** What one row shows; each line is one text, as in the element's template. */
export interface RowView {
  readonly link: string | null;
  readonly name: string;
  readonly badge: string;
  readonly details: string;
  readonly indeterminate: boolean;
  /** `aria-valuenow`, or null when the bar claims no value. */
  readonly valueNow: number | null;
  /** The bar's fill, 0–1. */
  readonly fill: number;
  readonly valueText: string;
  readonly barLabel: string;
  /** Items and percent, then time left: the line under the bar ('' when there is none). */
  readonly progress: string;
  readonly kind: string | null;
  readonly message: string | null;
  readonly error: string | null;
  /** '' when there is no metadata. */
  readonly metadata: string;
  readonly times: string;
}

/** The element's strings and formatters (English, as the bench pages are). */
const t = defaultStrings;
const f = formattersFor('en');
export const statusLabel = (status: string): string => t.status(status);
export const formatNumber = (value: number): string => f.number(value);

const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
/** `ms` down to its whole second (null stays null). */
const wholeSecond = (ms: number | null): number | null =>
  ms === null ? null : Math.floor(ms / 1000) * 1000;
/** A line's pieces as one text, as the element's template joins them. */
const pieces = (values: ReadonlyArray<string | null | false>): string =>
  values.filter(Boolean).join('\u00a0· ');

/** `ref` as a link target when it is an absolute http(s) URL (storage refs are untrusted). */
function safeLink(ref: string): string | null {
  if (!/^https?:/i.test(ref)) return null;
  try {
    const url = new URL(ref);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Percent complete from the metrics, as core's `derivePercent` does: 0–100 or null. */
export function percentOf(
  status: string,
  percentComplete: unknown,
  itemsProcessed: unknown,
  itemsTotal: unknown,
): number | null {
  if (status === 'completed') return 100;
  const percent = finite(percentComplete)
    ? percentComplete
    : finite(itemsProcessed) && finite(itemsTotal) && itemsTotal > 0
      ? (itemsProcessed / itemsTotal) * 100
      : null;
  return percent === null ? null : Math.min(100, Math.max(0, percent));
}

/** The row of one input, as `<input-progress-row>` words it. */
export function rowView(fields: RowFields, now = Date.now()): RowView {
  const { status } = fields;
  const kind = fields.fileExtension
    ? fields.fileExtension.replace(/^\./, '').toUpperCase()
    : fields.fileType;
  const rank = finite(fields.rank)
    ? (status === 'failed' ? t.failedRank : t.rank)(fields.rank, f)
    : null;
  const percent = finite(fields.percent) ? Math.round(fields.percent) : null;
  const items =
    finite(fields.itemsProcessed) && finite(fields.itemsTotal)
      ? t.itemsOf(fields.itemsProcessed, fields.itemsTotal, f)
      : null;
  const indeterminate = percent === null && status === 'processing';
  const label = percent === null ? null : t.valueText(items, percent, f);
  const valueText = indeterminate
    ? t.working
    : t.barValue(
        !label || status === 'pending' || status === 'failed' ? t.status(status) : null,
        label,
      );
  const reported = timeOf(fields.reportedAt);
  const left = finite(fields.eta)
    ? fields.eta - Math.max(0, reported === null ? 0 : now - reported)
    : null;
  const eta =
    status === 'processing' && left !== null && left >= 1000 ? t.eta(f.duration(left)) : null;
  // Whole seconds, as the element counts them: took = finished − created, exactly.
  const created = wholeSecond(timeOf(fields.createdAt));
  const completed = wholeSecond(timeOf(fields.completedAt));
  const second = wholeSecond(now)!;
  return {
    link: safeLink(fields.ref),
    name: fields.filename,
    badge: t.status(status),
    details: pieces([
      kind,
      finite(fields.numBytes) && f.bytes(fields.numBytes),
      fields.portName && t.port(fields.portName),
      rank,
    ]),
    indeterminate,
    valueNow:
      percent === null && !/^(pending|completed|failed)$/.test(status) ? null : (percent ?? 0),
    fill: (percent ?? 0) / 100,
    valueText,
    barLabel: t.progressOf(fields.filename),
    progress: pieces([label, eta]),
    kind: fields.kind,
    message: fields.message,
    error: fields.errorMessage ? t.inputError(fields.errorMessage) : null,
    metadata: pieces(
      Object.entries(fields.metadata ?? {}).map(([key, value]) =>
        t.metadataEntry(key, typeof value === 'string' ? value : String(JSON.stringify(value))),
      ),
    ),
    times: pieces([
      created !== null && t.created(f.relative(created, second)),
      completed !== null && t.finished(f.relative(completed, second)),
      created !== null && completed !== null && t.took(f.duration(completed - created)),
    ]),
  };
}

/** The per-status counts of a job, as the list's header shows them. */
export interface Counts {
  readonly pending: number;
  readonly processing: number;
  readonly completed: number;
  readonly failed: number;
}

/** The header's summary and overall percent. */
export function summaryView(counts: Counts | null): { summary: string; percent: number } {
  if (!counts) return { summary: t.noValue, percent: 0 };
  const total = counts.pending + counts.processing + counts.completed + counts.failed;
  return {
    summary: t.jobSummary(counts.completed, counts.failed, total, f),
    percent: total ? Math.round(((counts.completed + counts.failed) / total) * 100) : 0,
  };
}

/** A status chip's text, e.g. "Failed 2". */
export const chipText = (status: string, counts: Counts | null, key: keyof Counts): string =>
  counts ? t.count(t.status(status), counts[key], f) : t.status(status);

/** Live indicator text and the list's accessible name. */
export const liveText = t.live;
export const listLabel = (jobId: string): string => t.listLabel(jobId);
export const overallLabel = t.overallProgress;
export const loadingText = t.loading;
export const errorText = (reason: string): string => t.errorState(reason);
