/**
 * Loads of one page of one job through one client configuration, shared by every feed that
 * shows that page: the feeds attached to a key join its load in flight and all see each of
 * its outcomes, so they make one request where each would have made its own, and their
 * schedules (which count from the last outcome) stay in step.
 *
 * A key lives as long as a feed is attached to it: the last feed leaving aborts its load in
 * flight and drops it (the registry of shared feeds, in `load-registry.ts`, keeps its last
 * page for a while). A feed that stops leaves at the end of its task, not at once: a feed
 * attached again within that task (React StrictMode's second effect, an element moved in the
 * page) joins the load in flight instead of aborting it and sending it again. A feed moving
 * to another query leaves at once: the obsolete load is aborted before it is sent.
 *
 * Feeds created without `share` each get a registry of their own, so the same code serves
 * both. Modelled on TanStack Query's `QueryCache` (queries by key) and `QueryObserver`
 * (ref-counted observers of a query).
 */
import type { Clock } from './clock.js';
import type { InputProgressClient } from './client-options.js';
import { ApiError, InputProgressError, isRetryable, toInputProgressError } from './errors.js';
import { toPageRows, type PageRows } from './page-rows.js';
import { batch } from './notify-queue.js';
import type { Pagination } from './pagination.js';
import type { InputsProgressCounts } from './types.js';

/** A load that succeeded: the page's rows, its total and the job's counts. */
export interface LoadSuccess extends PageRows {
  readonly ok: true;
  /** When it settled (ms since the epoch). */
  readonly at: number;
  readonly total: number;
  /** The per-status counts, or `null` when their request failed (see `countsError`). */
  readonly counts: InputsProgressCounts | null;
  readonly countsError: InputProgressError | null;
  /** Items the answer held beyond the `limit` asked for, which were ignored (normally 0). */
  readonly ignoredItems: number;
}

/** A load that failed, and why. */
export interface LoadFailure {
  readonly ok: false;
  /** When it settled (ms since the epoch). */
  readonly at: number;
  readonly error: InputProgressError;
}

export type LoadOutcome = LoadSuccess | LoadFailure;

/**
 * What a key knows: its last outcome, whether it is loading, and its failures (named as
 * `decidePoll` names them, since they decide the next load of every feed of the key).
 */
export interface LoadState {
  /** The latest settled load, or `null` before the first. */
  readonly outcome: LoadOutcome | null;
  readonly isFetching: boolean;
  /** When the latest load settled (ms since the epoch); 0 before the first. */
  readonly settledAt: number;
  /** Failures in a row since the last success. */
  readonly failureCount: number;
  /** Whether the last failure was a 4xx retrying cannot fix. */
  readonly fatal: boolean;
  /** The last failure's `Retry-After`, in ms, or `null`. */
  readonly retryAfterMs: number | null;
  /** The jitter draw of the last failure, in [0, 1): one per failure, so every feed waits alike. */
  readonly random: number;
}

/** What a feed asks a load for. */
export interface LoadRequest {
  readonly client: InputProgressClient;
  readonly jobId: string;
  readonly query: Pagination;
  /** The clock the outcome's time and a failure's jitter draw are read from. */
  readonly clock: Clock;
  /** Rows to share structure with while the key has loaded none (the feed's last page). */
  readonly previous: PageRows | null;
}

/** One key's loads, as its feeds see them. */
export interface SharedLoad {
  readonly key: string;
  readonly state: LoadState;
  /** Calls `onChange` after every change of `state` until {@link SharedLoad.detach}. */
  attach(onChange: () => void): void;
  /**
   * Stops calling `onChange`; the last one leaving aborts the load in flight and drops the
   * key: at once (the feed moved to another query, whose load replaces this one), or with
   * `'end-of-task'` at the end of the task, unless a feed attached again meanwhile (the
   * feed stopped, and may be back within the task).
   */
  detach(onChange: () => void, when?: 'now' | 'end-of-task'): void;
  /** Starts a load, or joins the one in flight; resolves when it settled or was aborted. */
  load(request: LoadRequest): Promise<void>;
  /** Aborts the load in flight (e.g. the network went away) without an outcome. */
  cancel(): void;
}

