/**
 * What a row shows of one input, worked out once per render from the item, the strings, the
 * formatters and the ticker's `now`; both densities' templates read it and nothing else.
 */
import type { FeedItem } from '@input-progress/core';
import type { Formatters } from '../formatters.js';
import { safeLink } from '../safe-link.js';
import type { InputProgressStrings } from '../strings.js';
import { timeLeft } from '../time-left.js';

export const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const time = (iso: string | null | undefined): number | null => {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? null : ms;
};

/** One input as a row shows it. */
export interface RowView {
  readonly item: FeedItem;
  readonly t: InputProgressStrings;
  readonly f: Formatters;
  readonly filename: string;
  /** The `ref` as a link target, only for `http:` / `https:`. */
  readonly link: string | null;
  /** The bar's value, 0–100 (0 when unknown). */
  readonly value: number;
  /** Processing without metrics: an animated bar without a value. */
  readonly indeterminate: boolean;
  /** An unknown status without a percentage: no value to claim. */
  readonly noValue: boolean;
  /** The formatted percentage, or null when unknown. */
  readonly percent: string | null;
  /** "5 of 10 items, 50%", or null when there is no number. */
  readonly label: string | null;
  /** The bar's spoken value. */
  readonly valueText: string;
  /** "about 2 min left", or null. */
  readonly eta: string | null;
  /** File kind, size, port and rank, each already worded (empty ones left out). */
  readonly details: readonly string[];
  /** Created, finished and duration, each already worded. */
  readonly times: readonly string[];
}

/** Works out everything a row shows of `item` as of `now`. */
export function rowView(
  item: FeedItem,
  t: InputProgressStrings,
  f: Formatters,
  now: number,
): RowView {
  const { input, latestProgress: progress } = item;
  const { status, data } = input;
  const metrics = progress?.metrics;
  const percent = finite(item.percent) ? Math.round(item.percent) : null;
  const items =
    finite(metrics?.itemsProcessed) && finite(metrics?.itemsTotal)
      ? t.itemsOf(metrics.itemsProcessed, metrics.itemsTotal, f)
      : null;
  const indeterminate = percent === null && status === 'processing';
  const label = percent === null ? null : t.valueText(items, percent, f);
  // Pending and failed bars say so before their numbers; others say their numbers.
  const valueText = indeterminate
    ? t.working
    : t.barValue(
        !label || status === 'pending' || status === 'failed' ? t.status(status) : null,
        label,
      );
  // The feed's estimate is the time left as of the latest progress report: take off what has
  // passed since (a report stamped after `now` takes off nothing).
  const reported = time(progress?.createdAt);
  const left = finite(item.eta)
    ? item.eta - Math.max(0, reported === null ? 0 : now - reported)
    : null;
  const kind = data.fileExtension
    ? data.fileExtension.replace(/^\./, '').toUpperCase()
    : data.fileType;
  const rank = finite(item.step)
    ? (status === 'failed' ? t.failedRank : t.rank)(item.step, f)
    : null;
  const created = time(input.createdAt);
  const completed = time(input.completedAt);
  return {
    item,
    t,
    f,
    filename: data.filename,
    link: safeLink(data.ref),
    value: percent ?? 0,
    indeterminate,
    noValue: percent === null && !/^(pending|completed|failed)$/.test(status),
    percent: percent === null ? null : f.percent(percent),
    label,
    valueText,
    eta: status === 'processing' ? timeLeft(left, t, f) : null,
    details: [
      kind,
      finite(data.numBytes) && f.bytes(data.numBytes),
      input.portName && t.port(input.portName),
      rank,
    ].filter((value): value is string => !!value),
    times: [
      created !== null && t.created(f.relative(created, now)),
      completed !== null && t.finished(f.relative(completed, now)),
      created !== null && completed !== null && t.took(f.duration(completed - created)),
    ].filter((value): value is string => !!value),
  };
}
