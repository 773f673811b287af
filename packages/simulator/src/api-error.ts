/** One entry of the API's `errors[]` envelope, before it gets its `error_uid`. */
export interface ApiErrorEntry {
  readonly code: string;
  readonly message: string;
  readonly suggestion?: string;
}

/** Cuts untrusted text that is echoed back in an error message down to a safe length. */
export function excerpt(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
