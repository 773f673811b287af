/**
 * Statuses are an open set the server names: a label lookup must find only its own entries,
 * never a member every object inherits (`constructor` once showed
 * "function Object() { [native code] }").
 */
import { expect } from '@open-wc/testing';
import type { InputProgressClient } from '@input-progress/core';
import './define.js';
import { fakeClockEachTest } from './test-support/each-test.js';
import type { FakeClock } from './test-support/fake-clock.js';
import {
  jobPart,
  listOfNewJob,
  rowPart,
  rows,
  simulatorClient,
  text,
} from './test-support/list-helpers.js';
import { waitUntil } from './test-support/wait-until.js';

/** Names every object inherits, as statuses a server might send. */
const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

type Json = { status?: string; items?: Array<{ input: { status: string } }> };

/**
 * The simulator behind a gateway that renames statuses: the job's becomes `constructor`, each
 * input's one of {@link INHERITED}, in page order.
 */
function renamingClient(clock: FakeClock): InputProgressClient {
  return simulatorClient({
    clock,
    fetch: async (url, init) => {
      const response = await fetch(url, init);
      const path = new URL(url, location.href).pathname;
      const renames = /\/batch\/jobs\/[^/]+$/.test(path) || path.endsWith('/inputs/progress');
      if (!renames || !response.ok) return response;
      const body = (await response.json()) as Json;
      if (body.status) body.status = 'constructor';
      body.items?.forEach((item, index) => {
        item.input.status = INHERITED[index % INHERITED.length]!;
      });
      return new Response(JSON.stringify(body), {
        status: response.status,
        headers: { 'content-type': 'application/json' },
      });
    },
  });
}

const fake = fakeClockEachTest();

describe('labels of statuses named like inherited members', () => {
  it('shows each such status as-is, in the rows and the job header', async () => {
    const { el } = await listOfNewJob(
      { inputs: INHERITED.length, clock: 'manual' },
      { client: renamingClient(fake) },
    );
    const badges = rows(el).map((row) => text(rowPart(row, 'badge')));
    expect([...badges].sort()).to.deep.equal([...INHERITED].sort());
    await waitUntil(() => text(jobPart(el, 'status')) === 'constructor', 'the job status');
    const shown = el.shadowRoot!.textContent ?? '';
    expect(shown).to.not.contain('native code');
    expect(shown).to.not.match(/function|\[object/);
  });
});
