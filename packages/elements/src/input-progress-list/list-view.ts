/**
 * What the list's template functions render from: one immutable view of the element per
 * update, and the actions its controls call. Templates read nothing else.
 */
import type { FeedItem, FeedSnapshot, InputStatus, Order } from '@input-progress/core';
import type { Formatters } from '../formatters.js';
import type { InputProgressStrings } from '../strings.js';

/** What `renderItem` receives besides the item. */
export interface RenderItemContext {
  /** The list's strings, defaults merged with overrides. */
  readonly strings: InputProgressStrings;
  /** Position on the current page, 0-based. */
  readonly index: number;
}

/** Renders one input; return a Lit template (or anything Lit can render). */
export type RenderItem = (item: FeedItem, context: RenderItemContext) => unknown;

/** The element as the templates see it during one render. */
export interface ListView {
  /** The feed's snapshot; null while there is no feed. */
  readonly snapshot: FeedSnapshot | null;
  readonly t: InputProgressStrings;
  readonly f: Formatters;
  /** The clock's time for this render: every relative time on screen is counted from it. */
  readonly now: number;
  readonly jobId: string | null;
  /** The status filter in effect (empty: every status). */
  readonly statuses: readonly InputStatus[];
  readonly order: Order;
  readonly limit: number;
  /** Whole seconds until the next try while backing off. */
  readonly retryInSeconds: number;
  readonly renderItem: RenderItem | null;
}

/** What the list's controls do; every query change goes through the feed. */
export interface ListActions {
  setStatuses(statuses: readonly InputStatus[]): void;
  toggleOrder(): void;
  /** Moves one page forward (1) or back (-1); `event` is the click on the button used. */
  movePage(step: 1 | -1, event: Event): void;
  changeLimit(event: Event): void;
  refresh(): void;
}
