/**
 * Pagination as a plain immutable value with pure helpers. Every helper returns the same
 * object when nothing changes, so identity comparisons tell a UI whether to reload.
 */
import { INPUT_STATUSES, type KnownInputStatus, type Order } from './types.js';

/** Which page of which filtered, ordered list of inputs. */
export interface Pagination {
  /** Items to skip, an integer ≥ 0; the page is `offset / limit + 1`. */
  readonly offset: number;
  /** Page size, 1–{@link MAX_LIMIT}. */
  readonly limit: number;
  /** Only these statuses, in this bucket order; empty = all. */
  readonly statuses: readonly KnownInputStatus[];
  /** Only inputs of this port; `null` = every tracked port. */
  readonly portName: string | null;
  /** Direction inside each status bucket: `asc` oldest activity first, `desc` newest first. */
  readonly order: Order;
}

/** What {@link createPagination} accepts: the same fields, loosely typed. */
export interface PaginationInit {
  /** Items to skip; anything but an integer ≥ 0 reads as 0. */
  readonly offset: number;
  /** Page size; anything but an integer ≥ 1 reads as {@link DEFAULT_LIMIT}, above {@link MAX_LIMIT} as the maximum. */
  readonly limit: number;
  /** Only these statuses, in this bucket order; unknown ones and repeats are dropped. */
  readonly statuses: readonly string[];
  /** Only inputs of this port; `null` or `''` = every tracked port. */
  readonly portName: string | null;
  /** `desc` for newest activity first; anything else reads as `asc`. */
  readonly order: Order | (string & {});
}

/** The page size used when none (or an invalid one) is given. */
export const DEFAULT_LIMIT = 20;
/** The largest page size this package asks for. */
export const MAX_LIMIT = 1000;

const isInt = (value: unknown, min: number): value is number =>
  Number.isSafeInteger(value) && (value as number) >= min;

/**
 * A valid pagination from loose input: invalid fields fall back to defaults (offset 0, limit
 * {@link DEFAULT_LIMIT}, all statuses, every port, `asc`), never throw. Unknown statuses are
 * dropped, duplicates removed, a limit above {@link MAX_LIMIT} lowered to it.
 */
export function createPagination(init: Partial<PaginationInit> = {}): Pagination {
  const statuses = [init.statuses ?? []].flat();
  return {
    offset: isInt(init.offset, 0) ? init.offset : 0,
    limit: isInt(init.limit, 1) ? Math.min(init.limit, MAX_LIMIT) : DEFAULT_LIMIT,
    // First occurrences only, in their order (it sets the bucket order); unknown ones dropped.
    statuses: [...new Set(statuses)].filter((s): s is KnownInputStatus =>
      INPUT_STATUSES.includes(s as KnownInputStatus),
    ),
    portName: (typeof init.portName === 'string' && init.portName) || null,
    order: init.order === 'desc' ? 'desc' : 'asc',
  };
}

/** The parts of a pagination that define the list (all but the offset). */
const listKey = (p: Pagination) => `${p.portName} ${p.order} ${p.limit} ${p.statuses}`;

/**
 * `pagination` with `patch` applied. A change of filter, order or page size goes back to the
 * first page (unless the patch sets `offset` too). Returns `pagination` itself when nothing changed.
 */
export function updatePagination(
  pagination: Pagination,
  patch: Partial<PaginationInit>,
): Pagination {
  const next = createPagination({ ...pagination, ...patch });
  const same = listKey(pagination) === listKey(next);
  if (!same && !('offset' in patch)) return { ...next, offset: 0 };
  return same && next.offset === pagination.offset ? pagination : next;
}

/** The 1-based page number. */
export const pageOf = (pagination: Pagination): number =>
  Math.floor(pagination.offset / pagination.limit) + 1;

/** How many pages `total` items fill; at least 1, so an empty list still has its page 1. */
export const pageCountOf = (pagination: Pagination, total: number): number =>
  Math.max(1, Math.ceil(total / pagination.limit));

/**
 * Page `page` (1-based). Out-of-range or invalid numbers are clamped to 1…page count when
 * `total` is known, else to ≥ 1.
 */
export const goToPage = (pagination: Pagination, page: number, total?: number | null): Pagination =>
  updatePagination(pagination, {
    offset:
      (Math.min(
        total == null ? Infinity : pageCountOf(pagination, total),
        Math.max(1, Math.floor(page) || 1),
      ) -
        1) *
      pagination.limit,
  });

/** The next page (stays on the last one when `total` is known). */
export const nextPage = (pagination: Pagination, total?: number | null): Pagination =>
  goToPage(pagination, pageOf(pagination) + 1, total);

/** The previous page (stays on page 1). */
export const previousPage = (pagination: Pagination): Pagination =>
  goToPage(pagination, pageOf(pagination) - 1);

/** The last page that still has items when `total` shrank below the offset; else itself. */
export const clampToTotal = (pagination: Pagination, total: number): Pagination =>
  pageOf(pagination) > pageCountOf(pagination, total)
    ? goToPage(pagination, Infinity, total)
    : pagination;

/**
 * Deep-link parameters: `page`, `limit`, repeated `status`, `port_name`, `order`, each
 * omitted when it has its default. `prefix` namespaces them when a page shows several lists.
 */
export function toSearchParams(pagination: Pagination, prefix = ''): URLSearchParams {
  const search = new URLSearchParams();
  const add = (key: string, value: unknown, wanted: unknown = true) => {
    if (wanted) search.append(prefix + key, String(value));
  };
  const page = pageOf(pagination);
  add('page', page, page > 1);
  add('limit', pagination.limit, pagination.limit !== DEFAULT_LIMIT);
  for (const status of pagination.statuses) add('status', status);
  add('port_name', pagination.portName, pagination.portName);
  add('order', pagination.order, pagination.order !== 'asc');
  return search;
}

/** The pagination a deep link describes; invalid or missing values fall back to defaults. */
export function fromSearchParams(search: URLSearchParams | string, prefix = ''): Pagination {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(prefix + key)!;
  const number = (key: string) => (/^\d+$/.test(get(key)) ? Number(get(key)) : NaN);
  const pagination = createPagination({
    limit: number('limit'),
    statuses: params.getAll(prefix + 'status'),
    portName: get('port_name'),
    order: get('order'),
  });
  return goToPage(pagination, number('page'));
}
