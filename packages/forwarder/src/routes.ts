/**
 * The allow-list: which GET endpoints of the batch API the forwarder serves, which query
 * parameters each takes, and the normalised form of a query, so that two viewers asking the
 * same thing in a different parameter order share one cache entry and one upstream request.
 */
import { JOB_ID_FORM } from './job-id.js';

/** The endpoints the forwarder serves, named as in the API's own vocabulary. */
export type Endpoint = 'job' | 'progress' | 'counts' | 'traces';

interface Route {
  readonly endpoint: Endpoint;
  /** Matches the path after the prefix; group 1 is the job id. */
  readonly pattern: RegExp;
  /** Query parameter names the endpoint knows. */
  readonly params: ReadonlySet<string>;
  /** Names that may appear more than once (`status=a&status=b`). */
  readonly repeatable: ReadonlySet<string>;
}

const JOB = `(${JOB_ID_FORM})`;

/** The GET endpoints of the API that a progress UI needs, nothing else. */
const ROUTES: readonly Route[] = [
  {
    endpoint: 'job',
    pattern: new RegExp(`^/batch/jobs/${JOB}$`),
    params: new Set(),
    repeatable: new Set(),
  },
  {
    endpoint: 'progress',
    pattern: new RegExp(`^/batch/jobs/${JOB}/inputs/progress$`),
    params: new Set(['port_name', 'status', 'order', 'offset', 'limit']),
    repeatable: new Set(['status']),
  },
  {
    endpoint: 'counts',
    pattern: new RegExp(`^/batch/jobs/${JOB}/inputs/progress/counts$`),
    params: new Set(['port_name']),
    repeatable: new Set(),
  },
  {
    endpoint: 'traces',
    pattern: new RegExp(`^/batch/jobs/${JOB}/inputs/progress/traces$`),
    params: new Set(['buckets']),
    repeatable: new Set(),
  },
];

/** Longest query value accepted; real values are short, so longer ones are abuse. */
const MAX_PARAM_LENGTH = 256;

/** Longest query string (after `?`) accepted: every real query fits in a fraction of it. */
export const MAX_QUERY_LENGTH = 1024;

/** The input statuses the API documents: `status` takes only these, each at most once. */
const STATUSES: ReadonlySet<string> = new Set(['pending', 'processing', 'completed', 'failed']);

/** A request the forwarder will serve. */
export interface RouteMatch {
  readonly endpoint: Endpoint;
  readonly jobId: string;
  /** The upstream path and normalised query, e.g. `/batch/jobs/job_x/inputs/progress?limit=5`. */
  readonly target: string;
}

/** A request for an endpoint whose query values the forwarder refuses (`400`). */
export interface QueryRefusal {
  readonly invalid: string;
}

/**
 * Matches a path (after the mount prefix) and its query against the allow-list. Null when
 * the path is not an endpoint, or any parameter is unknown, repeated where it may not be, or
 * too long; a {@link QueryRefusal} naming the rule when a value is not one the API documents
 * (`status` outside its four values or repeated, `limit` not 1–`maxLimit`, `offset`,
 * `buckets` not whole numbers, `order` not `asc`/`desc`).
 */
export function matchRoute(
  path: string,
  params: URLSearchParams,
  maxLimit: number,
): RouteMatch | QueryRefusal | null {
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (match === null) continue;
    const byName = collect(params, route);
    if (byName === null) return null;
    const invalid = checkValues(byName, maxLimit);
    if (invalid !== null) return { invalid };
    return { endpoint: route.endpoint, jobId: match[1]!, target: `${path}${serialise(byName)}` };
  }
  return null;
}

/** The known parameters by name, or null when one is unknown, over-long or wrongly repeated. */
function collect(params: URLSearchParams, route: Route): Map<string, string[]> | null {
  const byName = new Map<string, string[]>();
  for (const [name, value] of params) {
    if (!route.params.has(name) || value.length > MAX_PARAM_LENGTH) return null;
    const values = byName.get(name);
    if (values === undefined) byName.set(name, [value]);
    else if (route.repeatable.has(name)) values.push(value);
    else return null;
  }
  return byName;
}

/** Checks (and normalises, in place) the values; returns what is wrong, or null. */
function checkValues(byName: Map<string, string[]>, maxLimit: number): string | null {
  const statuses = byName.get('status') ?? [];
  if (statuses.some((status) => !STATUSES.has(status))) {
    return 'status takes pending, processing, completed or failed.';
  }
  if (new Set(statuses).size !== statuses.length) return 'Each status may appear once.';
  const whole = (name: string, min: number, max: number): string | null => {
    const value = byName.get(name)?.[0];
    if (value === undefined) return null;
    const number = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
    if (!(number >= min && number <= max))
      return `${name} must be a whole number from ${min} to ${max}.`;
    // `limit=05` and `limit=5` are one query.
    byName.set(name, [String(number)]);
    return null;
  };
  const order = byName.get('order')?.[0];
  if (order !== undefined && order !== 'asc' && order !== 'desc') return 'order is asc or desc.';
  return (
    whole('limit', 1, maxLimit) ?? whole('offset', 0, 999_999_999) ?? whole('buckets', 0, 10_000)
  );
}

/**
 * The query from the known parameters in name order. Repeated `status` values keep their
 * order: it decides the order of the status buckets in the answer.
 */
function serialise(byName: Map<string, string[]>): string {
  const out = new URLSearchParams();
  for (const name of [...byName.keys()].sort()) {
    for (const value of byName.get(name)!) out.append(name, value);
  }
  const text = out.toString();
  return text === '' ? '' : `?${text}`;
}
