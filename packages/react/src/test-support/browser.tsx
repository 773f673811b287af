/**
 * What the browser tests share: the simulator served by the test runner on the page's own
 * origin, one fake clock per test (core's `createFakeClock`) with the one "poll until" that
 * moves it, React roots the tests mount and unmount, and probes of what a feed leaves running.
 */
import { StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { FeedEnvironment } from '@input-progress/core';
import { createFakeClock, type FakeClock } from '@input-progress/core/testing';
import { simulatorControl } from '@input-progress/simulator/control';
import type { JobConfig } from '@input-progress/simulator';

export const control = simulatorControl();
export const BASE_URL = `${location.origin}/api`;

/**
 * A job with a fresh id (the simulator's) on a manual clock (it moves only with
 * `advanceJob`), no failures, timed in whole seconds: each item takes 1 s.
 */
export const createJob = (config: JobConfig = {}): Promise<string> =>
  control.createJob({ failureRate: 0, spread: 0, metrics: 'full', msPerItem: 1000, ...config });

// Requests of this page still on the network. The fake clock stands still while one is, so a
// client's timeout (15 s on the fake clock) cannot fire because a test moved time faster than
// a loaded machine answers. The client looks `fetch` up per request, so every one is counted.
let requestsInFlight = 0;
const pageFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = async (input, init) => {
  requestsInFlight++;
  try {
    return await pageFetch(input, init);
  } finally {
    requestsInFlight--;
  }
};

/** A ceiling for a slow machine (three browsers on two cores), not a wait: most calls take ms. */
const GIVE_UP_AFTER_MS = 20_000;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Moves the simulated job's own clock by `ms` once no request of the page is on the network.
 * A load sends the page and the counts together; moving the job between the two answers
 * would tear it (the page from before, the counts from after), which no test means to do.
 * Nothing starts meanwhile: polls wait for the fake clock, which only the test moves.
 */
export async function advanceJob(jobId: string, ms: number): Promise<void> {
  const deadline = performance.now() + GIVE_UP_AFTER_MS;
  while (requestsInFlight > 0) {
    if (performance.now() > deadline)
      throw new Error(`Gave up waiting for the page's requests to end before moving ${jobId}`);
    await nextTask();
  }
  await control.advance(jobId, ms);
}

/**
 * The one "poll until" of the React tests: until `done` holds, moves `clock` by `step` ms
 * (`advanceAsync`: promises settle between the timers it runs) whenever no request is on the
 * network, and otherwise yields a task so the answer, React and Lit can land. A `step` of 0
 * waits with time standing still. Fails naming `what` once the real-time ceiling passes.
 */
export async function advanceUntil(
  clock: FakeClock,
  done: () => boolean | Promise<boolean>,
  what: string,
  step = 100,
): Promise<void> {
  const deadline = performance.now() + GIVE_UP_AFTER_MS;
  const startedAt = clock.now();
  while (!(await done())) {
    if (performance.now() > deadline) {
      throw new Error(
        `Gave up waiting for ${what} (the fake clock moved ${clock.now() - startedAt} ms)`,
      );
    }
    if (requestsInFlight === 0) await clock.advanceAsync(step);
    else await nextTask();
  }
}

/** What {@link setUpEachTest} gives each test. */
export interface TestPage {
  /** The test's fake clock: give it to every hook, client and element the test makes. */
  readonly clock: FakeClock;
  /** React's (and anyone's) console errors and warnings during the test. */
  readonly consoleMessages: readonly string[];
}

/**
 * Registers the hooks every React test file needs (call inside `describe`): a fresh fake
 * clock and console watch before each test; afterwards, whatever it mounted is unmounted.
 */
export function setUpEachTest(): TestPage {
  let clock = createFakeClock();
  let console: ReturnType<typeof watchConsole> | undefined;
  beforeEach(() => {
    clock = createFakeClock();
    console = watchConsole();
  });
  afterEach(() => {
    unmountAll();
    console?.restore();
  });
  return {
    get clock() {
      return clock;
    },
    get consoleMessages() {
      return console?.messages ?? [];
    },
  };
}

export interface Mounted {
  readonly container: HTMLElement;
  /** Renders `node` in place of what is there (synchronously). */
  render(node: ReactNode): void;
  /** Unmounts the React root (synchronously) and removes the container. */
  unmount(): void;
}

const mounted = new Set<Mounted>();

/** Renders `node` into a fresh container in the document, in `<StrictMode>` when asked. */
export function mount(node: ReactNode, { strict = false } = {}): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  const wrap = (child: ReactNode) => (strict ? <StrictMode>{child}</StrictMode> : child);
  const handle: Mounted = {
    container,
    render: (next) => flushSync(() => root.render(wrap(next))),
    unmount: () => {
      if (!mounted.delete(handle)) return;
      flushSync(() => root.unmount());
      container.remove();
    },
  };
  mounted.add(handle);
  handle.render(node);
  return handle;
}

/** Unmounts whatever a test left mounted. */
function unmountAll(): void {
  for (const handle of [...mounted]) handle.unmount();
}

/**
 * A feed environment on `clock` and the real document that counts what the feed itself has
 * armed: its timers not yet run or cleared (the clock's `timerCount` also holds the client's
 * request timeouts), and visibility/online listeners still attached.
 */
export function trackedEnvironment(clock: FakeClock): {
  readonly environment: Partial<FeedEnvironment>;
  readonly timers: () => number;
  readonly listeners: () => number;
} {
  const timers = new Set<unknown>();
  let listeners = 0;
  const listen = (target: EventTarget, types: string[], listener: () => void) => {
    for (const type of types) target.addEventListener(type, listener);
    listeners++;
    return () => {
      for (const type of types) target.removeEventListener(type, listener);
      listeners--;
    };
  };
  return {
    environment: {
      setTimeout: (callback, ms) => {
        const handle = clock.setTimeout(() => {
          timers.delete(handle);
          callback();
        }, ms);
        timers.add(handle);
        return handle;
      },
      clearTimeout: (handle) => {
        clock.clearTimeout(handle);
        timers.delete(handle);
      },
      onVisibilityChange: (listener) => listen(document, ['visibilitychange'], listener),
      onOnlineChange: (listener) => listen(window, ['online', 'offline'], listener),
    },
    timers: () => timers.size,
    listeners: () => listeners,
  };
}

/** A `fetch` that counts the requests for each job id and those still in flight. */
export function countingFetch(): typeof fetch & {
  readonly inFlight: number;
  calls(jobId: string): number;
} {
  const calls = new Map<string, number>();
  let inFlight = 0;
  const counted = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const jobId =
      /\/batch\/jobs\/([^/?]+)/.exec(String(input instanceof Request ? input.url : input))?.[1] ??
      '';
    calls.set(jobId, (calls.get(jobId) ?? 0) + 1);
    inFlight++;
    try {
      return await fetch(input, init);
    } finally {
      inFlight--;
    }
  }) as typeof fetch & { inFlight: number; calls(jobId: string): number };
  Object.defineProperty(counted, 'inFlight', { get: () => inFlight });
  counted.calls = (jobId) => calls.get(jobId) ?? 0;
  return counted;
}

/** Collects console.error and console.warn calls (React reports its warnings there). */
function watchConsole(): { readonly messages: string[]; restore(): void } {
  const messages: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => {
    messages.push(`error: ${args.map(String).join(' ')}`);
    error.apply(console, args);
  };
  console.warn = (...args: unknown[]) => {
    messages.push(`warn: ${args.map(String).join(' ')}`);
    warn.apply(console, args);
  };
  return {
    messages,
    restore: () => Object.assign(console, { error, warn }),
  };
}
