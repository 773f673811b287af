import { expect } from 'chai';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createSimulator, simulatorFetch } from './browser.js';

const entry = fileURLToPath(new URL('./browser.ts', import.meta.url));
const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

describe('@input-progress/simulator/browser', () => {
  it('bundles for a browser with no Node built-in anywhere in its imports', async () => {
    // A Node import would either fail this browser build or show up in the metafile.
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const imported = Object.values(result.metafile.inputs).flatMap((input) =>
      input.imports.map((imported) => imported.path),
    );
    expect(
      imported.filter((path) => nodeBuiltins.has(path) || path.startsWith('node:')),
    ).to.deep.equal([]);
    expect(Object.keys(result.metafile.inputs)).to.include('src/create-simulator.ts');
  });

  describe('simulatorFetch', () => {
    const manualSimulator = () =>
      createSimulator({ clock: 'manual', presets: false, basePath: '/api' });

    it('answers relative API paths in the page with the simulated job', async () => {
      const simulator = manualSimulator();
      const job = simulator.createJob({ id: 'job_page', inputs: 3, failureRate: 0 });
      job.advance(2_000);
      const fetch = simulatorFetch(simulator, { base: 'https://docs.example/guide/' });
      const response = await fetch('/api/batch/jobs/job_page/inputs/progress?limit=2', {
        headers: { accept: 'application/json' },
      });
      expect(response.status).to.equal(200);
      const body = (await response.json()) as { total: number; items: unknown[] };
      expect(body.total).to.equal(3);
      expect(body.items).to.have.length(2);
      expect(simulator.requests('job_page').map((r) => r.path)).to.deep.equal([
        '/api/batch/jobs/job_page/inputs/progress',
      ]);
    });

    it('answers a path outside the simulated API with its 404, not a network request', async () => {
      const fetch = simulatorFetch(manualSimulator(), { base: 'https://docs.example/' });
      const response = await fetch('/wrong/batch/jobs/job_page/inputs/progress');
      expect(response.status).to.equal(404);
      expect(((await response.json()) as { errors: { code: string }[] }).errors[0]?.code).to.equal(
        'not_found',
      );
    });

    it('rejects at once with the signal’s reason when a held request is aborted', async () => {
      const simulator = manualSimulator();
      simulator.createJob({ id: 'job_held', inputs: 2 }).hold();
      const fetch = simulatorFetch(simulator, { base: 'https://docs.example/' });
      const controller = new AbortController();
      const pending = fetch('/api/batch/jobs/job_held/inputs/progress', {
        signal: controller.signal,
      });
      const reason = new DOMException('the viewer left', 'AbortError');
      controller.abort(reason);
      expect(
        await pending.then(
          () => 'answered',
          (error: unknown) => error,
        ),
      ).to.equal(reason);
      await fetch('/api/batch/jobs/job_held', { signal: controller.signal }).then(
        () => expect.fail('an aborted signal must reject'),
        (error: unknown) => expect(error).to.equal(reason),
      );
    });

    it('answers held requests when the job is released', async () => {
      const simulator = manualSimulator();
      const job = simulator.createJob({ id: 'job_hold', inputs: 2 });
      job.hold();
      const fetch = simulatorFetch(simulator, { base: 'https://docs.example/' });
      let settled = false;
      const pending = fetch('/api/batch/jobs/job_hold/inputs/progress/counts').finally(() => {
        settled = true;
      });
      await new Promise((resolve) => setImmediate(resolve));
      expect(settled).to.equal(false);
      job.release();
      expect((await pending).status).to.equal(200);
    });

    it('rejects with a TypeError, as fetch does, when a fault drops the connection', async () => {
      const simulator = manualSimulator();
      simulator.createJob({
        id: 'job_drop',
        inputs: 2,
        faults: { rules: [{ kind: 'drop-connection', nth: 1 }] },
      });
      const fetch = simulatorFetch(simulator, { base: 'https://docs.example/' });
      const error = await fetch('/api/batch/jobs/job_drop').then(
        () => null,
        (failure: unknown) => failure,
      );
      expect(error).to.be.instanceOf(TypeError);
      expect((await fetch('/api/batch/jobs/job_drop')).status).to.equal(200);
    });
  });
});
