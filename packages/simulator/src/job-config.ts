import type { ClockMode, FaultConfig, InputOverride, MetricsMode } from './types.js';

/** A `JobConfig` with every default filled in. */
export interface ResolvedJobConfig {
  readonly id: string | undefined;
  readonly name: string | undefined;
  readonly inputs: number;
  readonly concurrency: number;
  readonly itemsPerInput: readonly [number, number];
  readonly msPerItem: number;
  readonly spread: number;
  readonly failureRate: number;
  readonly seed: number;
  readonly clock: ClockMode;
  readonly speed: number;
  readonly startDelayMs: number;
  readonly elapsedMs: number | 'finished';
  readonly faults: FaultConfig | undefined;
  readonly portName: string;
  readonly referenceInputs: number;
  readonly referencePortName: string;
  readonly metrics: MetricsMode | 'mixed';
  readonly inputOverrides: ReadonlyArray<InputOverride | null | undefined>;
}

/** Largest job the simulator accepts. */
export const MAX_INPUTS = 100_000;

/** Defaults a job falls back to, supplied by the simulator. */
export interface JobDefaults {
  readonly seed: number;
  readonly clock: ClockMode;
  readonly speed: number;
}

/** Thrown (or answered with 400 over HTTP) when a job configuration is invalid. */
export class JobConfigError extends RangeError {
  override readonly name = 'JobConfigError';
  /** One message per invalid field. */
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid job configuration: ${problems.join('; ')}`);
    this.problems = problems;
  }
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Validates a job configuration (which may come from an untrusted JSON body) and fills in
 * the defaults. Throws {@link JobConfigError} listing every problem.
 */
export function resolveJobConfig(config: unknown, defaults: JobDefaults): ResolvedJobConfig {
  const problems: string[] = [];
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new JobConfigError(['the job configuration must be a JSON object']);
  }
  const c = config as Record<string, unknown>;
  const intIn = (key: string, fallback: number, min: number, max: number): number => {
    const v = c[key];
    if (v === undefined) return fallback;
    if (!isInt(v) || v < min || v > max) {
      problems.push(`${key} must be an integer from ${min} to ${max}`);
      return fallback;
    }
    return v;
  };
  const numIn = (
    key: string,
    fallback: number,
    min: number,
    max: number,
    minExclusive = false,
  ): number => {
    const v = c[key];
    if (v === undefined) return fallback;
    if (!isNum(v) || v > max || (minExclusive ? v <= min : v < min)) {
      problems.push(
        `${key} must be a number ${minExclusive ? 'above' : 'from'} ${min}${max === Infinity ? '' : ` to ${max}`}`,
      );
      return fallback;
    }
    return v;
  };
  const str = (key: string, fallback: string | undefined): string | undefined => {
    const v = c[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'string' || v.length === 0 || v.length > 200) {
      problems.push(`${key} must be a non-empty string of at most 200 characters`);
      return fallback;
    }
    return v;
  };

  const id = str('id', undefined);
  if (id !== undefined && !/^[A-Za-z0-9_.-]+$/.test(id)) {
    problems.push('id may only contain letters, digits, "_", "." and "-"');
  }
  const inputs = intIn('inputs', 10, 0, MAX_INPUTS);
  const concurrency = intIn('concurrency', 4, 1, MAX_INPUTS);

  let itemsPerInput: readonly [number, number] = [10, 10];
  const ipi = c['itemsPerInput'];
  if (isInt(ipi) && ipi >= 1 && ipi <= 10_000) itemsPerInput = [ipi, ipi];
  else if (
    Array.isArray(ipi) &&
    ipi.length === 2 &&
    isInt(ipi[0]) &&
    isInt(ipi[1]) &&
    ipi[0] >= 1 &&
    ipi[1] >= ipi[0] &&
    ipi[1] <= 10_000
  ) {
    itemsPerInput = [ipi[0], ipi[1]];
  } else if (ipi !== undefined) {
    problems.push('itemsPerInput must be an integer from 1 to 10000 or a [min, max] pair of them');
  }

  const msPerItem = numIn('msPerItem', 1000, 1, 86_400_000);
  const spread = numIn('spread', 0.3, 0, 1);
  const failureRate = numIn('failureRate', 0.1, 0, 1);
  const seed = intIn('seed', defaults.seed, -(2 ** 31), 2 ** 32);
  const speed = numIn('speed', defaults.speed, 0, 1_000_000, true);
  const startDelayMs = numIn('startDelayMs', 0, 0, 86_400_000 * 365);

  let clock = defaults.clock;
  if (c['clock'] !== undefined) {
    if (c['clock'] === 'manual' || c['clock'] === 'real') clock = c['clock'];
    else problems.push('clock must be "manual" or "real"');
  }

  let elapsedMs: number | 'finished' = 0;
  const e = c['elapsedMs'];
  if (e === 'finished') elapsedMs = 'finished';
  else if (isNum(e) && e >= 0) elapsedMs = e;
  else if (e !== undefined) problems.push('elapsedMs must be a number ≥ 0 or "finished"');

  let metrics: MetricsMode | 'mixed' = 'mixed';
  const m = c['metrics'];
  if (m === 'full' || m === 'percent-only' || m === 'none' || m === 'mixed') metrics = m;
  else if (m !== undefined)
    problems.push('metrics must be "full", "percent-only", "none" or "mixed"');

  const overrides = c['inputOverrides'];
  let inputOverrides: ReadonlyArray<InputOverride | null | undefined> = [];
  if (Array.isArray(overrides)) {
    overrides.forEach((o: unknown, i) => {
      if (o !== null && o !== undefined && (typeof o !== 'object' || Array.isArray(o))) {
        problems.push(`inputOverrides[${i}] must be an object or null`);
      } else if (o) {
        problems.push(...checkOverride(o as Record<string, unknown>, i));
      }
    });
    inputOverrides = overrides as InputOverride[];
  } else if (overrides !== undefined) {
    problems.push('inputOverrides must be an array');
  }

  const faults = c['faults'];
  if (
    faults !== undefined &&
    (faults === null || typeof faults !== 'object' || Array.isArray(faults))
  ) {
    problems.push('faults must be an object');
  }

  const resolved: ResolvedJobConfig = {
    id,
    name: str('name', undefined),
    inputs,
    concurrency,
    itemsPerInput,
    msPerItem,
    spread,
    failureRate,
    seed,
    clock,
    speed,
    startDelayMs,
    elapsedMs,
    faults: faults as FaultConfig | undefined,
    portName: str('portName', 'worker.inference') ?? 'worker.inference',
    referenceInputs: intIn('referenceInputs', 0, 0, 1000),
    referencePortName: str('referencePortName', 'worker.n_shots') ?? 'worker.n_shots',
    metrics,
    inputOverrides,
  };
  if (problems.length > 0) throw new JobConfigError(problems);
  return resolved;
}

function checkOverride(o: Record<string, unknown>, i: number): string[] {
  const problems: string[] = [];
  const where = `inputOverrides[${i}]`;
  for (const key of ['filename', 'ref', 'portName', 'errorMessage', 'kind', 'message'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'string')
      problems.push(`${where}.${key} must be a string`);
  }
  for (const key of ['fileType', 'fileExtension'] as const) {
    if (o[key] !== undefined && o[key] !== null && typeof o[key] !== 'string') {
      problems.push(`${where}.${key} must be a string or null`);
    }
  }
  if (o['numBytes'] !== undefined && o['numBytes'] !== null && !isInt(o['numBytes'])) {
    problems.push(`${where}.numBytes must be an integer or null`);
  }
  if (o['fails'] !== undefined && typeof o['fails'] !== 'boolean')
    problems.push(`${where}.fails must be a boolean`);
  if (
    o['metrics'] !== undefined &&
    !['full', 'percent-only', 'none'].includes(o['metrics'] as string)
  ) {
    problems.push(`${where}.metrics must be "full", "percent-only" or "none"`);
  }
  if (o['items'] !== undefined && (!isInt(o['items']) || (o['items'] as number) < 1)) {
    problems.push(`${where}.items must be a positive integer`);
  }
  const md = o['metadata'];
  if (md !== undefined && md !== null && (typeof md !== 'object' || Array.isArray(md))) {
    problems.push(`${where}.metadata must be an object or null`);
  }
  return problems;
}
