/**
 * `Retry-After` values and the wait each asks for, in ms from {@link RETRY_AFTER_NOW}: the one
 * table both the client's and the forwarder's tests run, so the two can never read a header
 * differently.
 */
export const RETRY_AFTER_NOW = Date.parse('2026-04-14T10:00:00Z');

/** `[header value, wait in ms or null for "no wait asked"]`. */
export const RETRY_AFTER_CASES: ReadonlyArray<readonly [string | null, number | null]> = [
  ['2', 2000],
  [' 5 ', 5000],
  ['0', 0],
  ['120', 120_000],
  ['Tue, 14 Apr 2026 10:00:30 GMT', 30_000],
  ['Tuesday, 14-Apr-26 10:00:30 GMT', 30_000],
  ['Tue, 14 Apr 2026 09:00:00 GMT', 0],
  ['0x10', null],
  ['-3', null],
  ['1.5', null],
  ['+7', null],
  ['1e3', null],
  ['2026', 2_026_000],
  ['soon', null],
  ['Tue, 14 Apr 2026 10:00:30', null],
  ['', null],
  [null, null],
];
