/**
 * Validates the API's JSON and normalises it to the camelCase types of `types.ts`, driven
 * by small schemas keyed by the API's own snake_case names (the camelCase keys are derived).
 * Unknown extra fields are dropped, unknown `status`/`kind` strings pass through, free-form
 * `metrics`/`payload`/`metadata` are kept. A wrong value throws a ResponseShapeError naming
 * its JSON path, e.g. `items[3].input.status`.
 */
import { ResponseShapeError } from './errors.js';
import type {
  InputsProgressCounts,
  InputsProgressPage,
  InputsProgressTraces,
  Job,
} from './types.js';

type Json = Record<string, unknown>;
/** A reader checks one value at `path` and returns it normalised. */
type Reader = (value: unknown, path: string) => unknown;

const fail = (path: string, expected: string): never => {
  throw new ResponseShapeError(path, expected);
};
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const camel = (key: string) => key.replace(/_(.)/g, (_, c: string) => c.toUpperCase());
import { isFiniteNumber as finite } from './percent.js';

/** Reads an object whose snake_case keys each map to a reader; the result has camelCase keys. */
const object =
  (schema: Record<string, Reader>): Reader =>
  (value, path) => {
    const json = isObject(value) ? value : fail(path, 'an object');
    const out: Json = {};
    for (const key in schema)
      out[camel(key)] = schema[key]!(json[key], path ? `${path}.${key}` : key);
    return out;
  };
const orNull =
  (reader: Reader): Reader =>
  (value, path) =>
    value == null ? null : reader(value, path);
const string: Reader = (value, path) =>
  typeof value === 'string' ? value : fail(path, 'a string');
const optionalString = orNull(string);
const number = orNull((value, path) => (finite(value) ? value : fail(path, 'a number')));
/** Counts, totals and offsets: safe, non-negative integers (a huge or negative one is a bug). */
const count: Reader = (value, path) =>
  Number.isSafeInteger(value) && (value as number) >= 0
    ? value
    : fail(path, 'a non-negative integer');
const freeForm: Reader = (value) => (isObject(value) ? value : null);
/** Free-form metrics, keys camelCased; a known key that is not a finite number becomes null. */
const metrics: Reader = (value) => {
  const out: Json = {};
  for (const [key, item] of Object.entries(isObject(value) ? value : {})) {
    const name = camel(key);
    out[name] =
      /^(percentComplete|itemsProcessed|itemsTotal)$/.test(name) && !finite(item) ? null : item;
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
      id: (value, path) => (typeof value === 'string' ? value : count(value, path)),
      kind: string,
      step: number,
      metrics,
      payload: (value) => freeForm(value, '') ?? {},
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
  items: (value, path) =>
    (Array.isArray(value) ? value : fail(path, 'an array')).map((item, i) =>
      ITEM(item, `${path}[${i}]`),
    ),
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
  error: (value) => value ?? null,
});

/** Per-kind item tallies: the keys are progress kinds as sent (not camelCased), each value two counts. */
const kindTallies: Reader = (value, path) => {
  const out: Json = {};
  for (const [kind, tally] of Object.entries(isObject(value) ? value : fail(path, 'an object'))) {
    out[kind] = object({ success: count, failed: count })(tally, `${path}.${kind}`);
  }
  return out;
};
const TRACES = object({
  job_id: optionalString,
  bucket_seconds: (value, path) =>
    finite(value) && value > 0 ? value : fail(path, 'a positive number'),
  latest_event_at: optionalString,
  points: (value, path) =>
    (Array.isArray(value) ? value : fail(path, 'an array')).map((point, i) =>
      object({
        t: string,
        step: count,
        files: object({ completed: count, failed: count }),
        items: kindTallies,
      })(point, `${path}[${i}]`),
    ),
});

/** Reads `body` with `reader`; a missing `job_id` falls back to the requested id. */
const withJobId = (reader: Reader, body: unknown, jobId: string) => {
  const out = reader(body, '') as Json;
  out.jobId ??= jobId;
  return out;
};

/** `GET /batch/jobs/{id}/inputs/progress`. */
export const parseInputsProgressPage = (body: unknown, jobId: string) =>
  withJobId(PAGE, body, jobId) as unknown as InputsProgressPage;

/** `GET /batch/jobs/{id}/inputs/progress/counts`. */
export const parseInputsProgressCounts = (body: unknown, jobId: string) =>
  withJobId(COUNTS_BODY, body, jobId) as unknown as InputsProgressCounts;

/** `GET /batch/jobs/{id}`: the fields this product uses. */
export const parseJob = (body: unknown) => JOB(body, '') as Job;

/** `GET /batch/jobs/{id}/inputs/progress/traces`. */
export const parseInputsProgressTraces = (body: unknown, jobId: string) =>
  withJobId(TRACES, body, jobId) as unknown as InputsProgressTraces;
