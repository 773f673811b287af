/**
 * The log hooks: events go out with the key redacted, and a hook that throws or rejects can
 * never fail a request.
 */
import type {
  ForwarderOptions,
  ForwarderRequestEvent,
  ForwarderStoreEvent,
  ForwarderUpstreamEvent,
} from './types.js';

/** The two hooks of the options, wrapped: safe to call, key-free. */
export interface Hooks {
  request(event: ForwarderRequestEvent): void;
  upstream(event: ForwarderUpstreamEvent): void;
  store(event: ForwarderStoreEvent): void;
}

/** Wraps the hooks of `options` so no event carries `apiKey` and no hook can throw. */
export function createHooks(options: ForwarderOptions, apiKey: string): Hooks {
  const redact = (text: string): string => text.split(apiKey).join('[redacted]');
  return {
    request: (event) => callHook(options.onRequest, { ...event, path: redact(event.path) }),
    upstream: (event) => callHook(options.onUpstream, { ...event, url: redact(event.url) }),
    store: (event) => callHook(options.onStore, event),
  };
}

function callHook<T>(hook: ((event: T) => void) | undefined, event: T): void {
  if (hook === undefined) return;
  try {
    const result = hook(event) as unknown;
    // An async hook's rejection must not become an unhandled rejection.
    if (result instanceof Promise) result.catch(() => undefined);
  } catch {
    // A failing logger must not fail the request.
  }
}
