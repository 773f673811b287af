/**
 * The simulated job behind a story. A story asks for its job on every render; the job is made
 * again only when the controls that shape it changed, so switching `hold` off releases the
 * answers the list is waiting for instead of starting over.
 */
import type { JobConfig, SimulatedJob } from '@input-progress/simulator/browser';
import { simulator } from './page-api.js';
import { jobConfig, type PlaygroundArgs } from './playground-args.js';

const jobs = new Map<string, { signature: string; job: SimulatedJob }>();
let made = 0;

/**
 * The job of story `key` for these controls (`overrides` win over them), made on the page's
 * simulator. Holds or releases its answers as `args.hold` says.
 */
export function liveJob(
  key: string,
  args: PlaygroundArgs,
  overrides: JobConfig = {},
): SimulatedJob {
  const config: JobConfig = { ...jobConfig(args), ...overrides };
  const signature = JSON.stringify(config);
  let entry = jobs.get(key);
  if (entry?.signature !== signature) {
    if (entry) {
      entry.job.release();
      simulator.deleteJob(entry.job.id);
    }
    const id = `job_${key.replace(/[^a-z0-9]+/gi, '_')}_${++made}`;
    entry = { signature, job: simulator.createJob({ ...config, id }) };
    jobs.set(key, entry);
  }
  if (args.hold) entry.job.hold();
  else entry.job.release();
  return entry.job;
}
