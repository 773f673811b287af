/**
 * What the list reads off the feed's snapshot: its query properties (`status`, `order`,
 * `limit`, `offset`, `port-name`) as views of the query, how a `status` attribute names
 * statuses, and the finest relative time the list shows.
 */
import {
  INPUT_STATUSES,
  type FeedSnapshot,
  type InputStatus,
  type Pagination,
} from '@input-progress/core';
import { finestOf, finestShown } from '../input-progress-row/row-view.js';

/** Each query property with how it reads the feed's query (see `FeedBinding`). */
export const QUERY_PROPERTIES = {
  status: (query: Pagination) => query.statuses.join(' '),
  order: (query: Pagination) => query.order,
  limit: (query: Pagination) => query.limit,
  offset: (query: Pagination) => query.offset,
  portName: (query: Pagination) => query.portName,
};

/** The statuses named in a `status` attribute, in the API's bucket order. */
export const statusesOf = (value: string | null | undefined): InputStatus[] => {
  const named = (value ?? '').split(/\s+/);
  return INPUT_STATUSES.filter((status) => named.includes(status));
};

/** The finest relative time the list shows (its rows, the stale banner's age), for the ticker. */
export function finestOnList(snapshot: FeedSnapshot | null, now: number): number | null {
  if (!snapshot) return null;
  const staleFor = snapshot.error && snapshot.lastUpdatedAt ? now - snapshot.lastUpdatedAt : null;
  return finestOf([staleFor, ...snapshot.items.map((item) => finestShown(item, now))]);
}
