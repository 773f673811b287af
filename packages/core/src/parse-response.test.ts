import { expect } from 'chai';
import { createClient } from './client.js';
import { ApiError, ResponseShapeError } from './errors.js';
import { parseInputsProgressPage } from './parse-response.js';
import { progressItem, progressPage, respondWith } from './test-support/api-bodies.js';

/** Lists a page whose body is `body` and returns the rejection (or fails the test). */
async function shapeErrorOf(body: unknown): Promise<ResponseShapeError> {
  const client = createClient({ fetch: respondWith(body), retry: { attempts: 0 } });
  try {
    await client.listInputsProgress('job_2abc');
  } catch (error) {
    expect(error).to.be.instanceOf(ResponseShapeError);
    return error as ResponseShapeError;
  }
  throw new Error('expected a ResponseShapeError');
}

const withInput = (patch: Record<string, unknown>) =>
  progressPage([
    progressItem(),
    { ...progressItem(), input: { ...progressItem().input, ...patch } },
  ]);

describe('response parsing', () => {
  it('normalises a page to camelCase and keeps free-form metrics', async () => {
    const client = createClient({ fetch: respondWith(progressPage()) });
    const page = await client.listInputsProgress('job_2abc');
    expect(page.total).to.equal(1);
    const [item] = page.items;
    expect(item!.input.portName).to.equal('worker.inference');
    expect(item!.input.data.numBytes).to.equal(245760);
    expect(item!.latestProgress!.metrics.itemsProcessed).to.equal(5);
    expect(item!.latestProgress!.inputId).to.equal('inp_abc123def456');
    expect(item!.step).to.equal(null);
  });

  it('tolerates unknown fields and passes unknown status and kind values through', async () => {
    const item = progressItem({ extra: { nested: true } });
    const body = progressPage([
      {
        ...item,
        input: { ...item.input, status: 'paused', file_tags: ['a'] },
        latest_progress: {
          ...item.latest_progress,
          kind: 'training',
          metrics: { loss: 0.3, percent_complete: 10 },
        },
      },
    ]);
    const page = await createClient({
      fetch: respondWith({ ...body, next_cursor: 'x' }),
    }).listInputsProgress('job_2abc');
    expect(page.items[0]!.input.status).to.equal('paused');
    expect(page.items[0]!.latestProgress!.kind).to.equal('training');
    expect(page.items[0]!.latestProgress!.metrics).to.deep.equal({
      loss: 0.3,
      percentComplete: 10,
    });
  });

  it('accepts missing optional data fields and a null latest_progress', async () => {
    const item = progressItem({ latest_progress: null });
    const body = progressPage([
      { ...item, input: { ...item.input, file_id: undefined, data: { ref: 'r', filename: 'f' } } },
    ]);
    const page = await createClient({ fetch: respondWith(body) }).listInputsProgress('job_2abc');
    expect(page.items[0]!.latestProgress).to.equal(null);
    expect(page.items[0]!.input.data).to.deep.equal({
      ref: 'r',
      filename: 'f',
      fileType: null,
      fileExtension: null,
      numBytes: null,
      metadata: null,
    });
  });

  it('names the path of a missing or non-array items', async () => {
    expect((await shapeErrorOf({ ...progressPage(), items: undefined })).path).to.equal('items');
    expect((await shapeErrorOf({ ...progressPage(), items: {} })).path).to.equal('items');
  });

  it('names the path of a value of the wrong type', async () => {
    expect((await shapeErrorOf(withInput({ status: 3 }))).path).to.equal('items[1].input.status');
    expect((await shapeErrorOf(progressPage([progressItem({ step: 'one' })]))).path).to.equal(
      'items[0].step',
    );
    const err = await shapeErrorOf(withInput({ data: null }));
    expect(err.path).to.equal('items[1].input.data');
    expect(err.message).to.contain('items[1].input.data');
  });

  it('rejects null where an object is expected', async () => {
    expect((await shapeErrorOf(progressPage([null]))).path).to.equal('items[0]');
    expect((await shapeErrorOf(progressPage([progressItem({ input: null })]))).path).to.equal(
      'items[0].input',
    );
    expect((await shapeErrorOf(null)).path).to.equal('');
  });

  it('rejects negative, fractional or huge totals and offsets', async () => {
    expect((await shapeErrorOf(progressPage(undefined, { total: -1 }))).path).to.equal('total');
    expect((await shapeErrorOf(progressPage(undefined, { offset: 1.5 }))).path).to.equal('offset');
    expect((await shapeErrorOf(progressPage(undefined, { total: 1e300 }))).path).to.equal('total');
  });

  it('turns unusable metrics into null instead of failing the row', async () => {
    const item = progressItem();
    const body = progressPage([
      {
        ...item,
        latest_progress: {
          ...item.latest_progress,
          metrics: { percent_complete: 'half', items_processed: 3, items_total: 0 },
        },
      },
      { ...item, latest_progress: { ...item.latest_progress, metrics: null } },
    ]);
    const page = await createClient({ fetch: respondWith(body) }).listInputsProgress('job_2abc');
    expect(page.items[0]!.latestProgress!.metrics).to.deep.equal({
      percentComplete: null,
      itemsProcessed: 3,
      itemsTotal: 0,
    });
    expect(page.items[1]!.latestProgress!.metrics).to.deep.equal({});
  });

  it('keeps a metric named __proto__ as a plain key, never as a prototype', async () => {
    const item = progressItem();
    const text = JSON.stringify(
      progressPage([
        {
          ...item,
          latest_progress: {
            ...item.latest_progress,
            metrics: { items_total: 10, ____proto____: { percentComplete: 'nope' } },
          },
        },
      ]),
    );
    const page = await createClient({ fetch: respondWith(text) }).listInputsProgress('job_2abc');
    const metrics = page.items[0]!.latestProgress!.metrics!;
    expect(Object.getPrototypeOf(metrics)).to.equal(Object.prototype);
    expect(Object.keys(metrics)).to.deep.equal(['itemsTotal', '__proto__']);
    expect(metrics.percentComplete, 'nothing inherited from the response').to.equal(undefined);
  });

  it('reads a number too large for a double (1e999) as null, in typed and free-form fields alike', async () => {
    const item = progressItem();
    const overflowing = (body: unknown) => JSON.stringify(body).replaceAll('"OVERFLOW"', '1e999');
    const text = overflowing(
      progressPage([
        {
          ...item,
          input: {
            ...item.input,
            data: { ...item.input.data, num_bytes: 'OVERFLOW', metadata: { a: [1, 'OVERFLOW'] } },
          },
          latest_progress: {
            ...item.latest_progress,
            step: 'OVERFLOW',
            metrics: { items_total: 'OVERFLOW', loss: '-OVERFLOW', nested: { x: 'OVERFLOW' } },
            payload: { value: 'OVERFLOW' },
          },
        },
        { ...item, latest_progress: 'OVERFLOW', step: 'OVERFLOW' },
      ]),
    ).replaceAll('"-OVERFLOW"', '-1e999');
    const page = await createClient({ fetch: respondWith(text) }).listInputsProgress('job_2abc');
    const [first, second] = page.items;
    expect(first!.input.data.numBytes).to.equal(null);
    expect(first!.input.data.metadata).to.deep.equal({ a: [1, null] });
    expect(first!.latestProgress!.step).to.equal(null);
    expect(first!.latestProgress!.metrics).to.deep.equal({
      itemsTotal: null,
      loss: null,
      nested: { x: null },
    });
    expect(first!.latestProgress!.payload).to.deep.equal({ value: null });
    expect(second!.latestProgress).to.equal(null);
    expect(second!.step).to.equal(null);
    const total = overflowing({ ...progressPage(), total: 'OVERFLOW' });
    expect((await shapeErrorOf(total)).path).to.equal('total');
  });

  it('refuses free-form data nested too deeply to walk, and ignores deep unknown fields', async () => {
    const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
    const item = progressItem();
    const deepMetadata = {
      ...item,
      input: { ...item.input, data: { ...item.input.data, metadata: { deep: 'NESTED' } } },
    };
    const text = JSON.stringify(progressPage([item, deepMetadata])).replace(
      '"NESTED"',
      nested(1500),
    );
    const error = await shapeErrorOf(text);
    expect(error.path).to.equal('items[1].input.data.metadata');
    expect(error.message).to.contain('nested at most 1000 levels deep');
    const unknownField = { ...item, extra: JSON.parse(nested(1500)) as unknown };
    const page = parseInputsProgressPage(progressPage([unknownField]), 'job_2abc');
    expect(page.items[0]!.input.id).to.equal(item.input.id);
  });

  it('reports an HTML page or an empty body on 200 as a shape error of the whole body', async () => {
    expect((await shapeErrorOf('<html><body>Bad gateway</body></html>')).path).to.equal('');
    expect((await shapeErrorOf('')).path).to.equal('');
  });

  it('reads counts and jobs, and names wrong count fields', async () => {
    const counts = await createClient({
      fetch: respondWith({ job_id: 'job_1', pending: 1, processing: 2, completed: 3, failed: 4 }),
    }).getInputsProgressCounts('job_1');
    expect(counts).to.deep.equal({
      jobId: 'job_1',
      pending: 1,
      processing: 2,
      completed: 3,
      failed: 4,
    });
    try {
      await createClient({ fetch: respondWith({ pending: -1 }) }).getInputsProgressCounts('job_1');
      expect.fail('should reject');
    } catch (error) {
      expect((error as ResponseShapeError).path).to.equal('pending');
    }
    const job = await createClient({
      fetch: respondWith({
        id: 'job_1',
        status: 'RUNNING',
        input_progress: { pending: 0, processing: 1, completed: 2, failed: 0 },
      }),
    }).getJob('job_1');
    expect(job.status).to.equal('RUNNING');
    expect(job.inputProgress!.completed).to.equal(2);
    expect(job.completedAt).to.equal(null);
  });

  it('keeps every entry of an errors[] body, the legacy detail, or an excerpt of anything else', async () => {
    const errorOf = async (body: string, status: number) => {
      try {
        await createClient({ fetch: respondWith(body, { status }), retry: { attempts: 0 } }).getJob(
          'job_1',
        );
      } catch (error) {
        expect(error).to.be.instanceOf(ApiError);
        return error as ApiError;
      }
      throw new Error('expected an ApiError');
    };
    const two = await errorOf(
      JSON.stringify({
        errors: [
          {
            code: 'bad_status',
            message: 'Unknown status',
            suggestion: 'Use pending',
            error_uid: 'err-1',
          },
          { code: 'bad_limit', message: 'Limit too big' },
        ],
      }),
      400,
    );
    expect(two.status).to.equal(400);
    expect(two.errors).to.deep.equal([
      {
        code: 'bad_status',
        message: 'Unknown status',
        suggestion: 'Use pending',
        errorUid: 'err-1',
      },
      { code: 'bad_limit', message: 'Limit too big', suggestion: null, errorUid: null },
    ]);
    expect(two.message).to.contain('Unknown status');
    const legacy = await errorOf('{"detail":"Not authenticated"}', 401);
    expect(legacy.detail).to.equal('Not authenticated');
    expect(legacy.bodyExcerpt).to.equal(null);
    const html = await errorOf(`<html>\n<h1>502 Bad Gateway</h1>${'x'.repeat(1000)}</html>`, 502);
    expect(html.bodyExcerpt!.startsWith('<html> <h1>502 Bad Gateway</h1>')).to.equal(true);
    expect(html.bodyExcerpt!.length).to.equal(200);
    const empty = await errorOf('', 503);
    expect(empty.bodyExcerpt).to.equal(null);
    expect(empty.message).to.equal('HTTP 503: request failed');
  });
});
