import { excerpt } from './api-error.js';
import { controlAccessFailure } from './control-access.js';
import { faultConfigProblems } from './fault-config-problems.js';
import { emptyResponse, errorsResponse, jsonResponse } from './http-responses.js';
import { JobConfigError } from './job-config.js';
import { JobExistsError } from './job-exists-error.js';
import type { SimulatorContext } from './simulator-context.js';
import type { FaultConfig, JobConfig } from './types.js';

/** The path prefix of the control API. */
export const CONTROL_PREFIX = '/__simulator';

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Serves the `/__simulator` control API that tests use over HTTP: create jobs, move their
 * clocks, hold and release their answers, read the requests they received, set faults, delete them. JSON in, JSON out.
 * Only for the simulator's own origin (or `cors.origin`), and with the key when `apiKeys` is set.
 */
export async function handleControlRequest(
  ctx: SimulatorContext,
  request: Request,
  url: URL,
): Promise<Response> {
  // Preflights carry no credentials; whether the browser may go on is up to the CORS headers.
  if (request.method === 'OPTIONS') return emptyResponse(204);
  const refused = controlAccessFailure(ctx, request, url);
  if (refused) return refused;
  const parts = url.pathname.slice(CONTROL_PREFIX.length).split('/');
  const method = request.method;
  const bad = (status: number, code: string, messages: readonly string[]): Response =>
    errorsResponse(
      status,
      messages.map((message) => ({ code, message })),
      ctx.uid,
    );
  const invalidJson = (): Response =>
    bad(400, 'invalid_json', ['The request body is not valid JSON.']);

  // /__simulator/faults
  if (parts.length === 2 && parts[1] === 'faults' && method === 'PUT') {
    const body = await readJson(request);
    if (!body.ok) return invalidJson();
    const problems = faultConfigProblems(body.value);
    if (problems.length > 0) return bad(400, 'invalid_faults', problems);
    ctx.globalFaults.set(body.value as FaultConfig);
    return emptyResponse(204);
  }
  // /__simulator/requests
  if (parts.length === 2 && parts[1] === 'requests' && method === 'GET') {
    return jsonResponse(ctx.requestsOf(undefined));
  }
  // /__simulator/jobs
  if (parts.length === 2 && parts[1] === 'jobs') {
    if (method === 'GET') return jsonResponse([...ctx.jobs.values()].map((j) => j.id));
    if (method !== 'POST') return bad(405, 'method_not_allowed', ['Use POST to create a job.']);
    const body = await readJson(request);
    if (!body.ok) return invalidJson();
    try {
      const job = ctx.createJob(body.value as JobConfig, 'manual');
      return jsonResponse({ id: job.id }, 201);
    } catch (error) {
      if (error instanceof JobConfigError) return bad(400, 'invalid_job_config', error.problems);
      if (error instanceof JobExistsError) return bad(409, 'job_exists', [error.message]);
      throw error;
    }
  }
  if (parts[1] !== 'jobs' || !parts[2] || parts.length > 4) {
    return bad(404, 'not_found', [`No control endpoint at ${excerpt(url.pathname)}.`]);
  }
  let jobId: string;
  try {
    jobId = decodeURIComponent(parts[2]);
  } catch {
    return bad(404, 'job_not_found', ['Malformed job id.']);
  }
  const job = ctx.jobs.get(jobId);
  const action = parts[3] ?? '';
  if (!job) return bad(404, 'job_not_found', [`Job "${excerpt(jobId)}" was not found.`]);

  if (action === '' && method === 'GET') {
    return jsonResponse({
      id: job.id,
      name: job.name,
      status: job.status(),
      now: job.now(),
      elapsedMs: job.elapsed(),
      clock: job.clock.mode,
      counts: job.counts(),
    });
  }
  if (action === '' && method === 'DELETE') {
    // Held requests would otherwise never be answered.
    job.release();
    ctx.jobs.delete(jobId);
    return emptyResponse(204);
  }
  if (action === 'advance' && method === 'POST') {
    const body = await readJson(request);
    if (!body.ok) return invalidJson();
    const ms = (body.value as { ms?: unknown } | null)?.ms;
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
      return bad(400, 'invalid_parameter', ['Body must be {"ms": <number ≥ 0>}.']);
    }
    return jsonResponse({ now: job.advance(ms) });
  }
  if (action === 'requests' && method === 'GET') return jsonResponse(ctx.requestsOf(jobId));
  if (action === 'hold' && method === 'POST') {
    job.hold();
    return emptyResponse(204);
  }
  if (action === 'release' && method === 'POST') {
    job.release();
    return emptyResponse(204);
  }
  if (action === 'faults' && method === 'PUT') {
    const body = await readJson(request);
    if (!body.ok) return invalidJson();
    const problems = faultConfigProblems(body.value);
    if (problems.length > 0) return bad(400, 'invalid_faults', problems);
    job.setFaults(body.value as FaultConfig);
    return emptyResponse(204);
  }
  return bad(404, 'not_found', [
    `No control endpoint ${excerpt(method, 10)} ${excerpt(url.pathname)}.`,
  ]);
}
