/**
 * What the list's template functions render from: one immutable view of the element per
 * update, and the actions its controls call. Templates read nothing else.
 */
import type {
  FeedItem,
  FeedSnapshot,
  InputProgressFeed,
  InputStatus,
  Order,
} from '@input-progress/core';
import type { Density } from '../input-progress-row/row-templates.js';
import type { RowTimes } from '../input-progress-row/row-view.js';
import type { Formatters } from '../formatters.js';
import type { JobView } from '../input-progress-job/job-template.js';
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
  /** The snapshot's rows in the order shown (kept while the person is over or in the list). */
  readonly items: readonly FeedItem[];
  /** Each row's times as of `now`, in the order of `items` (the same array while none changed). */
  readonly times: readonly RowTimes[];
  /** The feed shown (the job header follows the same one). */
  readonly feed: InputProgressFeed | null;
  readonly strings: InputProgressStrings;
  readonly formatters: Formatters;
  /** The clock's time for this render: every relative time on screen is counted from it. */
  readonly now: number;
  readonly jobId: string | null;
  /** The `base-url` as written, named when no API answered there. */
  readonly baseUrl: string | null;
  /** The job's own status (`RUNNING`, `COMPLETED`, …) once the header loaded its record. */
  readonly jobStatus: string | null;
  /** What the job header shows; null while there is no feed. */
  readonly job: JobView | null;
  /** The status filter in effect (empty: every status). */
  readonly statuses: readonly InputStatus[];
  readonly order: Order;
  readonly limit: number;
  /** Whole seconds until the next try while backing off. */
  readonly retryInSeconds: number;
  readonly renderItem: RenderItem | null;
  readonly density: Density;
  /** Why the page number field's value was refused, or null. */
  readonly pageError: string | null;
  /** Compact density: the ids of the inputs whose details are open (a new set on each change). */
  readonly expanded: ReadonlySet<string>;
}

/** Where a page button goes. */
export type PageTarget = 'first' | 'previous' | 'next' | 'last';

/** What the list's controls do; every query change goes through the feed. */
export interface ListActions {
  /** Compact density: opens or closes the details of input `id`. */
  toggleRow(id: string): void;
  setStatuses(statuses: readonly InputStatus[]): void;
  toggleOrder(): void;
  /** Goes to the first, previous, next or last page; `event` is the click on the button used. */
  movePage(target: PageTarget, event: Event): void;
  /** Keydown in the page number field: Enter goes to the page typed. */
  jumpKey(event: KeyboardEvent): void;
  changeLimit(event: Event): void;
  refresh(): void;
}
