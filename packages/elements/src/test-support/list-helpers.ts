import { testClock } from './fake-clock.js';
import { fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  createClient,
  createFeed,
  type ClientOptions,
  type FeedOptions,
  type InputProgressClient,
  type InputProgressFeed,
} from '@input-progress/core';
import { whenTestEnds } from './each-test.js';
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
/**
 * Creates a job with a fresh id on a manual clock; deterministic (no failures unless asked,
 * every item as long as the next) and timed in whole seconds: each item takes 1 s.
 */
export function createJob(config: JobConfig = {}): Promise<string> {
  return control.createJob({
    id: `job_el${Date.now().toString(36)}${++jobs}${Math.random().toString(36).slice(2, 6)}`,
    failureRate: 0,
    spread: 0,
    metrics: 'full',
    msPerItem: 1000,
    ...config,
  });
}

/** An input of a job (one of `inputOverrides`) that fails, saying why as a real one would. */
export const DISK_FULL = { fails: true, errorMessage: 'Disk quota exceeded' } as const;

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
/** A part of the list's job header, by its name without the `job-` prefix. */
export const jobPart = <T extends Element = HTMLElement>(el: InputProgressList, name: string) =>
  part<T>(el, `job-${name}`);
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
  offset?: number;
  pollInterval?: number;
  baseUrl?: string;
  apiKey?: string;
  density?: string;
  /** A client to use instead of one built from `base-url` (see `client` on the element). */
  client?: InputProgressClient;
  /** What goes inside the element (slotted content). */
  content?: unknown;
}

/**
 * A list pointed at the simulator, polling off unless asked, on the test's clock: the template,
 * for a test that puts it in a wrapper of its own (a `lang`, a width, a second list).
 */
export const listTemplate = (jobId: string, options: ListOptions = {}) =>
  html`<input-progress-list
    .clock=${testClock()}
    job-id=${jobId}
    base-url=${options.baseUrl ?? BASE_URL}
    status=${options.status ?? ''}
    order=${options.order ?? 'asc'}
    limit=${options.limit ?? 20}
    offset=${ifDefined(options.offset)}
    poll-interval=${options.pollInterval ?? 0}
    density=${ifDefined(options.density)}
    .apiKey=${options.apiKey ?? null}
    .client=${options.client ?? null}
    >${options.content ?? nothing}</input-progress-list
  >`;

/** {@link listTemplate} alone on the page; resolves once the element rendered. */
export const listFixture = (jobId: string, options: ListOptions = {}) =>
  fixture<InputProgressList>(listTemplate(jobId, options));

/** The lists in `wrapper` (a fixture of several), in document order. */
export const listsIn = (wrapper: Element) => [
  ...wrapper.querySelectorAll<InputProgressList>('input-progress-list'),
];

export interface NewJobListOptions extends ListOptions {
  /** How far the job's manual clock moves before the list loads (ms; default none). */
  advance?: number;
  /** The rows to wait for: by default every input, up to the page size. */
  rows?: number;
}

/**
 * The usual start of a list test: a job made with `config` ({@link createJob}), moved on by
 * `advance` ms, shown by {@link listFixture} once its first `rows` rows are there.
 */
export async function listOfNewJob(
  config: JobConfig,
  { advance, rows: count, ...options }: NewJobListOptions = {},
): Promise<{ el: InputProgressList; jobId: string }> {
  const jobId = await createJob(config);
  if (advance) await control.advance(jobId, advance);
  const el = await listFixture(jobId, options);
  await untilRows(el, count ?? Math.min(config.inputs ?? 0, options.limit ?? 20));
  return { el, jobId };
}

/** A client of the simulator, with `options` over the defaults. */
export const simulatorClient = (options: Partial<ClientOptions> = {}) =>
  createClient({ baseUrl: BASE_URL, ...options });

/**
 * A feed of `jobId` on the simulator (a client of its own unless given one), polling off unless
 * `options` say otherwise; destroyed when the test ends (the file calls `cleanUpEachTest` or
 * `fakeClockEachTest`).
 */
export function feedOf(
  jobId: string,
  options: Omit<FeedOptions, 'client' | 'jobId'> & { client?: InputProgressClient } = {},
): InputProgressFeed {
  const feed = createFeed({
    client: simulatorClient(),
    jobId,
    pollInterval: 0,
    ...options,
  });
  whenTestEnds(() => feed.destroy());
  return feed;
}

/** Two lists side by side sharing `feed`, once both rendered. */
export async function listsSharing(
  feed: InputProgressFeed,
): Promise<[InputProgressList, InputProgressList]> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <input-progress-list .clock=${testClock()} .feed=${feed}></input-progress-list
      ><input-progress-list .clock=${testClock()} .feed=${feed}></input-progress-list>
    </div>`,
  );
  return listsIn(wrapper) as [InputProgressList, InputProgressList];
}

/** Waits until the `name` part of `el` (a list, a job header) reads `expected`. */
export const untilPartText = (el: Element, name: string, expected: string) =>
  waitUntil(() => text(part(el, name)) === expected, `${name} to read “${expected}”`);

/** Waits until the list reads `status` ("Page 2 of 3") and shows that page's `count` rows. */
export const untilPage = (el: InputProgressList, status: string, count: number) =>
  waitUntil(() => pageStatus(el) === status && showsRows(el, count), `${status}, ${count} rows`);

/** Waits until the list shows `count` rows (any number when omitted). */
export async function untilRows(
  el: InputProgressList,
  count?: number,
  message = 'rows to render',
): Promise<void> {
  await waitUntil(() => showsRows(el, count), message);
  await el.updateComplete;
}
