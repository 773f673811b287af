/**
 * The time an API timestamp (ISO 8601, e.g. `createdAt`) names, in ms since the epoch; `null`
 * when it is missing or unreadable, never NaN. The one reading of the API's times: elapsed
 * times, ETAs and durations all start from it.
 */
export const timeOf = (iso: string | null | undefined): number | null => {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? null : ms;
};
