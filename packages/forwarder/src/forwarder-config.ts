/**
 * The forwarder's options, checked once at creation and filled in with their defaults. Every
 * error message here names the option, never its value: one of them is the key.
 */
import { systemClock, type Clock } from '@input-progress/core';
import type { CacheStore } from './cache-store.js';
import { isMemoryStore, memoryStore } from './memory-store.js';
import type { Authorize, ForwarderOptions } from './types.js';

/** {@link ForwarderOptions} after checking, with every default applied. */
export interface ForwarderConfig {
  readonly apiKey: string;
  readonly authorize: Authorize | 'allow-all';
  /** The upstream base URL without a trailing slash. */
  readonly upstreamBase: string;
  /** The mount prefix without a trailing slash (`''` at the root). */
  readonly prefix: string;
  readonly cacheTtlMs: number;
  readonly keepLastGoodMs: number;
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
  readonly maxLimit: number;
  readonly jobBudgetPerSecond: number;
  /** The instance's own memory: every answer lands here. */
  readonly localStore: CacheStore;
  /** A store outside the process that instances share, when one was given. */
  readonly sharedStore: CacheStore | null;
  readonly storeTimeoutMs: number;
  readonly storeRetryMs: number;
  readonly fetch: typeof fetch;
  readonly clock: Clock;
  /** The `Cache-Control` of a fresh good answer. */
  readonly cacheControl: string;
}

/** Checks `options` and applies the defaults; throws a `TypeError` naming the bad option. */
export function resolveOptions(options: ForwarderOptions): ForwarderConfig {
  const { apiKey, authorize } = options;
  // The key is deliberately absent from every message here.
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new TypeError('createForwarder: apiKey must be a non-empty string');
  }
  if (/\s/.test(apiKey)) throw new TypeError('createForwarder: apiKey must not contain whitespace');
  if (typeof authorize !== 'function' && authorize !== 'allow-all') {
    throw new TypeError(
      "createForwarder: authorize is required: a function deciding who may see which job, or 'allow-all' on purpose",
    );
  }
  let upstream: URL;
  try {
    upstream = new URL(options.upstream);
  } catch {
    throw new TypeError('createForwarder: upstream must be an absolute URL');
  }
  if (upstream.protocol !== 'https:' && upstream.protocol !== 'http:') {
    throw new TypeError('createForwarder: upstream must be an http(s) URL');
  }
  const cacheTtlMs = nonNegative(options.cacheTtlMs, 1000, 'cacheTtlMs');
  return {
    apiKey,
    authorize,
    upstreamBase: upstream.href.replace(/\/+$/, ''),
    prefix: (options.prefix ?? '/api').replace(/\/+$/, ''),
    cacheTtlMs,
    keepLastGoodMs: Math.max(
      cacheTtlMs,
      nonNegative(options.keepLastGoodMs, 600_000, 'keepLastGoodMs'),
    ),
    timeoutMs: nonNegative(options.timeoutMs, 30_000, 'timeoutMs'),
    maxBodyBytes: nonNegative(options.maxBodyBytes, 4 * 1024 * 1024, 'maxBodyBytes'),
    maxLimit: Math.max(1, nonNegative(options.maxLimit, 100, 'maxLimit')),
    jobBudgetPerSecond: nonNegative(options.jobBudgetPerSecond, 10, 'jobBudgetPerSecond'),
    // A memory store is this process's own: it needs no deadline, and no second copy.
    localStore: options.store && isMemoryStore(options.store) ? options.store : memoryStore(),
    sharedStore: options.store && !isMemoryStore(options.store) ? options.store : null,
    storeTimeoutMs: nonNegative(options.storeTimeoutMs, 50, 'storeTimeoutMs'),
    storeRetryMs: nonNegative(options.storeRetryMs, 1000, 'storeRetryMs'),
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    clock: options.clock ?? systemClock,
    cacheControl:
      options.cacheControl === 'public'
        ? `public, max-age=0, s-maxage=${Math.ceil(cacheTtlMs / 1000)}`
        : 'private, no-cache',
  };
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new TypeError(`createForwarder: ${name} must be a number ≥ 0`);
  }
  return value;
}
