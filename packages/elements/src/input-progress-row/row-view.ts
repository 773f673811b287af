/**
 * What a row shows of one input, in two parts: {@link rowView}, everything that depends only
 * on the item, the strings and the formatters (worked out once per item and kept), and
 * {@link rowTimes}, the texts counted from the ticker's `now` (ages and time left). A render
 * that only moved the clock recomputes the second part alone, and a row whose texts did not
 * change is not visited at all.
 */
import { timeOf, type FeedItem } from '@input-progress/core';
import type { Formatters } from '../formatters.js';
import { safeLink } from '../safe-link.js';
import type { InputProgressStrings } from '../strings.js';
import { timeLeft } from '../time-left.js';
import { wholeSecond } from '../whole-second.js';

export const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** One input as a row shows it, apart from its times (see {@link RowTimes}). */
export interface RowView {
  readonly item: FeedItem;
  readonly strings: InputProgressStrings;
  readonly formatters: Formatters;
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
  /** File kind, size, port and rank, each already worded (empty ones left out). */
  readonly details: readonly string[];
  /** When the input was created and finished, in whole seconds (null when unknown). */
  readonly createdAt: number | null;
  readonly completedAt: number | null;
  /** When the latest progress report was written (ms), or null. */
  readonly reportedAt: number | null;
}

/** What a row shows counted from `now`. */
export interface RowTimes {
  /** "about 2 min left", or null. */
  readonly eta: string | null;
  /** Created, finished and duration, each already worded. */
  readonly times: readonly string[];
  /**
   * The shortest of those times (an age, or a time left) in ms, null when the row shows
   * none: the shared ticker redraws as often as the finest time on screen needs.
   */
  readonly finest: number | null;
}

/** Views already worked out, by item (an unchanged input keeps its item across polls). */
const views = new WeakMap<FeedItem, RowView>();

/**
 * Everything a row shows of `item` apart from its times, in `strings` and `formatters` (see
 * `resolveStrings` and `formattersFor`); worked out once and kept while the item (an unchanged
 * input keeps its item across polls), the strings and the formatters stay the same.
 */
export function rowView(
  item: FeedItem,
  strings: InputProgressStrings,
  formatters: Formatters,
): RowView {
  const known = views.get(item);
  if (known && known.strings === strings && known.formatters === formatters) return known;
  const view = workOut(item, strings, formatters);
  views.set(item, view);
  return view;
}

function workOut(item: FeedItem, strings: InputProgressStrings, formatters: Formatters): RowView {
  const { input, latestProgress: progress } = item;
  const { status, data } = input;
  const metrics = progress?.metrics;
  const percent = finite(item.percent) ? Math.round(item.percent) : null;
  const items =
    finite(metrics?.itemsProcessed) && finite(metrics?.itemsTotal)
      ? strings.itemsOf(metrics.itemsProcessed, metrics.itemsTotal, formatters)
      : null;
  const indeterminate = percent === null && status === 'processing';
  const label = percent === null ? null : strings.valueText(items, percent, formatters);
  // Pending and failed bars say so before their numbers; others say their numbers.
  const valueText = indeterminate
    ? strings.working
    : strings.barValue(
        !label || status === 'pending' || status === 'failed' ? strings.status(status) : null,
        label,
      );
  const kind = data.fileExtension
    ? data.fileExtension.replace(/^\./, '').toUpperCase()
    : data.fileType;
  const rank = finite(item.step)
    ? (status === 'failed' ? strings.failedRank : strings.rank)(item.step, formatters)
    : null;
  return {
    item,
    strings,
    formatters,
    filename: data.filename,
    link: safeLink(data.ref),
    value: percent ?? 0,
    indeterminate,
    noValue: percent === null && !/^(pending|completed|failed)$/.test(status),
    percent: percent === null ? null : formatters.percent(percent),
    label,
    valueText,
    details: [
      kind,
      finite(data.numBytes) && formatters.bytes(data.numBytes),
      input.portName && strings.port(input.portName),
      rank,
    ].filter((value): value is string => !!value),
    // Whole seconds, so the times agree with each other: took = finished − created, exactly.
    createdAt: wholeSecond(timeOf(input.createdAt)),
    completedAt: wholeSecond(timeOf(input.completedAt)),
    reportedAt: timeOf(progress?.createdAt),
  };
}

/**
 * The texts of `view`'s row counted from `now` (ms since the epoch, on the element's clock):
 * ages, duration and time left, and the finest of those times.
 */
export function rowTimes(view: RowView, now: number): RowTimes {
  const { strings, formatters, createdAt, completedAt } = view;
  const status = view.item.input.status;
  const second = wholeSecond(now);
  const left = status === 'processing' ? timeLeftOf(view, now) : null;
  const times: string[] = [];
  if (createdAt !== null) times.push(strings.created(formatters.relative(createdAt, second)));
  if (completedAt !== null) times.push(strings.finished(formatters.relative(completedAt, second)));
  if (createdAt !== null && completedAt !== null)
    times.push(strings.took(formatters.duration(completedAt - createdAt)));
  return {
    eta: timeLeft(left, strings, formatters),
    times,
    finest: finestOf([
      createdAt === null ? null : now - createdAt,
      completedAt === null ? null : now - completedAt,
      left !== null && left >= 1000 ? left : null,
    ]),
  };
}

/**
 * The time left of a processing input as of `now`, or null: the feed's estimate is the time
 * left as of the latest progress report, so what passed since is taken off (a report stamped
 * after `now` takes off nothing).
 */
function timeLeftOf({ item, reportedAt }: RowView, now: number): number | null {
  if (!finite(item.eta)) return null;
  return item.eta - Math.max(0, reportedAt === null ? 0 : now - reportedAt);
}

/** The finest of `times` (see {@link RowTimes.finest}), null when none is known. */
export const finestOf = (times: ReadonlyArray<number | null>): number | null => {
  let finest: number | null = null;
  for (const time of times)
    if (time !== null && (finest === null || Math.abs(time) < finest)) finest = Math.abs(time);
  return finest;
};
