/**
 * What the list reads off the feed's snapshot: its query properties (`status`, `order`,
 * `limit`, `offset`, `port-name`) as views of the query, and how a `status` attribute names
 * statuses.
 */
import { INPUT_STATUSES, type InputStatus, type Pagination } from '@input-progress/core';

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
