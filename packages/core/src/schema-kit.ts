/**
 * A small schema kit for reading untrusted JSON: readers that check one value each and return
 * it normalised, composed into object, array and record readers. Object schemas are keyed by
 * the API's own snake_case names; the camelCase keys are derived once per schema. A wrong
 * value throws a {@link Mismatch} whose path is built only while it unwinds, so a valid body
 * never builds a path string; {@link readBody} turns it into the public ResponseShapeError.
 *
 * `JSON.parse` reads a number too large for a double (`1e999`) as ±Infinity: a typed field
 * treats it as missing (null), and free-form values are walked ({@link finiteJson}) so that
 * none reaches a result. A `JSON.parse` reviver could do that too, but it calls back for
 * every value of the body and turns V8's fast path off: several times the cost of parsing.
 */
import { ResponseShapeError } from './errors.js';
import { isFiniteNumber as finite } from './percent.js';

export type Json = Record<string, unknown>;
/** A reader checks one value and returns it normalised, or throws a {@link Mismatch}. */
export type Reader = (value: unknown) => unknown;

/**
 * A value that is not what the API documents. Its path is prefixed key by key while it
 * unwinds, so a valid body never builds a path string.
 */
class Mismatch {
  /** `.items[3].input.status` (a leading dot before the first key); `''` for the body itself. */
  path = '';
  constructor(readonly expected: string) {}
}

export const fail = (expected: string): never => {
  throw new Mismatch(expected);
};
/** `error` with `key` put in front of its path when it is a mismatch found inside the value at `key`. */
const within = (error: unknown, key: string | number) => {
  if (error instanceof Mismatch) {
    error.path = (typeof key === 'number' ? `[${key}]` : `.${key}`) + error.path;
  }
  return error;
};
export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isInfinite = (value: unknown) => value === Infinity || value === -Infinity;
export const camel = (key: string) =>
  key.replace(/_(.)/g, (_, letter: string) => letter.toUpperCase());

/**
 * `out[key] = value` for a key from the response: a key `__proto__` becomes an own property,
 * as `JSON.parse` makes it, instead of setting the object's prototype.
 */
export const setKey = (out: Json, key: string, value: unknown) => {
  if (key === '__proto__')
    Object.defineProperty(out, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else out[key] = value;
};

/** Free-form values deeper than this are refused (walking them must not exhaust the stack). */
const MAX_DEPTH = 1000;

/**
 * `value` with every ±Infinity inside it replaced by null, in place: the body is the
 * client's own `JSON.parse` result, which nothing else holds.
 */
export function finiteJson(value: unknown, depth = 0): unknown {
  if (isInfinite(value)) return null;
  if (typeof value === 'object' && value !== null) {
    if (depth > MAX_DEPTH) fail(`nested at most ${MAX_DEPTH} levels deep`);
    const json = value as Json;
    for (const key of Object.keys(json)) json[key] = finiteJson(json[key], depth + 1);
  }
  return value;
}

/** Reads an object whose snake_case keys each map to a reader; the result has camelCase keys. */
export const object = (schema: Record<string, Reader>): Reader => {
  const fields = Object.entries(schema).map(([key, read]) => ({ key, name: camel(key), read }));
  return (value) => {
    const json = isObject(value) ? value : fail('an object');
    const out: Json = {};
    let index = 0;
    try {
      for (; index < fields.length; index++) {
        const field = fields[index]!;
        out[field.name] = field.read(json[field.key]);
      }
    } catch (error) {
      throw within(error, fields[index]!.key);
    }
    return out;
  };
};
/** Reads an array whose items each `read` reads. */
export const arrayOf =
  (read: Reader): Reader =>
  (value) => {
    const list = Array.isArray(value) ? value : fail('an array');
    const out: unknown[] = [];
    let index = 0;
    try {
      for (; index < list.length; index++) out.push(read(list[index]));
    } catch (error) {
      throw within(error, index);
    }
    return out;
  };
export const orNull =
  (read: Reader): Reader =>
  (value) =>
    value == null || isInfinite(value) ? null : read(value);
export const string: Reader = (value) => (typeof value === 'string' ? value : fail('a string'));
export const optionalString = orNull(string);
export const number = orNull((value) => (finite(value) ? value : fail('a number')));
/** Counts, totals and offsets: safe, non-negative integers (a huge or negative one is a bug). */
export const count: Reader = (value) =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? value : fail('a non-negative integer');
export const freeForm: Reader = (value) => (isObject(value) ? finiteJson(value) : null);
/** Reads an object whose keys are kept as sent (not camelCased) and whose values `read` reads. */
export const recordOf =
  (read: Reader): Reader =>
  (value) => {
    const json = isObject(value) ? value : fail('an object');
    const out: Json = {};
    let key = '';
    try {
      for (key of Object.keys(json)) setKey(out, key, read(json[key]));
    } catch (error) {
      throw within(error, key);
    }
    return out;
  };

/**
 * Reads `body` with `reader`; a missing `job_id` falls back to the requested id. A mismatch
 * becomes the public ResponseShapeError, its path built now.
 */
export const readBody = (reader: Reader, body: unknown, jobId?: string) => {
  try {
    const out = reader(body) as Json;
    if (jobId !== undefined) out.jobId ??= jobId;
    return out;
  } catch (error) {
    if (!(error instanceof Mismatch)) throw error;
    throw new ResponseShapeError(error.path.replace(/^\./, ''), error.expected);
  }
};
