/**
 * The label of `key` in `labels`, or `key` itself when `labels` has no entry of its own for
 * it. Keys come from the API (an input's or a job's status, an open set), so a status named
 * `constructor`, `toString` or `__proto__` must find nothing rather than `Object.prototype`'s
 * members, and be shown as-is like any other unknown status.
 */
export const labelOf = (labels: Readonly<Record<string, string>>, key: string): string =>
  Object.hasOwn(labels, key) ? labels[key]! : key;
