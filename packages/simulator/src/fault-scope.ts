import { createRandom, deriveSeed, type Random } from './random.js';
import type { ApiEndpoint, FaultConfig, FaultRule } from './types.js';

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
    return (
      this.config !== undefined &&
      ((this.config.rules?.length ?? 0) > 0 || this.config.latency !== undefined)
    );
  }

  /** Counts one request to `endpoint` and decides its latency and fault. */
  next(endpoint: ApiEndpoint): FaultDecision {
    const requestNumber = ++this.count;
    // Always draw both numbers so one rule's outcome never shifts the others' sequence.
    const latencyDraw = this.random.next();
    const faultDraw = this.random.next();
    const latency = this.config?.latency;
    const latencyMs = latency
      ? (latency.ms ?? 0) + Math.floor((latency.spreadMs ?? 0) * latencyDraw)
      : 0;
    const rules = this.config?.rules ?? [];
    const applies = (rule: FaultRule): boolean =>
      !rule.endpoints || rule.endpoints.includes(endpoint);
    for (const rule of rules) {
      const nth =
        rule.nth === undefined ? [] : typeof rule.nth === 'number' ? [rule.nth] : rule.nth;
      if (nth.includes(requestNumber) && applies(rule)) return { latencyMs, rule };
    }
    let slice = 0;
    for (const rule of rules) {
      const probability = rule.probability ?? (rule.nth === undefined ? 1 : 0);
      if (faultDraw < slice + probability) return { latencyMs, rule: applies(rule) ? rule : null };
      slice += probability;
    }
    return { latencyMs, rule: null };
  }
}
