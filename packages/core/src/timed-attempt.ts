import { type Clock } from './clock.js';
import type { FetchLike, FetchResponse } from './client-options.js';
import { NetworkError, TimeoutError } from './errors.js';
import type { Redactor } from './redact.js';

/** What one attempt needs besides its URL and headers. */
export interface AttemptContext {
  /** The fetch to send through. */
  readonly send: FetchLike;
  /** The clock the timeout runs on. */
  readonly clock: Clock;
  /** Per attempt, including reading the body. */
  readonly timeoutMs: number;
  /** Scrubs secrets from what an error reports. */
  readonly redactor: Redactor;
}

/** A response with its whole body read. */
export interface AttemptAnswer {
  readonly response: FetchResponse;
  readonly text: string;
}

/**
 * One GET: the response and its whole body, within the timeout. A failure rejects with a
 * {@link TimeoutError} or a {@link NetworkError} (secrets scrubbed), an abort of `signal` with
 * its reason. An own controller rather than `AbortSignal.any`/`AbortSignal.timeout` (missing
 * before Safari 17.4 and Firefox 124, and the latter always on the real clock), and a timer
 * cleared once the attempt settled, so none outlives a stop.
 */
export async function timedAttempt(
  context: AttemptContext,
  url: string,
  headers: Readonly<Record<string, string>>,
  signal: AbortSignal | undefined,
): Promise<AttemptAnswer> {
  const { clock, timeoutMs, redactor } = context;
  signal?.throwIfAborted();
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(signal!.reason);
  const timer = clock.setTimeout(() => controller.abort(), timeoutMs);
  signal?.addEventListener('abort', forwardAbort);
  try {
    const response = await context.send(url, { headers, signal: controller.signal });
    return { response, text: await response.text() };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    const failure = error as Error | null;
    const shown = `${failure?.message}${failure?.stack}${(failure?.cause as Error | null)?.message}`;
    const shownUrl = redactor.redact(url);
    throw controller.signal.aborted
      ? new TimeoutError(`No response within ${timeoutMs} ms`, { url: shownUrl })
      : new NetworkError(redactor.redact(`${failure?.message ?? failure}`), {
          url: shownUrl,
          // Keep the original cause for debugging only when no secret shows in it.
          cause: redactor.redact(shown) === shown ? error : undefined,
        });
  } finally {
    clock.clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}
