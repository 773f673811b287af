import { rememberConfiguration } from './client-identity.js';
import type { ClientOptions, InputProgressClient, RequestOptions } from './client-options.js';
import { systemClock } from './clock.js';
import { createConditionalCache, revalidating } from './conditional-cache.js';
import { apiErrorOf } from './error-body.js';
import { InputProgressError } from './errors.js';
import { parseJson } from './parse-json.js';
import {
  parseInputsProgressCounts,
  parseInputsProgressPage,
  parseInputsProgressTraces,
  parseJob,
} from './parse-response.js';
import { createRedactor } from './redact.js';
import { parseRetryAfter } from './retry-after.js';
import { retryPolicy, withRetries } from './retry.js';
import { timedAttempt, type AttemptContext } from './timed-attempt.js';

/** How many conditional answers a client keeps (one per URL; the oldest goes first). */
const KEPT_ANSWERS = 20;

/** The public API root. */
export const DEFAULT_BASE_URL = 'https://api.u1.archetypeai.app/v0.5';

/** Per attempt, including reading the body, unless {@link ClientOptions.timeoutMs} says otherwise. */
const DEFAULT_TIMEOUT_MS = 15_000;

/** What one GET of a job's resource asks for. */
interface JobRequest<T> {
  readonly jobId: string;
  /** The path below the job, e.g. `/inputs/progress` (`''`: the job itself). */
  readonly path: string;
  /** Query parameters; `null`/`undefined` values are left out, arrays repeat the name. */
  readonly params: Readonly<Record<string, unknown>>;
  /** Validates and normalises the JSON body. */
  readonly parse: (body: unknown) => T;
  /** Revalidates the answer kept for the URL (see `ConditionalCache`). */
  readonly conditional?: boolean;
}

/** The request headers of a client: `Headers` merges names case-insensitively, `fetch` gets a plain object. */
function requestHeaders({ headers, apiKey }: ClientOptions): Readonly<Record<string, string>> {
  const merged = new Headers(headers as HeadersInit | undefined);
  if (!merged.has('accept')) merged.set('accept', 'application/json');
  if (apiKey) merged.set('authorization', `Bearer ${apiKey}`);
  return Object.fromEntries(merged);
}

/** `?name=value&…` of `params` (empty when none is set). */
function searchOf(params: Readonly<Record<string, unknown>>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const item of [value].flat()) if (item != null) search.append(name, item as string);
  }
  const query = `${search}`;
  return query && `?${query}`;
}

/**
 * Creates a client of the batch progress API. Requests are plain GETs through `fetch`; a
 * failure rejects with an {@link InputProgressError} subclass, an abort with the signal's
 * reason. Responses are validated and normalised to camelCase.
 *
 * @example
 * const client = createClient({ baseUrl: '/api' });
 * const page = await client.listInputsProgress('job_123', { statuses: ['failed'], limit: 20 });
 */
export function createClient(options: ClientOptions = {}): InputProgressClient {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const clock = options.clock ?? systemClock;
  const headers = requestHeaders(options);
  const redactor = createRedactor(headers, options.apiKey);
  const attemptContext: AttemptContext = {
    // The global `fetch` is looked up per request, as the platform may install it late.
    send: options.fetch ?? ((url, init) => fetch(url, init as RequestInit)),
    clock,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    redactor,
  };
  const cache = createConditionalCache(KEPT_ANSWERS);

  /** One attempt at `url`: the parsed body of a 2xx (or of a 304 of a kept answer), else an ApiError. */
  async function getOnce<T>(url: string, request: JobRequest<T>, signal?: AbortSignal) {
    const { conditional = false, parse } = request;
    const known = conditional ? cache.lookup(url) : undefined;
    const sent = revalidating(headers, known);
    const { response, text } = await timedAttempt(attemptContext, url, sent, signal);
    // Not modified: the body is the one that came with the tag.
    if (response.status === 304 && known) return known.value as T;
    if (!response.ok) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), clock.now());
      throw apiErrorOf({ status: response.status, text, url }, retryAfterMs, redactor);
    }
    // An empty or non-JSON 2xx body (e.g. a gateway's HTML page) is a shape error of the whole body.
    const value = parse(parseJson(text));
    if (conditional) cache.keep(url, response.headers.get('etag'), value);
    return value;
  }

  /** GETs a job's resource, retrying as the client's and the call's policy say. */
  async function get<T>(request: JobRequest<T>, init: RequestOptions = {}): Promise<T> {
    const { jobId, path, params } = request;
    // `encodeURIComponent` keeps dots: '', '.' and '..' would leave the job's path segment
    // (`…/jobs/../` is `…/batch/`), so they never reach the network.
    if (/^\.{0,2}$/.test(jobId)) throw new InputProgressError(`Invalid job id "${jobId}"`);
    const url = `${baseUrl}/batch/jobs/${encodeURIComponent(jobId)}${path}${searchOf(params)}`;
    const policy = retryPolicy(options.retry, init.retry);
    return withRetries(() => getOnce(url, request, init.signal), policy, clock, init.signal);
  }

  const progress = '/inputs/progress';
  const client: InputProgressClient = {
    listInputsProgress: (jobId, query = {}, init) =>
      get(
        {
          jobId,
          path: progress,
          params: {
            port_name: query.portName,
            status: query.statuses,
            order: query.order,
            offset: query.offset,
            limit: query.limit,
          },
          parse: (body) => parseInputsProgressPage(body, jobId),
        },
        init,
      ),
    getInputsProgressCounts: (jobId, query = {}, init) =>
      get(
        {
          jobId,
          path: `${progress}/counts`,
          params: { port_name: query.portName },
          parse: (body) => parseInputsProgressCounts(body, jobId),
        },
        init,
      ),
    getJob: (jobId, init) => get({ jobId, path: '', params: {}, parse: parseJob }, init),
    getInputsProgressTraces: (jobId, query = {}, init) =>
      get(
        {
          jobId,
          path: `${progress}/traces`,
          params: { port_name: query.portName, buckets: query.buckets },
          parse: (body) => parseInputsProgressTraces(body, jobId),
          conditional: true,
        },
        init,
      ),
  };
  // Feeds created with `share: true` share loads between clients of equal plain options.
  if (!options.fetch && !options.headers)
    rememberConfiguration(client, baseUrl, options.apiKey, clock);
  return client;
}