/** The shared loads by key. */
export interface LoadRegistry {
  /** The shared load of `key`, created when there is none. */
  get(key: string): SharedLoad;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The state of a key before its first load. */
export const NOTHING_LOADED: LoadState = {
  outcome: null,
  isFetching: false,
  settledAt: 0,
  failureCount: 0,
  fatal: false,
  retryAfterMs: null,
  random: 0.5,
};

/** Calls `method`, turning a synchronous throw into a rejection like any other failure. */
const call = <T>(method: () => Promise<T>): Promise<T> =>
  new Promise<T>((resolve) => resolve(method()));

/** What a key's load starts from: nothing, or a kept page with the clock it was loaded on. */
export interface Seed {
  readonly state: LoadState;
  readonly clock: Clock | null;
}

/**
 * `release` is called once, when the last feed leaves, with the key's state and the clock of
 * its latest load (null before any).
 */
export function createSharedLoad(
  key: string,
  seed: Seed,
  release: (state: LoadState, clock: Clock | null) => void,
): SharedLoad {
  const observers = new Set<() => void>();
  const state: Mutable<LoadState> = { ...seed.state };
  let lastClock = seed.clock;
  let controller: AbortController | null = null;
  let inFlight: Promise<void> = Promise.resolve();
  /** Whether the end of this task decides if the key, left by its last feed, goes. */
  let leaving = false;

  /** Tells every attached feed; their listeners hear of it once all of them have updated. */
  const notify = () =>
    batch(() => {
      for (const observer of [...observers]) observer();
    });

  function settle(outcome: LoadOutcome, clock: Clock) {
    controller = null;
    lastClock = clock;
    if (outcome.ok) {
      // A success forgets every failure before it.
      Object.assign(state, NOTHING_LOADED, { outcome, settledAt: outcome.at });
    } else {
      const { error } = outcome;
      Object.assign(state, {
        outcome,
        isFetching: false,
        settledAt: outcome.at,
        failureCount: state.failureCount + 1,
        fatal: error instanceof ApiError && !isRetryable(error),
        retryAfterMs: error instanceof ApiError ? error.retryAfterMs : null,
        random: clock.random(),
      });
    }
    notify();
  }

  async function run(request: LoadRequest, signal: AbortSignal) {
    const { client, jobId, query } = request;
    // The feed backs off and retries itself: the client's own retries would stack on top.
    const init = { signal, retry: { attempts: 0 } };
    // A failed page settles the load at once: its counts request goes too, so no request
    // (nor its timeout) outlives the load it belonged to.
    const countsAbort = new AbortController();
    const abortCounts = () => countsAbort.abort(signal.reason);
    signal.addEventListener('abort', abortCounts);
    const countsInit = { signal: countsAbort.signal, retry: { attempts: 0 } };
    let outcome: LoadOutcome;
    try {
      const [page, counts] = await Promise.all([
        call(() => client.listInputsProgress(jobId, query, init)).catch((error: unknown) => {
          countsAbort.abort();
          throw error;
        }),
        // The page is what the user came for: a counts failure must not blank it.
        call(() =>
          client.getInputsProgressCounts(jobId, { portName: query.portName }, countsInit),
        ).catch(toInputProgressError),
      ]);
      // Aborted: every feed left, or the network went away. Nobody waits for the answer.
      if (signal.aborted) return;
      const countsError = counts instanceof InputProgressError ? counts : null;
      const previous = state.outcome?.ok ? state.outcome : request.previous;
      outcome = {
        ok: true,
        at: request.clock.now(),
        // A custom client's nonsense page throws here: a failure like any other.
        ...toPageRows(page, previous, query.limit),
        total: page.total,
        ignoredItems: Math.max(0, page.items.length - query.limit),
        counts: countsError ? null : (counts as InputsProgressCounts),
        countsError,
      };
    } catch (error) {
      if (signal.aborted) return;
      outcome = { ok: false, at: request.clock.now(), error: toInputProgressError(error) };
    } finally {
      signal.removeEventListener('abort', abortCounts);
    }
    settle(outcome, request.clock);
  }

  function abort() {
    controller?.abort();
    controller = null;
    state.isFetching = false;
  }

  /** The last feed has gone: aborts the load in flight and hands the key back. */
  function drop() {
    leaving = false;
    abort();
    release(state, lastClock);
  }

  return {
    key,
    state,
    attach: (onChange) => void observers.add(onChange),
    detach(onChange, when = 'now') {
      observers.delete(onChange);
      if (observers.size) return;
      // Also when a stop's end of task is pending: its timer then finds nothing to do.
      if (when === 'now') return drop();
      if (leaving) return;
      leaving = true;
      // The platform's zero-delay timer, not the feed's clock: it marks the end of this task
      // (later in a hidden tab, where browsers throttle timers), and whatever attaches in this
      // task's code and microtasks comes before it.
      setTimeout(() => {
        if (leaving && !observers.size) drop();
        leaving = false;
      });
    },
    load(request) {
      if (controller) return inFlight;
      controller = new AbortController();
      state.isFetching = true;
      inFlight = run(request, controller.signal);
      notify();
      return inFlight;
    },
    cancel() {
      if (!controller) return;
      abort();
      notify();
    },
  };
}
