/**
 * fast-check generators of response bodies, as the text a server would send: arbitrary JSON,
 * arbitrary text, valid pages and counts, and valid ones with fields removed, nulled, retyped,
 * made huge, negative, NaN-like or overflowing (`1e999`, which JSON.parse reads as Infinity).
 */
import fc from 'fast-check';

type Json = unknown;

const status = fc.oneof(
  fc.constantFrom('pending', 'processing', 'completed', 'failed'),
  fc.string({ maxLength: 12 }),
);
const isoTime = fc
  .integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2030-01-01T00:00:00Z') })
  .map((ms) => new Date(ms).toISOString());
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const small = fc.integer({ min: 0, max: 1000 });
/** Ids from a small set, so rows of two successive bodies often match (ETA, sharing). */
const inputId = fc.constantFrom('inp_a', 'inp_b', 'inp_c', 'inp_d', 'inp_e');

const validItem = fc.record({
  input: fc.record({
    id: inputId,
    job_id: fc.constant('job_fuzz'),
    port_name: fc.constantFrom('worker.inference', 'worker.training'),
    file_id: fc.constantFrom(null, 'file_1'),
    data: fc.record({
      ref: fc.constantFrom('https://storage.example.com/a.csv', 'javascript:alert(1)', ''),
      filename: fc.constantFrom('a.csv', '<b>x</b>.csv', ''),
      file_type: optional(fc.constantFrom('text/csv', 'video/mp4')),
      file_extension: optional(fc.constantFrom('.csv', '.mp4')),
      num_bytes: optional(fc.nat()),
      metadata: fc.constantFrom(null, {}, { tag: 'x', n: 1 }),
    }),
    status,
    error_message: fc.constantFrom(null, 'It broke'),
    created_at: isoTime,
    completed_at: optional(isoTime),
  }),
  latest_progress: optional(
    fc.record({
      id: fc.oneof(fc.nat(), fc.constant('prog_1')),
      kind: fc.constantFrom('inference', 'training', 'other'),
      step: optional(small),
      metrics: fc.record(
        {
          percent_complete: fc.oneof(fc.double({ min: -50, max: 150, noNaN: true }), small),
          items_processed: small,
          items_total: small,
          extra: fc.constantFrom(null, 'x', 1, { deep: [1] }),
        },
        { requiredKeys: [] },
      ),
      payload: fc.constantFrom({}, { a: [1, 'b'] }, null),
      input_id: inputId,
      index: optional(small),
      message: fc.constantFrom(null, 'Processing input 5 of 10'),
      created_at: isoTime,
    }),
  ),
  step: optional(fc.integer({ min: 1, max: 100 })),
});

/** A page the API could send: consistent enough to pass validation. */
export const validPage = fc.record({
  job_id: fc.constant('job_fuzz'),
  total: fc.integer({ min: 0, max: 50 }),
  offset: fc.constantFrom(0, 5, 10),
  limit: fc.constant(5),
  items: fc.array(validItem, { maxLength: 5 }),
});

/** Counts the API could send. */
export const validCounts = fc.record({
  job_id: fc.constant('job_fuzz'),
  pending: small,
  processing: small,
  completed: small,
  failed: small,
});

/** Stands for a number literal too large for a double; replaced in the text after JSON.stringify. */
const OVERFLOW = '\u0000overflow\u0000';

/** What a mutation puts in place of a field (or `undefined`: remove it). */
const replacement: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(OVERFLOW),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '', ' ', '0x10', '-0', '12abc'),
  fc.constantFrom(-1, -1e9, -0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 53, 0.1),
  fc.constantFrom(true, false),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 8 }),
  fc.constant('x'.repeat(10_000)),
  fc.constant({}),
  fc.constant([]),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Every path into `value` (objects and arrays), the root included as `[]`. */
function pathsOf(value: Json, path: Array<string | number> = []): Array<Array<string | number>> {
  const paths = [path];
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      paths.push(...pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key]));
    }
  }
  return paths;
}

/** `value` with the value at `path` replaced by `next` (removed when `next` is undefined). */
function replaceAt(value: Json, path: Array<string | number>, next: Json): Json {
  if (path.length === 0) return next === undefined ? null : next;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    Json
  >;
  const child = replaceAt(copy[head!], rest, next);
  if (child === undefined && rest.length === 0) delete copy[head!];
  else copy[head!] = child;
  return copy;
}

/** Bodies of `valid` with one to three fields mutated. */
export const mutated = (valid: fc.Arbitrary<Json>) =>
  fc
    .tuple(valid, fc.array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 3 }))
    .map(([body, mutations]) =>
      mutations.reduce<Json>((out, [pick, next]) => {
        const paths = pathsOf(out);
        return replaceAt(out, paths[pick % paths.length]!, next);
      }, body),
    );

/** JSON text of `body`, with every overflow marker turned into the literal `1e999`. */
export const toText = (body: Json): string =>
  (JSON.stringify(body) ?? '').replaceAll(JSON.stringify(OVERFLOW), '1e999');

/** Body texts of every kind, mostly valid ones with mutations. */
export const bodyText = (valid: fc.Arbitrary<Json>) =>
  fc.oneof(
    { weight: 5, arbitrary: mutated(valid).map(toText) },
    { weight: 2, arbitrary: valid.map(toText) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map(toText) },
    { weight: 1, arbitrary: fc.string() },
  );
