/**
 * Validates the API's JSON and normalises it to the camelCase types of `types.ts`.
 * Unknown extra fields are dropped, unknown `status`/`kind` strings pass through, free-form
 * `metrics`/`payload`/`metadata` are kept. A wrong value throws a ResponseShapeError naming
 * its JSON path, e.g. `items[3].input.status`.
 */
import { ResponseShapeError } from './errors.js';
import type {
  Input,
  InputProgressItem,
  InputsProgressCounts,
  InputsProgressPage,
  Job,
  LatestProgress,
  ProgressMetrics,
  StatusCounts,
} from './types.js';

type Json = Record<string, unknown>;

const fail = (path: string, expected: string): never => {
  throw new ResponseShapeError(path, expected);
};
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON object at `path`; reads a field and gives the path of that field. */
const object = (value: unknown, path: string) => {
  const json = isObject(value) ? value : fail(path, 'an object');
  return <T>(key: string, read: (value: unknown, path: string) => T): T => read(json[key], join(path, key));
};

const string = (value: unknown, path: string): string =>
  typeof value === 'string' ? value : fail(path, 'a string');
const nullableString = (value: unknown, path: string): string | null =>
  value == null ? null : string(value, path);
const nullableNumber = (value: unknown, path: string): number | null =>
  value == null ? null : typeof value === 'number' && Number.isFinite(value) ? value : fail(path, 'a number');
/** Counts, totals and offsets: safe, non-negative integers (a huge or negative one is a bug). */
const count = (value: unknown, path: string): number =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : fail(path, 'a non-negative integer');
const freeForm = (value: unknown): Json | null => (isObject(value) ? value : null);
const camel = (key: string) => key.replace(/_([a-z\d])/g, (_, c: string) => c.toUpperCase());

/** Free-form metrics: keys camelCased; a known key that is not a finite number becomes null. */
function metrics(value: unknown): ProgressMetrics {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(freeForm(value) ?? {})) {
    const name = camel(key);
    out[name] =
      /^(percentComplete|itemsProcessed|itemsTotal)$/.test(name) && !(typeof item === 'number' && Number.isFinite(item))
        ? null
        : item;
  }
  return out;
}

function input(value: unknown, path: string): Input {
  const field = object(value, path);
  const data = field('data', object);
  return {
    id: field('id', string),
    jobId: field('job_id', string),
    portName: field('port_name', string),
    fileId: field('file_id', nullableString),
    data: {
      ref: data('ref', string),
      filename: data('filename', string),
      fileType: data('file_type', nullableString),
      fileExtension: data('file_extension', nullableString),
      numBytes: data('num_bytes', nullableNumber),
      metadata: data('metadata', freeForm),
    },
    status: field('status', string),
    errorMessage: field('error_message', nullableString),
    createdAt: field('created_at', string),
    completedAt: field('completed_at', nullableString),
  };
}

function latestProgress(value: unknown, path: string): LatestProgress | null {
  if (value == null) return null;
  const field = object(value, path);
  return {
    id: field('id', (v, p) => (typeof v === 'string' ? v : count(v, p))),
    kind: field('kind', string),
    step: field('step', nullableNumber),
    metrics: field('metrics', metrics),
    payload: field('payload', freeForm) ?? {},
    inputId: field('input_id', string),
    index: field('index', nullableNumber),
    message: field('message', nullableString),
    createdAt: field('created_at', string),
  };
}

function item(value: unknown, path: string): InputProgressItem {
  const field = object(value, path);
  return {
    input: field('input', input),
    latestProgress: field('latest_progress', latestProgress),
    step: field('step', nullableNumber),
  };
}

function statusCounts(value: unknown, path: string): StatusCounts {
  const field = object(value, path);
  return {
    pending: field('pending', count),
    processing: field('processing', count),
    completed: field('completed', count),
    failed: field('failed', count),
  };
}

/** `GET /batch/jobs/{id}/inputs/progress`. `jobId` stands in when the body omits `job_id`. */
export function parseInputsProgressPage(body: unknown, jobId: string): InputsProgressPage {
  const field = object(body, '');
  return {
    jobId: field('job_id', nullableString) ?? jobId,
    total: field('total', count),
    offset: field('offset', count),
    limit: field('limit', count),
    items: field('items', (v, p) => (Array.isArray(v) ? v : fail(p, 'an array')).map((x, i) => item(x, `${p}[${i}]`))),
  };
}

/** `GET /batch/jobs/{id}/inputs/progress/counts`. */
export function parseInputsProgressCounts(body: unknown, jobId: string): InputsProgressCounts {
  return { jobId: object(body, '')('job_id', nullableString) ?? jobId, ...statusCounts(body, '') };
}

/** `GET /batch/jobs/{id}`: the fields this product uses. */
export function parseJob(body: unknown): Job {
  const field = object(body, '');
  return {
    id: field('id', string),
    name: field('name', nullableString),
    status: field('status', string),
    inputProgress: field('input_progress', (v, p) => (v == null ? null : statusCounts(v, p))),
    createdAt: field('created_at', nullableString),
    startedAt: field('started_at', nullableString),
    completedAt: field('completed_at', nullableString),
    failedAt: field('failed_at', nullableString),
    cancelledAt: field('cancelled_at', nullableString),
    error: field('error', (v) => v ?? null),
  };
}
