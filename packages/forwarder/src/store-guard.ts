/**
 * A circuit breaker around the shared store, so a store that hangs or fails costs viewers a
 * few tens of milliseconds at most: every call has a deadline; after repeated failures the
 * store is left alone for a while (open), then one call probes it (half-open), and a success
 * closes the circuit again. Each transition is reported.
 */
import type { Clock } from '@input-progress/core';
import type { ForwarderStoreEvent, StoreCircuitState } from './types.js';

/** How the guard behaves. */
export interface StoreGuardOptions {
  readonly clock: Clock;
  /** How long one store call may take before it counts as failed. */
  readonly timeoutMs: number;
  /** Consecutive failures that open the circuit. */
  readonly failuresToOpen: number;
  /** How long the circuit stays open before one call probes the store again. */
  readonly retryMs: number;
  readonly onChange: (event: ForwarderStoreEvent) => void;
}

/** A store call's result: its value, or `ok: false` when it failed, timed out or was skipped. */
export type Guarded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

/** Runs store calls through one circuit breaker. */
export interface StoreGuard {
  run<T>(call: () => Promise<T>): Promise<Guarded<T>>;
  readonly state: StoreCircuitState;
}

const SKIPPED = { ok: false } as const;

/** Creates the breaker; it starts closed (the store is asked). */
export function createStoreGuard(options: StoreGuardOptions): StoreGuard {
  const { clock } = options;
  let state: StoreCircuitState = 'closed';
  let failures = 0;
  let openUntil = 0;
  let probing = false;

  const move = (next: StoreCircuitState, cause: ForwarderStoreEvent['cause']): void => {
    if (next === state) return;
    const previous = state;
    state = next;
    options.onChange({ state: next, previous, cause, consecutiveFailures: failures });
  };

  /** The call's outcome, or the cause of its failure. */
  const attempt = <T>(call: () => Promise<T>) =>
    new Promise<Guarded<T> & { cause?: 'timeout' | 'error' }>((resolve) => {
      const timer = clock.setTimeout(
        () => resolve({ ok: false, cause: 'timeout' }),
        options.timeoutMs,
      );
      let pending: Promise<T>;
      try {
        pending = call();
      } catch {
        pending = Promise.reject(new Error('store call threw'));
      }
      // A late answer or rejection after the deadline is dropped, never unhandled.
      pending.then(
        (value) => {
          clock.clearTimeout(timer);
          resolve({ ok: true, value });
        },
        () => {
          clock.clearTimeout(timer);
          resolve({ ok: false, cause: 'error' });
        },
      );
    });

  return {
    get state() {
      return state;
    },
    async run(call) {
      let probe = false;
      if (state !== 'closed') {
        if (probing || clock.now() < openUntil) return SKIPPED;
        probe = probing = true;
        move('half-open', 'probe');
      }
      const result = await attempt(call);
      if (probe) probing = false;
      if (result.ok) {
        failures = 0;
        move('closed', 'success');
        return { ok: true, value: result.value };
      }
      failures++;
      if (probe || failures >= options.failuresToOpen) {
        openUntil = clock.now() + options.retryMs;
        move('open', result.cause ?? 'error');
      }
      return SKIPPED;
    },
  };
}
