/**
 * The form of a job id, shared by the forwarder (which refuses any other id before it builds
 * an upstream URL) and pages (which check a deep link's id against the same rule). This module
 * has no imports and no Node APIs, so a page can import `@input-progress/forwarder/job-id`
 * without pulling any server code into its bundle.
 */

/**
 * The form a job id must have before it is put into an upstream URL: `job_` followed by 1–100
 * ASCII letters, digits or underscores. Real ids look like `job_2abc3def4ghi5jkl6mno7pqr`; the
 * underscore is allowed so the simulator's presets (`job_demo_small`) pass too. Anything
 * else — percent-escapes, dots, slashes — cannot form another path, so it is refused outright.
 */
export const JOB_ID_PATTERN = /^job_[A-Za-z0-9_]{1,100}$/;

/**
 * {@link JOB_ID_PATTERN} without its anchors, for building other patterns (routes, an
 * `<input pattern>` attribute), so the form of an id is written down once.
 */
export const JOB_ID_FORM = JOB_ID_PATTERN.source.slice(1, -1);

/** True when `value` is a job id of the form the forwarder accepts. */
export function isJobId(value: unknown): value is string {
  return typeof value === 'string' && JOB_ID_PATTERN.test(value);
}
