import { testClock } from './fake-clock.js';
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait-until.js';
import { simulatorControl } from '@input-progress/simulator/control';
import type { JobConfig, RecordedRequest } from '@input-progress/simulator';
import type { InputProgressList } from '../input-progress-list/input-progress-list.js';

/** The simulator served by the test runner on the page's own origin. */
export const control = simulatorControl();
export const BASE_URL = `${location.origin}/api`;
/** The key-protected simulator (see web-test-runner.config.mjs). */
export const AUTH_BASE_URL = `${location.origin}/auth/v0.5`;
export const AUTH_JOB = 'job_auth';
export const AUTH_KEY = 'sk-test-elements-5f2c9a7e41d8';

let jobs = 0;
/** Creates a job with a fresh id on a manual clock; deterministic (no failures unless asked). */
export function createJob(config: JobConfig = {}): Promise<string> {
  return control.createJob({
    id: `job_el${Date.now().toString(36)}${++jobs}${Math.random().toString(36).slice(2, 6)}`,
    failureRate: 0,
    spread: 0,
    metrics: 'full',
    ...config,
  });
}

/** Every URL this page asked `fetch` for, in order (counted when sent, not when they land). */
const sent: string[] = [];
const pageFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  sent.push(input instanceof Request ? input.url : String(input));
  return pageFetch(input, init);
};

/** Progress-list requests (not counts) this page has sent for `jobId` so far. */
export const sentProgressRequests = (jobId: string): number =>
  sent.filter((url) =>
    new URL(url, location.href).pathname.endsWith(
      `/jobs/${encodeURIComponent(jobId)}/inputs/progress`,
    ),
  ).length;

/** Progress-list requests (not counts) the simulator saw for `jobId`, as URLSearchParams. */
export async function progressRequests(jobId: string): Promise<URLSearchParams[]> {
  const all: RecordedRequest[] = await control.requests(jobId);
  return all
    .filter((r) => r.path.endsWith('/inputs/progress'))
    .map((r) => new URLSearchParams(r.search));
}

export const shadow = (el: Element) => el.shadowRoot!;
export const part = <T extends Element = HTMLElement>(el: Element, name: string) =>
  shadow(el).querySelector<T>(`[part~="${name}"]`);
export const parts = <T extends Element = HTMLElement>(el: Element, name: string) => [
  ...shadow(el).querySelectorAll<T>(`[part~="${name}"]`),
];
export const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The list's rows (each the `row` part, the input's id in `data-input-id`). */
export const rows = (el: InputProgressList) => parts(el, 'row');
/** A part of a row, by its name without the `row-` prefix. */
export const rowPart = <T extends Element = HTMLElement>(row: Element, name: string) =>
  row.querySelector<T>(`[part~="row-${name}"]`);
/** A part of the list's job header (`<input-progress-job .clock=${testClock()}>` in the list's shadow root). */
export const jobPart = <T extends Element = HTMLElement>(el: InputProgressList, name: string) => {
  const job = part(el, 'job');
  return job ? part<T>(job, name) : null;
};
/** "Page 2 of 3" as a user reads it: the words around the page number field, with its value. */
export const pageStatus = (el: InputProgressList) =>
  text(part(el, 'page-status')).replace(
    /^(\S+)\s*/,
    `$1 ${part<HTMLInputElement>(el, 'page-input')?.value ?? ''} `,
  );
/** A row's visible text. */
export const rowText = (row: Element) => text(row);

/** Whether the list shows data (rows present and not a placeholder of another query). */
export const showsRows = (el: InputProgressList, count?: number) => {
  const list = part(el, 'list');
  const n = rows(el).length;
  return (
    !!list &&
    list.getAttribute('aria-busy') === 'false' &&
    (count === undefined ? n > 0 : n === count)
  );
};

export interface ListOptions {
  status?: string;
  order?: string;
  limit?: number;
  pollInterval?: number;
  baseUrl?: string;
  apiKey?: string;
}

/** A list pointed at the simulator, polling off unless asked; resolves once the element rendered. */
export async function listFixture(
  jobId: string,
  options: ListOptions = {},
): Promise<InputProgressList> {
  const el = await fixture<InputProgressList>(
    html`<input-progress-list
      .clock=${testClock()}
      job-id=${jobId}
      base-url=${options.baseUrl ?? BASE_URL}
      status=${options.status ?? ''}
      order=${options.order ?? 'asc'}
      limit=${options.limit ?? 20}
      poll-interval=${options.pollInterval ?? 0}
      .apiKey=${options.apiKey ?? null}
    ></input-progress-list>`,
  );
  return el;
}

/** Waits until the list shows `count` rows (any number when omitted). */
export async function untilRows(
  el: InputProgressList,
  count?: number,
  message = 'rows to render',
): Promise<void> {
  await waitUntil(() => showsRows(el, count), message);
  await el.updateComplete;
}
