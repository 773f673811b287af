/**
 * The rows' times as of one render ("created 2 minutes ago", "about 1 min left"), worked out
 * for every row from its kept {@link RowView}, and kept as the same array while no row's text
 * changed: a render that only moved the clock (a poll that changed nothing, a tick between
 * two turns of a minute) then visits no row at all.
 */
import type { FeedItem } from '@input-progress/core';
import type { Formatters } from '../formatters.js';
import { finestOf, rowTimes, rowView, type RowTimes } from '../input-progress-row/row-view.js';
import type { InputProgressStrings } from '../strings.js';

const sameTimes = (a: RowTimes, b: RowTimes | undefined) =>
  !!b &&
  a.eta === b.eta &&
  a.times.length === b.times.length &&
  a.times.every((text, i) => text === b.times[i]);

export class ShownTimes {
  #times: readonly RowTimes[] = [];

  /** The finest time the rows showed at the latest {@link of} (null when none), for the ticker. */
  finest: number | null = null;

  /** Each row's times as of `now`, in the order of `items`: the previous array if all read the same. */
  of(
    items: readonly FeedItem[],
    strings: InputProgressStrings,
    formatters: Formatters,
    now: number,
  ): readonly RowTimes[] {
    const previous = this.#times;
    let changed = items.length !== previous.length;
    const finest: Array<number | null> = [];
    // A row whose texts read the same keeps its times object: its guard lets it be.
    const times = items.map((item, index) => {
      const row = rowTimes(rowView(item, strings, formatters), now);
      finest.push(row.finest);
      if (sameTimes(row, previous[index])) return previous[index]!;
      changed = true;
      return row;
    });
    this.finest = finestOf(finest);
    if (changed) this.#times = times;
    return this.#times;
  }
}
