/**
 * The one reading of the API's timestamps: epoch ms, or null when there is none or it is not a
 * date (so an unknown time is left out, never shown as "NaN" or compared by accident).
 */
export function parseTime(iso: string | null | undefined): number | null {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? null : ms;
}
