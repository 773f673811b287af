/**
 * Asking the API for one query: unless it asked to wait, one upstream request, whose answer
 * is classified (cache it, pass it on, or withhold it) and shared through the store.
 */
import type { AnswerCache } from './answer-cache.js';
import type { CachedAnswer } from './cached-answer.js';
import { bodyEtag } from './etag.js';
import { overBudget, spendBudget } from './job-budget.js';
import type { ForwarderConfig } from './forwarder-config.js';
import type { Hooks } from './hooks.js';
import type { KeyFilter } from './key-filter.js';
import { ownError, type Outcome } from './outcome.js';
import type { RouteMatch } from './routes.js';
import { sendUpstream } from './send-upstream.js';
import { holdOff, waitSeconds, type WaitBook } from './upstream-wait.js';

/** What a refresh works with. */
export interface RefreshContext {
  readonly config: ForwarderConfig;
  readonly cache: AnswerCache;
  readonly waits: WaitBook;
  readonly keys: KeyFilter;
  readonly hooks: Hooks;
}

/**
 * Asks the API for `target` (unless it asked to wait or the job's budget is spent), and
 * shares the answer under `key`. Runs to the end even when every viewer has gone, so the
 * answer fills the cache (bounded by the upstream timeout).
 */
export async function refresh(
  { config, cache, waits, keys, hooks }: RefreshContext,
  key: string,
  target: RouteMatch,
  previous: CachedAnswer | undefined,
): Promise<Outcome> {
  const { clock, apiKey } = config;
  const found = await waits.current(target.jobId);
  if (found) {
    const now = clock.now();
    if (found.wait.until > now) return holdOff(previous, found.wait, now);
    // The wait is over: one request, across every instance sharing the store, tries again.
    if (!(await waits.claimProbe(found))) {
      return holdOff(previous, { ...found.wait, until: now + 1000 }, now);
    }
  }
  if (!(await spendBudget(cache, target.jobId, clock.now(), config.jobBudgetPerSecond))) {
    return overBudget(previous, clock.now());
  }

  const url = config.upstreamBase + target.target;
  const headers = new Headers({ authorization: `Bearer ${apiKey}`, accept: 'application/json' });
  if (previous?.status === 200 && previous.upstreamEtag !== null) {
    headers.set('if-none-match', previous.upstreamEtag);
  }
  const sent = clock.now();
  const reply = await sendUpstream(config, url, headers);
  hooks.upstream({
    url,
    endpoint: target.endpoint,
    jobId: target.jobId,
    status: reply.ok ? reply.response.status : null,
    error: reply.ok ? null : reply.error,
    durationMs: clock.now() - sent,
  });
  if (!reply.ok) {
    if (reply.error === 'timeout') {
      return ownError(504, 'upstream_timeout', 'The API did not answer in time.');
    }
    if (reply.error === 'too_large') {
      return ownError(502, 'upstream_too_large', 'The API answer was larger than allowed.');
    }
    return ownError(502, 'upstream_unreachable', 'The API could not be reached.');
  }
  const { response, body } = reply;
  const now = clock.now();
  const status = response.status;

  if (status === 304 && previous?.status === 200) {
    const renewed: CachedAnswer = { ...previous, storedAt: now };
    if (found) await waits.clear(target.jobId);
    await cache.set(key, renewed, config.keepLastGoodMs);
    return { answer: renewed, cache: 'miss', retryAfter: null };
  }
  // A redirect would send the browser elsewhere with our request; the UI never needs one.
  if (status >= 300 && status < 400) {
    return ownError(
      502,
      'upstream_redirect',
      'The API answered with a redirect, which is not forwarded.',
    );
  }
  // Only JSON reaches the dashboard's origin: an HTML or SVG page could run script there.
  const json = parseJson(body);
  if (keys.inBody(body, json?.value)) {
    return ownError(
      502,
      'upstream_leak',
      'The API response was withheld because it contained a secret.',
    );
  }

  if (status === 429 || status === 503) {
    const seconds = waitSeconds(response.headers.get('retry-after'), now);
    const wait = { until: now + seconds * 1000, seconds, status };
    await waits.record(target.jobId, wait, now);
    if (previous?.status === 200 || json === null) return holdOff(previous, wait, now, 'miss');
    return { answer: { status, body: json.text }, cache: 'miss', retryAfter: seconds };
  }
  if (json === null) {
    return ownError(502, 'upstream_not_json', 'The API answered with something other than JSON.');
  }
  if (found) await waits.clear(target.jobId);
  if (status === 200 || (status >= 400 && status < 500 && status !== 408)) {
    const upstreamEtag = keys.safeHeader(response.headers.get('etag'));
    const answer: CachedAnswer = {
      status,
      etag: upstreamEtag ?? (await bodyEtag(json.text)),
      upstreamEtag,
      body: json.text,
      storedAt: now,
    };
    await cache.set(key, answer, config.keepLastGoodMs);
    return { answer, cache: 'miss', retryAfter: null };
  }
  return { answer: { status, body: json.text }, cache: 'miss', retryAfter: null };
}

/** The body as JSON text and value, or null when it is not JSON (or not UTF-8). */
function parseJson(body: Uint8Array): { text: string; value: unknown } | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { text, value: JSON.parse(text) as unknown };
  } catch {
    return null;
  }
}
