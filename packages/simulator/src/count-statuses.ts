import type { TrackedStatus } from './input-state.js';
import type { JobPlan } from './job-plan.js';

/** Per-status counts of tracked inputs at `t`, optionally for one port. */
export function countStatuses(
  plan: JobPlan,
  t: number,
  portName: string | null,
): Record<TrackedStatus, number> {
  const counts = { pending: 0, processing: 0, completed: 0, failed: 0 };
  for (const p of plan.inputs) {
    if (portName !== null && p.portName !== portName) continue;
    if (t < p.start) counts.pending++;
    else if (t < p.end) counts.processing++;
    else if (p.fails) counts.failed++;
    else counts.completed++;
  }
  return counts;
}
