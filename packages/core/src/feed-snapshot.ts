/**
 * The pure parts of a feed's snapshot: the first one, and the fields that follow from a new
 * query or a successful load.
 */
import type { FeedSnapshot } from './feed-types.js';
import { pageOf, type Pagination } from './pagination.js';
import type { LoadSuccess } from './shared-load.js';
import { sameOr } from './structural-share.js';

/** The snapshot of a feed that has loaded nothing yet. */
export const initialSnapshot = (query: Pagination): FeedSnapshot => ({
  status: 'idle',
  items: [],
  total: null,
  page: pageOf(query),
  pageCount: 0,
  query,
  counts: null,
  countsError: null,
  error: null,
  isFetching: false,
  isPlaceholder: false,
  lastUpdatedAt: null,
  live: 'stopped',
  nextPollAt: null,
  failureCount: 0,
  ignoredItems: 0,
});

/** What a query filters by: rows and totals of another filter never stand for this one. */
const filterKey = (query: Pagination) => `${query.portName} ${query.statuses}`;

/**
 * The snapshot fields that change with the query: placeholder state and what stays valid.
 * `dataQuery` is the query the shown items belong to (`null` before the first success).
 */
export function queryPatch(
  snapshot: FeedSnapshot,
  dataQuery: Pagination | null,
  query: Pagination,
): Partial<FeedSnapshot> {
  const placeholder = !!dataQuery && dataQuery !== query;
  const otherFilter = placeholder && filterKey(dataQuery) !== filterKey(query);
  const otherPort = placeholder && dataQuery.portName !== query.portName;
  return {
    query,
    isPlaceholder: placeholder,
    // A placeholder's totals describe another filter; never show them as this one's.
    total: otherFilter ? null : snapshot.total,
    counts: otherPort ? null : snapshot.counts,
  };
}

/** The snapshot fields a successful load of the snapshot's own query sets. */
export function successPatch(snapshot: FeedSnapshot, outcome: LoadSuccess): Partial<FeedSnapshot> {
  const { countsError } = outcome;
  return {
    status: 'success',
    items: outcome.rows,
    total: outcome.total,
    // The counts of the previous load still describe this port (queryPatch drops others).
    counts: countsError ? snapshot.counts : sameOr(snapshot.counts, outcome.counts),
    countsError,
    error: null,
    isPlaceholder: false,
    failureCount: 0,
    lastUpdatedAt: outcome.at,
    ignoredItems: outcome.ignoredItems,
  };
}
