/** Thrown by `createJob` (or answered with 409 over HTTP) when the job id is taken. */
export class JobExistsError extends Error {
  override readonly name = 'JobExistsError';
}
