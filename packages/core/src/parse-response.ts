/**
 * Validates the API's JSON and normalises it to the camelCase types of `types.ts`, driven
 * by small schemas keyed by the API's own snake_case names (the camelCase keys are derived).
 * Unknown extra fields are dropped, unknown `status`/`kind` strings pass through, free-form
 * `metrics`/`payload`/`metadata` are kept. A wrong value throws a ResponseShapeError naming
 * its JSON path, e.g. `items[3].input.status`.
 */
import { ResponseShapeError } from './errors.js';
import type { InputsProgressCounts, InputsProgressPage, Job } from './types.js';

type Json = Record<string, unknown>;
/** A reader checks one value at `path` and returns it normalised. */
type Reader = (value: unknown, path: string) => unknown;
/** An object schema: each snake_case key maps to a reader or a nested (required) object schema. */
interface Schema {
  readonly [snakeKey: string]: Reader | Schema;
}

const fail = (path: string, expected: string): never => {
  throw new ResponseShapeError(path, expected);
};
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const camel = (key: string) => key.replace(/_(.)/g, (_, c: string) => c.toUpperCase());
const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Reads an object of `schema` at `path`. */
const read = (schema: Schema, value: unknown, path: string): Json => {
  const json = isObject(value) ? value : fail(path, 'an object');
  const out: Json = {};
  for (const key in schema) {
    const field = schema[key]!;
    const at = path ? `${path}.${key}` : key;
    out[camel(key)] =
      typeof field === 'function' ? field(json[key], at) : read(field, json[key], at);
  }
  return out;
};

const string: Reader = (value, path) =>
  typeof value === 'string' ? value : fail(path, 'a string');
const orNull =
  (reader: Reader): Reader =>
  (value, path) =>
    value == null ? null : reader(value, path);
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

const COUNTS: Schema = { pending: count, processing: count, completed: count, failed: count };

const ITEM: Schema = {
  input: {
    id: string,
    job_id: string,
    port_name: string,
    file_id: optionalString,
    data: {
      ref: string,
      filename: string,
      file_type: optionalString,
      file_extension: optionalString,
      num_bytes: number,
      metadata: freeForm,
    },
    status: string,
    error_message: optionalString,
    created_at: string,
    completed_at: optionalString,
  },
  latest_progress: orNull((value, path) =>
    read(
      {
        id: (v, p) => (typeof v === 'string' ? v : count(v, p)),
        kind: string,
        step: number,
        metrics,
        payload: (v) => freeForm(v, '') ?? {},
        input_id: string,
        index: number,
        message: optionalString,
        created_at: string,
      },
      value,
      path,
    ),
  ),
  step: number,
};

/** `job_id` falls back to the requested id when a body omits it. */
const jobIdOr =
  (jobId: string): Reader =>
  (value, path) =>
    optionalString(value, path) ?? jobId;

/** `GET /batch/jobs/{id}/inputs/progress`. */
export const parseInputsProgressPage = (body: unknown, jobId: string): InputsProgressPage =>
  read(
    {
      job_id: jobIdOr(jobId),
      total: count,
      offset: count,
      limit: count,
      items: (value, path) =>
        (Array.isArray(value) ? value : fail(path, 'an array')).map((item, i) =>
          read(ITEM, item, `${path}[${i}]`),
        ),
    },
    body,
    '',
  ) as unknown as InputsProgressPage;

/** `GET /batch/jobs/{id}/inputs/progress/counts`. */
export const parseInputsProgressCounts = (body: unknown, jobId: string): InputsProgressCounts =>
  read({ job_id: jobIdOr(jobId), ...COUNTS }, body, '') as unknown as InputsProgressCounts;

/** `GET /batch/jobs/{id}`: the fields this product uses. */
export const parseJob = (body: unknown): Job =>
  read(
    {
      id: string,
      name: optionalString,
      status: string,
      input_progress: orNull((value, path) => read(COUNTS, value, path)),
      created_at: optionalString,
      started_at: optionalString,
      completed_at: optionalString,
      failed_at: optionalString,
      cancelled_at: optionalString,
      error: (value) => value ?? null,
    },
    body,
    '',
  ) as unknown as Job;
