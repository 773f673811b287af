/**
 * Structural sharing for rows: a row whose data did not change keeps its previous object,
 * and the list keeps its previous array when no row changed, so identity comparisons tell a
 * keyed renderer (Lit's `repeat`, React keys, `useSyncExternalStore`) exactly what changed.
 */

/** `next` when its JSON differs from `previous`, else `previous` itself. */
export const sameOr = <T>(previous: T, next: T): T =>
  JSON.stringify(previous) === JSON.stringify(next) ? previous : next;

/**
 * `next` rows, each replaced by the previous row of the same key when its data is equal;
 * the previous array itself when no row changed. Keys (not positions) pair rows, because a
 * row moves when its status bucket or activity time changes.
 */
export function shareRows<T>(
  previous: readonly T[],
  next: readonly T[],
  key: (row: T) => string,
): readonly T[] {
  const byKey = new Map(previous.map((row) => [key(row), row]));
  const rows = next.map((row) => sameOr(byKey.get(key(row)) as T, row));
  return rows.length === previous.length && rows.every((row, i) => row === previous[i])
    ? previous
    : rows;
}
