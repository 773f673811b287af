import type { TrackedStatus } from './input-state.js';
import type { JobPlan } from './job-plan.js';

/** Per-status counts of tracked inputs at `time`, optionally for one port. */
export function countStatuses(
  plan: JobPlan,
  time: number,
  portName: string | null,
): Record<TrackedStatus, number> {
  const counts = { pending: 0, processing: 0, completed: 0, failed: 0 };
  for (const input of plan.inputs) {
    if (portName !== null && input.portName !== portName) continue;
    if (time < input.start) counts.pending++;
    else if (time < input.end) counts.processing++;
    else if (input.fails) counts.failed++;
    else counts.completed++;
  }
  return counts;
}
