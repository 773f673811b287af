/**
 * fast-check generators of progress pages that are valid for the API's schema but weird:
 * unknown statuses, huge and negative numbers, percentages past 100, more items processed than
 * there are, zero totals, far-off and out-of-order times, long and non-Latin text, empty
 * strings and every optional field null. As the JSON text a server would send.
 */
import fc from 'fast-check';

/** Words a rendered page must never show; generated text never contains them itself. */
export const FORBIDDEN_TEXT = ['NaN', 'undefined', '[object Object]', 'Infinity', 'null'];
const clean = (text: string) =>
  !FORBIDDEN_TEXT.some((word) => text.toLowerCase().includes(word.toLowerCase()));

const text = fc
  .oneof(
    fc.string({ maxLength: 20 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom('', ' ', 'données_été.csv', '数据.csv', 'ملف.csv', '🚀🚀.csv', 'x'.repeat(300)),
  )
  .filter(clean);
const weirdNumber = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  fc.constantFrom(0, -0, 1e15, Number.MAX_SAFE_INTEGER, -1, 0.5),
);
const time = fc
  .integer({ min: Date.parse('1970-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') })
  .map((ms) => new Date(ms).toISOString());
const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const status = fc.oneof(
  fc.constantFrom('pending', 'processing', 'completed', 'failed'),
  fc.constantFrom('paused', 'queued', ''),
);

const item = (id: string) =>
  fc.record({
    input: fc.record({
      id: fc.constant(id),
      job_id: fc.constant('job_weird'),
      port_name: nullable(text),
      file_id: nullable(text),
      data: fc.record({
        ref: fc.constantFrom(
          'https://storage.example.com/a.csv',
          'javascript:alert(1)',
          '',
          'not a url',
        ),
        filename: text,
        file_type: nullable(text),
        file_extension: nullable(text),
        num_bytes: nullable(weirdNumber),
        metadata: nullable(
          fc.dictionary(text, fc.oneof(text, weirdNumber, fc.boolean(), fc.constant([1, 'two'])), {
            maxKeys: 3,
          }),
        ),
      }),
      status,
      error_message: nullable(text),
      created_at: time,
      completed_at: nullable(time),
    }),
    latest_progress: nullable(
      fc.record({
        id: fc.nat(),
        kind: text,
        step: nullable(weirdNumber),
        metrics: fc.record(
          { percent_complete: weirdNumber, items_processed: weirdNumber, items_total: weirdNumber },
          { requiredKeys: [] },
        ),
        payload: fc.constant({}),
        input_id: fc.constant(id),
        index: nullable(fc.nat()),
        message: nullable(text),
        created_at: time,
      }),
    ),
  });

/** A page of up to 6 weird items (ids unique within the page), as JSON text. */
export const weirdPage = fc
  .uniqueArray(fc.constantFrom('inp_a', 'inp_b', 'inp_c', 'inp_d', 'inp_e', 'inp_f'), {
    maxLength: 6,
  })
  .chain((ids) =>
    fc.record({
      job_id: fc.constant('job_weird'),
      total: fc.integer({ min: ids.length, max: 100_000 }),
      offset: fc.constant(0),
      limit: fc.constant(20),
      items: fc.tuple(...ids.map(item)),
    }),
  )
  .map((page) => JSON.stringify(page));

/** Per-status counts, possibly far larger than the page. */
export const weirdCounts = fc
  .record({
    job_id: fc.constant('job_weird'),
    pending: fc.nat(1_000_000),
    processing: fc.nat(1_000_000),
    completed: fc.nat(1_000_000),
    failed: fc.nat(1_000_000),
  })
  .map((counts) => JSON.stringify(counts));
