/**
 * Structural sharing (after TanStack Query's replaceEqualDeep): keeps the old objects where
 * the new data is deeply equal, so identity comparisons tell a renderer what really changed.
 */

const isPlain = (value: unknown): value is Record<string, unknown> =>
  Object.prototype.toString.call(value) === '[object Object]' || Array.isArray(value);

/** `next`, reusing `previous` and any of its parts that are deeply equal to their counterpart. */
export function replaceEqualDeep<T>(previous: unknown, next: T): T {
  if (previous === next || !isPlain(previous) || !isPlain(next) || Array.isArray(previous) !== Array.isArray(next)) {
    return next;
  }
  const keys = Object.keys(next);
  const out = (Array.isArray(next) ? [] : {}) as Record<string, unknown>;
  let equal = keys.length === Object.keys(previous).length;
  for (const key of keys) {
    const value = replaceEqualDeep(previous[key], next[key]);
    out[key] = value;
    equal &&= value === previous[key] && key in previous;
  }
  return (equal ? previous : out) as T;
}

/**
 * `next` rows, each replaced by its previous row of the same key when deeply equal; the
 * previous array itself when no row changed. Keys (not positions) pair rows, because a row
 * can move when its status bucket or activity time changes.
 */
export function shareRows<T>(previous: readonly T[], next: readonly T[], key: (row: T) => string): readonly T[] {
  const byKey = new Map(previous.map((row) => [key(row), row]));
  const rows = next.map((row) => replaceEqualDeep(byKey.get(key(row)), row));
  return rows.length === previous.length && rows.every((row, i) => row === previous[i]) ? previous : rows;
}
