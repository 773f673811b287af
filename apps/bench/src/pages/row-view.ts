// The text one row shows, with the element's own words: `rowView` and `rowTimes` (what
// `<input-progress-row>` and the list's rows show of an item), `defaultStrings` and
// `formattersFor` come from @input-progress/elements (tree-shaken: no element or Lit comes
// with them), so every variant puts exactly the same text on the screen and the comparison is
// about rendering, not about what is rendered. What is written here is only how the pages'
// markup lays those words out: one text per line, a line's pieces joined as the element's
// template joins them.
import type { FeedItem } from '@input-progress/core';
import { defaultStrings, formattersFor, rowTimes, rowView } from '@input-progress/elements';

/** What one row shows, one text per line, as the pages' markup takes it. */
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

/** A line's pieces as one text, as the element's template joins them. */
const pieces = (values: ReadonlyArray<string | null | false>): string =>
  values.filter(Boolean).join('\u00a0· ');

/** The row of one input as of `now`, in the element's words. */
export function rowViewOf(item: FeedItem, now = Date.now()): RowView {
  const view = rowView(item, t, f);
  const times = rowTimes(view, now);
  const { input, latestProgress: progress } = item;
  return {
    link: view.link,
    name: view.filename,
    badge: t.status(input.status),
    details: pieces(view.details),
    indeterminate: view.indeterminate,
    valueNow: view.noValue ? null : view.value,
    fill: view.value / 100,
    valueText: view.valueText,
    barLabel: t.progressOf(view.filename),
    progress: pieces([view.label, times.eta]),
    kind: progress?.kind ?? null,
    message: progress?.message ?? null,
    error: input.errorMessage ? t.inputError(input.errorMessage) : null,
    metadata: pieces(
      Object.entries(input.data.metadata ?? {}).map(([key, value]) =>
        t.metadataEntry(key, typeof value === 'string' ? value : String(JSON.stringify(value))),
      ),
    ),
    times: pieces(times.times),
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
