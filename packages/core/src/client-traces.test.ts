import { expect } from 'chai';
import { createClient } from './client.js';
import { ResponseShapeError } from './errors.js';
import { parseInputsProgressTraces } from './parse-response.js';
import { useSimulatorJob, type TestSimulator } from './test-support/simulator.js';

/** A fetch that passes every call to the real one and notes what went out and what came back. */
function recordingFetch() {
  const exchanges: { ifNoneMatch: string | null; status: number }[] = [];
  const recording: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    exchanges.push({
      ifNoneMatch: new Headers(init?.headers).get('if-none-match'),
      status: response.status,
    });
    return response;
  };
  return { fetch: recording, exchanges };
}

describe('getInputsProgressTraces over HTTP', () => {
  let sim: TestSimulator;
  let jobId: string;

  // Two at a time, 6 s each, one item per input: 2 inputs finish every 6 s.
  useSimulatorJob(
    'traces',
    {
      inputs: 20,
      concurrency: 2,
      itemsPerInput: 1,
      msPerItem: 6000,
      spread: 0,
      failureRate: 0,
      inputOverrides: [null, { fails: true }],
    },
    (fixture) => ({ sim, jobId } = fixture),
  );

  it('reads cumulative completion in camelCase, with the bucket count and port it was asked for', async () => {
    await sim.control.advance(jobId, 30_000);
    const client = createClient({ baseUrl: sim.url });
    const traces = await client.getInputsProgressTraces(jobId, {
      buckets: 10,
      portName: 'worker.inference',
    });
    expect(traces.jobId).to.equal(jobId);
    expect(traces.bucketSeconds).to.equal(3);
    expect(traces.latestEventAt).to.equal('2026-04-14T10:00:30.000Z');
    expect(traces.points).to.have.length(10);
    const last = traces.points.at(-1)!;
    expect(last.t).to.equal(traces.latestEventAt);
    // Ten finished by 30 s; the second input failed (during its only item).
    expect(last.step).to.equal(10);
    expect(last.files).to.deep.equal({ completed: 9, failed: 1 });
    // Items per progress kind (the simulator draws a kind per input): one item per input here.
    const tallies = Object.values(last.items);
    expect(tallies.reduce((sum, kind) => sum + kind.success, 0)).to.equal(9);
    expect(tallies.reduce((sum, kind) => sum + kind.failed, 0)).to.equal(1);
    const [request] = await sim.control.requests(jobId);
    expect(request!.path).to.equal(`/api/batch/jobs/${jobId}/inputs/progress/traces`);
    expect(request!.search).to.equal('?port_name=worker.inference&buckets=10');
  });

  it('sends If-None-Match with the last ETag and keeps the last body on 304', async () => {
    await sim.control.advance(jobId, 12_000);
    const { fetch, exchanges } = recordingFetch();
    const client = createClient({ baseUrl: sim.url, fetch });
    const first = await client.getInputsProgressTraces(jobId);
    expect(first.points.at(-1)!.step).to.equal(4);
    // Nothing finished since: the server answers 304 and the client hands back what it kept.
    const same = await client.getInputsProgressTraces(jobId);
    expect(same).to.equal(first);
    expect(exchanges.map((e) => e.status)).to.deep.equal([200, 304]);
    expect(exchanges[0]!.ifNoneMatch).to.equal(null);
    expect(exchanges[1]!.ifNoneMatch).to.match(/^".+"$/);
    // Two more finished: a new body, and the tag that comes with it is sent next.
    await sim.control.advance(jobId, 6000);
    const moved = await client.getInputsProgressTraces(jobId);
    expect(moved).to.not.equal(first);
    expect(moved.points.at(-1)!.step).to.equal(6);
    expect(await client.getInputsProgressTraces(jobId)).to.equal(moved);
    expect(exchanges.map((e) => e.status)).to.deep.equal([200, 304, 200, 304]);
    expect(exchanges[2]!.ifNoneMatch).to.equal(exchanges[1]!.ifNoneMatch);
    expect(exchanges[3]!.ifNoneMatch).to.not.equal(exchanges[2]!.ifNoneMatch);
  });

  it('keeps answers per URL: another bucket count is its own unconditional request', async () => {
    await sim.control.advance(jobId, 12_000);
    const { fetch, exchanges } = recordingFetch();
    const client = createClient({ baseUrl: sim.url, fetch });
    await client.getInputsProgressTraces(jobId, { buckets: 10 });
    await client.getInputsProgressTraces(jobId, { buckets: 20 });
    expect(exchanges.map((e) => e.ifNoneMatch)).to.deep.equal([null, null]);
  });

  it('is empty before anything finished', async () => {
    const traces = await createClient({ baseUrl: sim.url }).getInputsProgressTraces(jobId);
    expect(traces).to.deep.equal({ jobId, bucketSeconds: 1, latestEventAt: null, points: [] });
  });
});

describe('traces parsing', () => {
  const body = (point: Record<string, unknown>) => ({
    bucket_seconds: 5,
    latest_event_at: '2026-04-14T10:00:05Z',
    points: [
      {
        t: '2026-04-14T10:00:05Z',
        step: 1,
        files: { completed: 1, failed: 0 },
        items: {},
        ...point,
      },
    ],
  });

  it('keeps progress kinds as sent and falls back to the requested job id', () => {
    const traces = parseInputsProgressTraces(
      body({ items: { model_training: { success: 3, failed: 0 } } }),
      'job_x',
    );
    expect(traces.jobId).to.equal('job_x');
    expect(traces.points[0]!.items).to.deep.equal({ model_training: { success: 3, failed: 0 } });
  });

  it('names the path of a wrong value', () => {
    const wrong = (point: Record<string, unknown>) => {
      try {
        parseInputsProgressTraces(body(point), 'job_x');
      } catch (error) {
        return (error as ResponseShapeError).path;
      }
      return 'parsed';
    };
    expect(wrong({ files: { completed: -1, failed: 0 } })).to.equal('points[0].files.completed');
    expect(wrong({ items: { inference: { success: 'many', failed: 0 } } })).to.equal(
      'points[0].items.inference.success',
    );
    expect(wrong({ t: null })).to.equal('points[0].t');
    expect(() => parseInputsProgressTraces({ ...body({}), bucket_seconds: 0 }, 'job_x')).to.throw(
      ResponseShapeError,
    );
  });
});
