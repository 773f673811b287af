import { etagMatches, sleep } from '@input-progress/core';
import { excerpt } from './api-error.js';
import { bearerAuthFailure } from './bearer-auth.js';
import { bodyEtag } from './body-etag.js';
import { errorsResponse, emptyResponse, jsonResponse, jsonTextResponse } from './http-responses.js';
import { faultResponse } from './fault-response.js';
import { parseIntegerParam, parseProgressQuery } from './progress-query.js';
import type { SimulatorContext } from './simulator-context.js';
import { TRACE_BUCKETS } from './traces.js';
import type { ApiEndpoint } from './types.js';
import type { ApiErrorEntry } from './api-error.js';

interface ApiRoute {
  readonly endpoint: ApiEndpoint;
  readonly jobId: string;
}

/** Matches `/batch/jobs/{id}[/inputs/progress[/counts|/traces]]` (the path after the base). */
function matchRoute(rest: string): ApiRoute | null | 'bad-id' {
  const parts = rest.split('/');
  if (parts[0] !== '' || parts[1] !== 'batch' || parts[2] !== 'jobs' || !parts[3]) return null;
  let jobId: string;
  try {
    jobId = decodeURIComponent(parts[3]);
  } catch {
    return 'bad-id';
  }
  const tail = parts.slice(4).join('/');
  const endpoint: ApiEndpoint | undefined = (
    {
      '': 'job',
      'inputs/progress': 'progress',
      'inputs/progress/counts': 'counts',
      'inputs/progress/traces': 'traces',
    } as const
  )[tail];
  return endpoint === undefined || (tail === '' && parts.length > 4) ? null : { endpoint, jobId };
}

/** Serves one request under the API base path (`/api/...` by default). */
export async function handleApiRequest(
  ctx: SimulatorContext,
  request: Request,
  url: URL,
): Promise<Response> {
  const route = matchRoute(url.pathname.slice(ctx.basePath.length));
  const jobId = route && route !== 'bad-id' ? route.jobId : null;
  ctx.record(jobId, request, url);

  // Preflights never need the key and are never faulted: the browser sends no credentials.
  if (request.method === 'OPTIONS') return emptyResponse(204);
  if (request.method !== 'GET') {
    return errorsResponse(
      405,
      [
        {
          code: 'method_not_allowed',
          message: `${excerpt(request.method, 20)} is not allowed here.`,
          suggestion: 'Use GET.',
        },
      ],
      ctx.uid,
      { allow: 'GET, OPTIONS' },
    );
  }
  const unauthorized = bearerAuthFailure(ctx.options.apiKeys, request);
  if (unauthorized) return unauthorized;

  if (route === null || route === 'bad-id') {
    return errorsResponse(
      404,
      [
        {
          code: 'not_found',
          message: `No endpoint at ${excerpt(url.pathname)}.`,
          suggestion: 'Check the URL against the API reference.',
        },
      ],
      ctx.uid,
    );
  }
  const job = ctx.jobs.get(route.jobId);
  const jobDecision = job?.faults.next(route.endpoint);
  const globalDecision = ctx.globalFaults.next(route.endpoint);
  const latency = (jobDecision?.latencyMs ?? 0) + globalDecision.latencyMs;
  if (latency > 0) await sleep(ctx.clock, latency);
  const held = job?.held();
  // A client that gave up (aborted or disconnected) is not kept waiting for the release.
  if (held)
    await Promise.race([
      held,
      new Promise((resolve) => request.signal.addEventListener('abort', resolve, { once: true })),
    ]);
  const rule = jobDecision?.rule ?? globalDecision.rule;
  if (rule) return faultResponse(rule, route.jobId, ctx.uid);

  if (!job) {
    return errorsResponse(
      404,
      [
        {
          code: 'job_not_found',
          message: `Job "${excerpt(route.jobId)}" was not found.`,
          suggestion:
            'Check the job id; jobs are only visible to the organization that created them.',
        },
      ],
      ctx.uid,
    );
  }

  const params = url.searchParams;
  // Repeated single-valued parameters: the last one wins, as in the progress query.
  const portNames = params.getAll('port_name');
  const portName = portNames.length > 0 ? portNames[portNames.length - 1]! : null;
  switch (route.endpoint) {
    case 'job':
      return jsonResponse(job.jobBody());
    case 'counts':
      return jsonResponse(job.countsBody(portName));
    case 'progress': {
      const parsed = parseProgressQuery(params, ctx.maxLimit);
      if (!parsed.ok) return errorsResponse(400, parsed.errors, ctx.uid);
      return jsonResponse(job.progressBody(parsed.value));
    }
    case 'traces': {
      const errors: ApiErrorEntry[] = [];
      const requested = parseIntegerParam(params, 'buckets', 0, Number.MAX_SAFE_INTEGER, errors);
      if (errors.length > 0) return errorsResponse(400, errors, ctx.uid);
      const buckets = Math.min(
        TRACE_BUCKETS.max,
        Math.max(TRACE_BUCKETS.min, requested ?? TRACE_BUCKETS.default),
      );
      const text = JSON.stringify(job.tracesBody(buckets, portName));
      // From the body, not from the job's state: real-clock bodies hold wall-clock times, so
      // only the bytes themselves say whether a client's cached copy is still the current one.
      const etag = bodyEtag(text, 'tr');
      const headers = { etag, 'cache-control': 'no-cache' };
      if (etagMatches(request.headers.get('if-none-match'), etag))
        return emptyResponse(304, headers);
      return jsonTextResponse(text, 200, headers);
    }
  }
}
