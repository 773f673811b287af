/**
 * Structural sharing for rows: a row whose data did not change keeps its previous object,
 * and the list keeps its previous array when no row changed, so identity comparisons tell a
 * keyed renderer (Lit's `repeat`, React keys, `useSyncExternalStore`) exactly what changed.
 */

/** The prototypes of JSON data: what `JSON.parse`, `{}`, `[]` and `Object.create(null)` make. */
const DATA_PROTOTYPES: readonly unknown[] = [Object.prototype, Array.prototype, null];

/**
 * Whether `a` and `b` hold the same JSON data: the same primitive, or arrays / plain objects
 * with the same keys (object keys in any order) and equal values. Stops at the first
 * difference. Anything else (a `Date`, a class instance, a function) is equal only to itself,
 * and so is NaN: telling "changed" when unsure only costs a re-render.
 */
export function equalData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const prototype: unknown = Object.getPrototypeOf(a);
  if (prototype !== Object.getPrototypeOf(b) || !DATA_PROTOTYPES.includes(prototype)) return false;
  // `for…in` (array indices included) rather than `Object.keys`: no array to allocate for
  // every object of every row.
  // Inherited keys (a polyfill's enumerable addition to Object.prototype) are not data.
  let keyCountDifference = 0;
  for (const key in a) {
    if (!Object.hasOwn(a, key)) continue;
    if (!Object.hasOwn(b, key)) return false;
    if (!equalData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) {
      return false;
    }
    keyCountDifference++;
  }
  for (const key in b) if (Object.hasOwn(b, key)) keyCountDifference--;
  return keyCountDifference === 0;
}

/** `next` when its data differs from `previous`, else `previous` itself. */
export const sameOr = <T>(previous: T, next: T): T => (equalData(previous, next) ? previous : next);

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
