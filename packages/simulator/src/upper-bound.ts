/** Index of the first element of `sorted` that is > `time`. */
export function upperBound(sorted: Float64Array, time: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
