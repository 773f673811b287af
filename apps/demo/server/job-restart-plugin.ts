import type { IncomingMessage, ServerResponse } from 'node:http';
import { PRESET_JOB_IDS, type Simulator } from '@input-progress/simulator';
import type { Plugin } from 'vite';
import { JOB_ID_FORM } from '@input-progress/forwarder/job-id';
import { middlewarePlugin } from './middleware-plugin.js';

/**
 * Where the page asks for a restart: `POST /__demo/jobs/{id}/restart` always restarts the job;
 * `POST /__demo/jobs/{id}/open` (sent when a page opens a job) restarts a preset that has run
 * to its end, so whoever opens the dashboard, however long after `pnpm demo`, sees it live.
 */
const RESTART_PATH = new RegExp(`^/__demo/jobs/(${JOB_ID_FORM})/(restart|open)$`);

/** Presets that are meant to look finished or empty: opening them never restarts them. */
const KEPT_AS_THEY_ARE = new Set(['job_demo_finished', 'job_demo_empty']);

/**
 * Lets the dashboard restart a simulated job: the presets run once from the moment the server
 * starts, so without it a visitor who arrives a few minutes later only ever sees "All done".
 * Opening a finished preset restarts it; "Run again" restarts any job. The job is re-created
 * with its own configuration and id, so its clock starts again from zero. Only mounted in
 * simulator mode; the real API is never touched.
 *
 * A request with an `Origin` other than this server's own is refused (`403`), so a page on
 * another site open in the same browser cannot restart jobs on the developer's machine.
 */
export function jobRestartPlugin(simulator: Simulator): Plugin {
  return middlewarePlugin('input-progress-demo:job-restart', middleware);

  function middleware(req: IncomingMessage, res: ServerResponse, next: () => void): void {
    const match = RESTART_PATH.exec((req.url ?? '').split('?', 1)[0] ?? '');
    if (!match) {
      next();
      return;
    }
    const [, id, action] = match as unknown as [string, string, 'restart' | 'open'];
    const job = simulator.getJob(id);
    res.setHeader('content-type', 'application/json');
    if (!isSameOrigin(req)) {
      res.statusCode = 403;
      res.end(
        JSON.stringify({
          errors: [{ code: 'cross_origin', message: 'Only this dashboard may restart jobs.' }],
        }),
      );
      return;
    }
    if (req.method !== 'POST') {
      res.statusCode = 405;
      res.end(JSON.stringify({ errors: [{ code: 'method_not_allowed', message: 'Use POST.' }] }));
      return;
    }
    if (!job) {
      res.statusCode = 404;
      res.end(
        JSON.stringify({ errors: [{ code: 'job_not_found', message: 'No such simulated job.' }] }),
      );
      return;
    }
    const restart =
      action === 'restart' ||
      ((PRESET_JOB_IDS as readonly string[]).includes(id) &&
        !KEPT_AS_THEY_ARE.has(id) &&
        job.status() !== 'PENDING' &&
        job.status() !== 'RUNNING');
    if (restart) {
      simulator.deleteJob(id);
      simulator.createJob({ ...job.config, id });
    }
    res.statusCode = 200;
    res.end(JSON.stringify({ id, restarted: restart }));
  }
}

/**
 * True when the request names no `Origin` (curl, a test client) or the origin the browser
 * addressed this server by. The `Host` it is compared with has passed Vite's own host check
 * (`server.allowedHosts`), so a rebound DNS name cannot pose as this server.
 */
function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    // `Origin: null` (sandboxed frames, file: pages) and garbage are foreign.
    return false;
  }
}
