/**
 * The API's response schemas, in the kit of `schema-kit.ts`: each validates a body and
 * normalises it to the camelCase types of `types.ts`. Unknown extra fields are dropped,
 * unknown `status`/`kind` strings pass through, free-form `metrics`/`payload`/`metadata` are
 * kept (without ±Infinity). A wrong value throws a ResponseShapeError naming its JSON path,
 * e.g. `items[3].input.status`.
 */
import { isFiniteNumber as finite } from './percent.js';
import {
  arrayOf,
  camel,
  count,
  fail,
  finiteJson,
  freeForm,
  isObject,
  number,
  object,
  optionalString,
  orNull,
  readBody,
  recordOf,
  setKey,
  string,
  type Json,
  type Reader,
} from './schema-kit.js';
import type {
  InputsProgressCounts,
  InputsProgressPage,
  InputsProgressTraces,
  Job,
} from './types.js';

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

/** Per-kind item tallies: the keys are progress kinds as sent, each value two counts. */
const kindTallies = recordOf(object({ success: count, failed: count }));
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
