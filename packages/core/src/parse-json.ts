/**
 * The JSON of a response body, or `undefined` when it is not JSON. A number too large for a
 * double (`1e999`) reads as ±Infinity here; the response parsers read it as null, so no
 * non-finite number ever reaches a result, not even inside free-form `metrics`, `payload` or
 * `metadata`. No reviver: one turns V8's fast path off and calls back for every value.
 */
export const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};
