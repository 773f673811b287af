/**
 * What a row shows of one input, worked out once per render from the item, the strings, the
 * formatters and the ticker's `now`; both densities' templates read it and nothing else.
 */
import { timeOf, type FeedItem } from '@input-progress/core';
import type { Formatters } from '../formatters.js';
import { safeLink } from '../safe-link.js';
import type { InputProgressStrings } from '../strings.js';
import { timeLeft } from '../time-left.js';

export const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

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
  const left = timeLeftOf(item, now);
  const kind = data.fileExtension
    ? data.fileExtension.replace(/^\./, '').toUpperCase()
    : data.fileType;
  const rank = finite(item.step)
    ? (status === 'failed' ? t.failedRank : t.rank)(item.step, f)
    : null;
  // Whole seconds, so the times agree with each other: took = finished − created, exactly.
  const created = wholeSecond(timeOf(input.createdAt));
  const completed = wholeSecond(timeOf(input.completedAt));
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
      created !== null && t.created(f.relative(created, wholeSecond(now)!)),
      completed !== null && t.finished(f.relative(completed, wholeSecond(now)!)),
      created !== null && completed !== null && t.took(f.duration(completed - created)),
    ].filter((value): value is string => !!value),
  };
}

/** `ms` down to its whole second (null stays null). */
const wholeSecond = (ms: number | null): number | null =>
  ms === null ? null : Math.floor(ms / 1000) * 1000;

/**
 * The time left of a processing input as of `now`, or null: the feed's estimate is the time
 * left as of the latest progress report, so what passed since is taken off (a report stamped
 * after `now` takes off nothing).
 */
function timeLeftOf(item: FeedItem, now: number): number | null {
  if (!finite(item.eta)) return null;
  const reported = timeOf(item.latestProgress?.createdAt);
  return item.eta - Math.max(0, reported === null ? 0 : now - reported);
}

/**
 * The shortest time `item`'s row shows counted from `now` (how long ago it was created or
 * finished, or its time left), in ms; null when it shows none. The shared ticker redraws as
 * often as the finest time on screen needs.
 */
export function finestShown(item: FeedItem, now: number): number | null {
  const { input } = item;
  const ago = (iso: string | null | undefined) => {
    const at = timeOf(iso);
    return at === null ? null : now - at;
  };
  const left = input.status === 'processing' ? timeLeftOf(item, now) : null;
  return finestOf([
    ago(input.createdAt),
    ago(input.completedAt),
    left !== null && left >= 1000 ? left : null,
  ]);
}

/** The finest of `times` (see {@link finestShown}), null when none is known. */
export const finestOf = (times: ReadonlyArray<number | null>): number | null => {
  const known = times.filter((ms): ms is number => ms !== null).map(Math.abs);
  return known.length ? Math.min(...known) : null;
};
