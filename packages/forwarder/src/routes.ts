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

/** A request the forwarder will serve. */
export interface RouteMatch {
  readonly endpoint: Endpoint;
  readonly jobId: string;
  /** The upstream path and normalised query, e.g. `/batch/jobs/job_x/inputs/progress?limit=5`. */
  readonly target: string;
}

/**
 * Matches a path (after the mount prefix) and its query against the allow-list, or returns
 * null when the path is not an endpoint, or any parameter is unknown, repeated where it may
 * not be, or too long.
 */
export function matchRoute(path: string, params: URLSearchParams): RouteMatch | null {
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (match === null) continue;
    const query = normaliseQuery(params, route);
    if (query === null) return null;
    return { endpoint: route.endpoint, jobId: match[1]!, target: `${path}${query}` };
  }
  return null;
}

/**
 * Rebuilds the query from the known parameters in name order. Repeated `status` values keep
 * their order: it decides the order of the status buckets in the answer.
 */
function normaliseQuery(params: URLSearchParams, route: Route): string | null {
  const byName = new Map<string, string[]>();
  for (const [name, value] of params) {
    if (!route.params.has(name) || value.length > MAX_PARAM_LENGTH) return null;
    const values = byName.get(name);
    if (values === undefined) byName.set(name, [value]);
    else if (route.repeatable.has(name)) values.push(value);
    else return null;
  }
  const out = new URLSearchParams();
  for (const name of [...byName.keys()].sort()) {
    for (const value of byName.get(name)!) out.append(name, value);
  }
  const text = out.toString();
  return text === '' ? '' : `?${text}`;
}
