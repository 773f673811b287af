/**
 * What the browser tests share: the simulator served by the test runner on the page's own
 * origin, React roots the tests mount and unmount, and probes of what a feed leaves running.
 */
import { StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { FeedEnvironment } from '@input-progress/core';
import { simulatorControl } from '@input-progress/simulator/control';
import type { JobConfig } from '@input-progress/simulator';

export const control = simulatorControl();
export const BASE_URL = `${location.origin}/api`;

let jobs = 0;
/** A job with a fresh id on a manual clock (it moves only with `control.advance`), no failures. */
export function createJob(config: JobConfig = {}): Promise<string> {
  return control.createJob({
    id: `job_react${Date.now().toString(36)}${++jobs}${Math.random().toString(36).slice(2, 6)}`,
    failureRate: 0,
    spread: 0,
    metrics: 'full',
    ...config,
  });
}

/**
 * The one "poll until" of the React tests: resolves once `condition` holds, checking after
 * each macrotask (the page renders and the network answers in between, no fixed wait); fails
 * naming `what` after `timeoutMs`.
 */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 8000,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve));
  }
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

/** Unmounts whatever a test left mounted (call in afterEach). */
export function unmountAll(): void {
  for (const handle of [...mounted]) handle.unmount();
}

/**
 * A feed environment on the real clock and the real document that counts what is armed:
 * timers not yet fired or cleared, and visibility/online listeners still attached.
 */
export function trackedEnvironment(): {
  readonly environment: Partial<FeedEnvironment>;
  readonly timers: () => number;
  readonly listeners: () => number;
} {
  const timers = new Set<ReturnType<typeof setTimeout>>();
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
        const handle = setTimeout(() => {
          timers.delete(handle);
          callback();
        }, ms);
        timers.add(handle);
        return handle;
      },
      clearTimeout: (handle) => {
        clearTimeout(handle as ReturnType<typeof setTimeout>);
        timers.delete(handle as ReturnType<typeof setTimeout>);
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
export function watchConsole(): { readonly messages: string[]; restore(): void } {
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
