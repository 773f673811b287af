/**
 * Validates the API's JSON and normalises it to the camelCase types of `types.ts`, driven
 * by small schemas keyed by the API's own snake_case names (the camelCase keys are derived
 * once per schema). Unknown extra fields are dropped, unknown `status`/`kind` strings pass
 * through, free-form `metrics`/`payload`/`metadata` are kept. A wrong value throws a
 * ResponseShapeError naming its JSON path, e.g. `items[3].input.status`.
 *
 * `JSON.parse` reads a number too large for a double (`1e999`) as ±Infinity: a typed field
 * treats it as missing (null), and free-form values are walked so that none reaches a
 * result. A `JSON.parse` reviver could do that too, but it calls back for every value of the
 * body and turns V8's fast path off: several times the cost of parsing.
 */
import { ResponseShapeError } from './errors.js';
import { isFiniteNumber as finite } from './percent.js';
import type {
  InputsProgressCounts,
  InputsProgressPage,
  InputsProgressTraces,
  Job,
} from './types.js';

type Json = Record<string, unknown>;
/** A reader checks one value and returns it normalised, or throws a {@link Mismatch}. */
type Reader = (value: unknown) => unknown;

/**
 * A value that is not what the API documents. Its path is prefixed key by key while it
 * unwinds, so a valid body never builds a path string.
 */
class Mismatch {
  /** `.items[3].input.status` (a leading dot before the first key); `''` for the body itself. */
  path = '';
  constructor(readonly expected: string) {}
}

const fail = (expected: string): never => {
  throw new Mismatch(expected);
};
/** `error` with `key` put in front of its path when it is a mismatch found inside the value at `key`. */
const within = (error: unknown, key: string | number) => {
  if (error instanceof Mismatch) {
    error.path = (typeof key === 'number' ? `[${key}]` : `.${key}`) + error.path;
  }
  return error;
};
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isInfinite = (value: unknown) => value === Infinity || value === -Infinity;
const camel = (key: string) => key.replace(/_(.)/g, (_, c: string) => c.toUpperCase());

/**
 * `out[key] = value` for a key from the response: a key `__proto__` becomes an own property,
 * as `JSON.parse` makes it, instead of setting the object's prototype.
 */
const setKey = (out: Json, key: string, value: unknown) => {
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
function finiteJson(value: unknown, depth = 0): unknown {
  if (isInfinite(value)) return null;
  if (typeof value === 'object' && value !== null) {
    if (depth > MAX_DEPTH) fail(`nested at most ${MAX_DEPTH} levels deep`);
    const json = value as Json;
    for (const key of Object.keys(json)) json[key] = finiteJson(json[key], depth + 1);
  }
  return value;
}

/** Reads an object whose snake_case keys each map to a reader; the result has camelCase keys. */
const object = (schema: Record<string, Reader>): Reader => {
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
const arrayOf =
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
const orNull =
  (read: Reader): Reader =>
  (value) =>
    value == null || isInfinite(value) ? null : read(value);
const string: Reader = (value) => (typeof value === 'string' ? value : fail('a string'));
const optionalString = orNull(string);
const number = orNull((value) => (finite(value) ? value : fail('a number')));
/** Counts, totals and offsets: safe, non-negative integers (a huge or negative one is a bug). */
const count: Reader = (value) =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? value : fail('a non-negative integer');
const freeForm: Reader = (value) => (isObject(value) ? finiteJson(value) : null);
/** The metrics `derivePercent` reads: a value that is not a finite number becomes null. */
const PERCENT_METRICS = new Set(['percentComplete', 'itemsProcessed', 'itemsTotal']);
/** Free-form metrics, keys camelCased. */
const metrics: Reader = (value) => {
  const out: Json = {};
  if (isObject(value)) {
    for (const key of Object.keys(value)) {
      const name = camel(key);
      const item = value[key];
      setKey(out, name, PERCENT_METRICS.has(name) && !finite(item) ? null : finiteJson(item));
    }
  }
  return out;
};

const COUNTS = { pending: count, processing: count, completed: count, failed: count };

const ITEM = object({
  input: object({
    id: string,
    job_id: string,
    port_name: string,
    file_id: optionalString,
    data: object({
      ref: string,
      filename: string,
      file_type: optionalString,
      file_extension: optionalString,
      num_bytes: number,
      metadata: freeForm,
    }),
    status: string,
    error_message: optionalString,
    created_at: string,
    completed_at: optionalString,
  }),
  latest_progress: orNull(
    object({
      id: (value) => (typeof value === 'string' ? value : count(value)),
      kind: string,
      step: number,
      metrics,
      payload: (value) => freeForm(value) ?? {},
      input_id: string,
      index: number,
      message: optionalString,
      created_at: string,
    }),
  ),
  step: number,
});

const PAGE = object({
  job_id: optionalString,
  total: count,
  offset: count,
  limit: count,
  items: arrayOf(ITEM),
});
const COUNTS_BODY = object({ job_id: optionalString, ...COUNTS });
const JOB = object({
  id: string,
  name: optionalString,
  status: string,
  input_progress: orNull(object(COUNTS)),
  created_at: optionalString,
  started_at: optionalString,
  completed_at: optionalString,
  failed_at: optionalString,
  cancelled_at: optionalString,
  error: (value) => finiteJson(value) ?? null,
});

const TALLY = object({ success: count, failed: count });
/** Per-kind item tallies: the keys are progress kinds as sent (not camelCased), each value two counts. */
const kindTallies: Reader = (value) => {
  const json = isObject(value) ? value : fail('an object');
  const out: Json = {};
  let kind = '';
  try {
    for (kind of Object.keys(json)) setKey(out, kind, TALLY(json[kind]));
  } catch (error) {
    throw within(error, kind);
  }
  return out;
};
const TRACES = object({
  job_id: optionalString,
  bucket_seconds: (value) => (finite(value) && value > 0 ? value : fail('a positive number')),
  latest_event_at: optionalString,
  points: arrayOf(
    object({
      t: string,
      step: count,
      files: object({ completed: count, failed: count }),
      items: kindTallies,
    }),
  ),
});

/**
 * Reads `body` with `reader`; a missing `job_id` falls back to the requested id. A mismatch
 * becomes the public ResponseShapeError, its path built now.
 */
const readBody = (reader: Reader, body: unknown, jobId?: string) => {
  try {
    const out = reader(body) as Json;
    if (jobId !== undefined) out.jobId ??= jobId;
    return out;
  } catch (error) {
    if (!(error instanceof Mismatch)) throw error;
    throw new ResponseShapeError(error.path.replace(/^\./, ''), error.expected);
  }
};

/** `GET /batch/jobs/{id}/inputs/progress`. */
export const parseInputsProgressPage = (body: unknown, jobId: string) =>
  readBody(PAGE, body, jobId) as unknown as InputsProgressPage;

/** `GET /batch/jobs/{id}/inputs/progress/counts`. */
export const parseInputsProgressCounts = (body: unknown, jobId: string) =>
  readBody(COUNTS_BODY, body, jobId) as unknown as InputsProgressCounts;

/** `GET /batch/jobs/{id}`: the fields this product uses. */
export const parseJob = (body: unknown) => readBody(JOB, body) as unknown as Job;

/** `GET /batch/jobs/{id}/inputs/progress/traces`. */
export const parseInputsProgressTraces = (body: unknown, jobId: string) =>
  readBody(TRACES, body, jobId) as unknown as InputsProgressTraces;
