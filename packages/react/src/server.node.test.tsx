// In Node, as a server renderer or a test runner sees the package: no DOM exists.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { expect } from 'chai';
import { createClient } from '@input-progress/core';
import { InputProgressList, InputProgressRow, useInputProgressFeed } from './index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

describe('@input-progress/react in Node', () => {
  it('imports without a DOM and leaves none behind', function () {
    // Starting a second Node with the TypeScript loader takes seconds on a loaded machine.
    this.timeout(60_000);
    // A fresh process, so nothing another test loaded can stand in for a DOM.
    const script = `
      const before = ['window', 'document', 'HTMLElement', 'MutationObserver'].filter((n) => n in globalThis);
      const react = await import('./src/index.ts');
      const after = ['window', 'document', 'HTMLElement', 'MutationObserver'].filter((n) => n in globalThis);
      console.log(JSON.stringify({ before, after, exports: Object.keys(react).sort() }));`;
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', script],
      { cwd: packageDir, encoding: 'utf8' },
    );
    expect(run.stderr).to.equal('');
    expect(run.status).to.equal(0);
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    expect(result.before).to.deep.equal([]);
    expect(result.after, 'DOM globals after the import').to.deep.equal([]);
    expect(result.exports).to.deep.equal([
      'InputProgressJob',
      'InputProgressList',
      'InputProgressRow',
      'useInputProgressFeed',
    ]);
  });

  it('renders a page using the wrappers and the hook with renderToString, sending no request', () => {
    let requests = 0;
    const client = createClient({
      baseUrl: 'http://127.0.0.1:9/v0.5',
      fetch: async () => {
        requests++;
        throw new Error('the server render must not load');
      },
    });
    function Inputs() {
      const { snapshot } = useInputProgressFeed({ jobId: 'job_ssr', client, query: { limit: 5 } });
      return (
        <section>
          <p className="status">{snapshot.status}</p>
          <InputProgressList
            jobId="job_ssr"
            baseUrl="/api/v0.5"
            limit={5}
            className="jobs"
            onInputProgressSettle={() => {}}
          >
            <p slot="empty">Nothing yet</p>
          </InputProgressList>
          {snapshot.items.map((item) => (
            <InputProgressRow key={item.input.id} item={item} />
          ))}
        </section>
      );
    }

    const html = renderToString(
      <StrictMode>
        <Inputs />
      </StrictMode>,
    );

    expect(html).to.match(/<input-progress-list class="jobs"[^>]*>/);
    expect(html).to.contain('<p slot="empty">Nothing yet</p></input-progress-list>');
    expect(html).to.contain('<p class="status">idle</p>');
    expect(requests).to.equal(0);
  });
});
