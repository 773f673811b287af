import { createRandom, deriveSeed, type Random } from './random.js';
import type { ApiEndpoint, FaultConfig, FaultKind, FaultRule } from './types.js';

/** The fault kinds, for validation. */
export const FAULT_KINDS: readonly FaultKind[] = [
  'rate-limit',
  'server-error',
  'html-gateway',
  'not-json',
  'wrong-shape',
  'empty-body',
  'drop-connection',
];

const ENDPOINTS: readonly ApiEndpoint[] = ['progress', 'counts', 'traces', 'job'];

/** What a scope decided for one request. */
export interface FaultDecision {
  readonly latencyMs: number;
  readonly rule: FaultRule | null;
}

/**
 * Fault injection for one scope (a job or the whole simulator). It counts the requests it
 * sees and draws from its own seeded random source, so the same request sequence always
 * gets the same faults.
 */
export class FaultScope {
  private config: FaultConfig | undefined;
  private random: Random;
  private count = 0;
  private readonly fallbackSeed: number;

  constructor(config: FaultConfig | undefined, fallbackSeed: number) {
    this.fallbackSeed = fallbackSeed;
    this.config = config;
    this.random = createRandom(deriveSeed(config?.seed ?? fallbackSeed, 'faults'));
  }

  /** Replaces the configuration and restarts the request count and the random sequence. */
  set(config: FaultConfig | undefined): void {
    this.config = config;
    this.count = 0;
    this.random = createRandom(deriveSeed(config?.seed ?? this.fallbackSeed, 'faults'));
  }

  /** True when this scope has anything to inject. */
  get active(): boolean {
    return this.config !== undefined && ((this.config.rules?.length ?? 0) > 0 || this.config.latency !== undefined);
  }

  /** Counts one request to `endpoint` and decides its latency and fault. */
  next(endpoint: ApiEndpoint): FaultDecision {
    const n = ++this.count;
    // Always draw both numbers so one rule's outcome never shifts the others' sequence.
    const latencyDraw = this.random.next();
    const faultDraw = this.random.next();
    const latency = this.config?.latency;
    const latencyMs = latency ? (latency.ms ?? 0) + Math.floor((latency.spreadMs ?? 0) * latencyDraw) : 0;
    const rules = this.config?.rules ?? [];
    const applies = (r: FaultRule): boolean => !r.endpoints || r.endpoints.includes(endpoint);
    for (const r of rules) {
      const nth = r.nth === undefined ? [] : typeof r.nth === 'number' ? [r.nth] : r.nth;
      if (nth.includes(n) && applies(r)) return { latencyMs, rule: r };
    }
    let slice = 0;
    for (const r of rules) {
      const p = r.probability ?? (r.nth === undefined ? 1 : 0);
      if (faultDraw < slice + p) return { latencyMs, rule: applies(r) ? r : null };
      slice += p;
    }
    return { latencyMs, rule: null };
  }
}

/** Validates a fault configuration that may come from an untrusted JSON body. */
export function faultConfigProblems(value: unknown): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return ['faults must be a JSON object'];
  const c = value as Record<string, unknown>;
  const problems: string[] = [];
  const nonNegative = (v: unknown, max: number): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max;
  if (c['seed'] !== undefined && !Number.isSafeInteger(c['seed'])) problems.push('faults.seed must be an integer');
  if (c['latency'] !== undefined) {
    const l = c['latency'] as Record<string, unknown> | null;
    if (l === null || typeof l !== 'object') problems.push('faults.latency must be an object');
    else {
      if (l['ms'] !== undefined && !nonNegative(l['ms'], 120_000)) problems.push('faults.latency.ms must be 0–120000');
      if (l['spreadMs'] !== undefined && !nonNegative(l['spreadMs'], 120_000)) {
        problems.push('faults.latency.spreadMs must be 0–120000');
      }
    }
  }
  if (c['rules'] !== undefined) {
    if (!Array.isArray(c['rules'])) problems.push('faults.rules must be an array');
    else {
      let sum = 0;
      c['rules'].forEach((r: unknown, i) => {
        const at = `faults.rules[${i}]`;
        if (r === null || typeof r !== 'object') {
          problems.push(`${at} must be an object`);
          return;
        }
        const rule = r as Record<string, unknown>;
        if (!FAULT_KINDS.includes(rule['kind'] as FaultKind)) problems.push(`${at}.kind must be one of ${FAULT_KINDS.join(', ')}`);
        if (rule['probability'] !== undefined) {
          if (!nonNegative(rule['probability'], 1)) problems.push(`${at}.probability must be 0–1`);
          else sum += rule['probability'] as number;
        } else if (rule['nth'] === undefined) sum += 1;
        const nth = rule['nth'];
        const nthList = Array.isArray(nth) ? nth : nth === undefined ? [] : [nth];
        if (!nthList.every((n) => Number.isSafeInteger(n) && (n as number) >= 1)) {
          problems.push(`${at}.nth must be a positive integer or a list of them`);
        }
        const status = rule['status'];
        if (status !== undefined && !(Number.isSafeInteger(status) && (status as number) >= 200 && (status as number) <= 599)) {
          problems.push(`${at}.status must be an HTTP status from 200 to 599`);
        }
        const ra = rule['retryAfter'];
        if (ra !== undefined && ra !== null && !nonNegative(ra, 86_400) && !(typeof ra === 'string' && ra.length <= 100)) {
          problems.push(`${at}.retryAfter must be seconds (0–86400), a string of at most 100 characters, or null`);
        }
        const eps = rule['endpoints'];
        if (eps !== undefined && !(Array.isArray(eps) && eps.every((e) => ENDPOINTS.includes(e as ApiEndpoint)))) {
          problems.push(`${at}.endpoints must list some of ${ENDPOINTS.join(', ')}`);
        }
      });
      if (sum > 1 + 1e-9) problems.push('the probabilities of the rules of one scope must add up to at most 1');
    }
  }
  return problems;
}
