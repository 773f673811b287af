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

/** What `metrics` may be: one mode for every input, or a mix. */
const METRICS_CHOICES = ['full', 'percent-only', 'none', 'mixed'] as const;

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

const isInt = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value);
const isNum = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/**
 * Validates a job configuration (which may come from an untrusted JSON body) and fills in
 * the defaults. Throws {@link JobConfigError} listing every problem.
 */
export function resolveJobConfig(config: unknown, defaults: JobDefaults): ResolvedJobConfig {
  const problems: string[] = [];
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new JobConfigError(['the job configuration must be a JSON object']);
  }
  const fields = config as Record<string, unknown>;
  const intIn = (key: string, fallback: number, min: number, max: number): number => {
    const value = fields[key];
    if (value === undefined) return fallback;
    if (!isInt(value) || value < min || value > max) {
      problems.push(`${key} must be an integer from ${min} to ${max}`);
      return fallback;
    }
    return value;
  };
  const numIn = (
    key: string,
    fallback: number,
    min: number,
    max: number,
    minExclusive = false,
  ): number => {
    const value = fields[key];
    if (value === undefined) return fallback;
    if (!isNum(value) || value > max || (minExclusive ? value <= min : value < min)) {
      problems.push(
        `${key} must be a number ${minExclusive ? 'above' : 'from'} ${min}${max === Infinity ? '' : ` to ${max}`}`,
      );
      return fallback;
    }
    return value;
  };
  const str = (key: string, fallback: string | undefined): string | undefined => {
    const value = fields[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || value.length === 0 || value.length > 200) {
      problems.push(`${key} must be a non-empty string of at most 200 characters`);
      return fallback;
    }
    return value;
  };

  const id = str('id', undefined);
  if (id !== undefined && !/^[A-Za-z0-9_.-]+$/.test(id)) {
    problems.push('id may only contain letters, digits, "_", "." and "-"');
  }
  const inputs = intIn('inputs', 10, 0, MAX_INPUTS);
  const concurrency = intIn('concurrency', 4, 1, MAX_INPUTS);

  let itemsPerInput: readonly [number, number] = [10, 10];
  const items = fields['itemsPerInput'];
  if (isInt(items) && items >= 1 && items <= 10_000) itemsPerInput = [items, items];
  else if (
    Array.isArray(items) &&
    items.length === 2 &&
    isInt(items[0]) &&
    isInt(items[1]) &&
    items[0] >= 1 &&
    items[1] >= items[0] &&
    items[1] <= 10_000
  ) {
    itemsPerInput = [items[0], items[1]];
  } else if (items !== undefined) {
    problems.push('itemsPerInput must be an integer from 1 to 10000 or a [min, max] pair of them');
  }

  const msPerItem = numIn('msPerItem', 1000, 1, 86_400_000);
  const spread = numIn('spread', 0.3, 0, 1);
  const failureRate = numIn('failureRate', 0.1, 0, 1);
  const seed = intIn('seed', defaults.seed, -(2 ** 31), 2 ** 32);
  const speed = numIn('speed', defaults.speed, 0, 1_000_000, true);
  const startDelayMs = numIn('startDelayMs', 0, 0, 86_400_000 * 365);

  let clock = defaults.clock;
  if (fields['clock'] !== undefined) {
    if (fields['clock'] === 'manual' || fields['clock'] === 'real') clock = fields['clock'];
    else problems.push('clock must be "manual" or "real"');
  }

  let elapsedMs: number | 'finished' = 0;
  const elapsed = fields['elapsedMs'];
  if (elapsed === 'finished') elapsedMs = 'finished';
  else if (isNum(elapsed) && elapsed >= 0) elapsedMs = elapsed;
  else if (elapsed !== undefined) problems.push('elapsedMs must be a number ≥ 0 or "finished"');

  let metrics: MetricsMode | 'mixed' = 'mixed';
  const metricsField = fields['metrics'];
  if ((METRICS_CHOICES as readonly unknown[]).includes(metricsField))
    metrics = metricsField as MetricsMode | 'mixed';
  else if (metricsField !== undefined)
    problems.push('metrics must be "full", "percent-only", "none" or "mixed"');

  const overrides = fields['inputOverrides'];
  let inputOverrides: ReadonlyArray<InputOverride | null | undefined> = [];
  if (Array.isArray(overrides)) {
    overrides.forEach((override: unknown, index) => {
      if (
        override !== null &&
        override !== undefined &&
        (typeof override !== 'object' || Array.isArray(override))
      ) {
        problems.push(`inputOverrides[${index}] must be an object or null`);
      } else if (override) {
        problems.push(...checkOverride(override as Record<string, unknown>, index));
      }
    });
    inputOverrides = overrides as InputOverride[];
  } else if (overrides !== undefined) {
    problems.push('inputOverrides must be an array');
  }

  const faults = fields['faults'];
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

function checkOverride(override: Record<string, unknown>, index: number): string[] {
  const problems: string[] = [];
  const where = `inputOverrides[${index}]`;
  for (const key of ['filename', 'ref', 'portName', 'errorMessage', 'kind', 'message'] as const) {
    if (override[key] !== undefined && typeof override[key] !== 'string')
      problems.push(`${where}.${key} must be a string`);
  }
  for (const key of ['fileType', 'fileExtension'] as const) {
    if (
      override[key] !== undefined &&
      override[key] !== null &&
      typeof override[key] !== 'string'
    ) {
      problems.push(`${where}.${key} must be a string or null`);
    }
  }
  if (
    override['numBytes'] !== undefined &&
    override['numBytes'] !== null &&
    !isInt(override['numBytes'])
  ) {
    problems.push(`${where}.numBytes must be an integer or null`);
  }
  if (override['fails'] !== undefined && typeof override['fails'] !== 'boolean')
    problems.push(`${where}.fails must be a boolean`);
  if (
    override['metrics'] !== undefined &&
    !['full', 'percent-only', 'none'].includes(override['metrics'] as string)
  ) {
    problems.push(`${where}.metrics must be "full", "percent-only" or "none"`);
  }
  if (
    override['items'] !== undefined &&
    (!isInt(override['items']) || (override['items'] as number) < 1)
  ) {
    problems.push(`${where}.items must be a positive integer`);
  }
  const metadata = override['metadata'];
  if (
    metadata !== undefined &&
    metadata !== null &&
    (typeof metadata !== 'object' || Array.isArray(metadata))
  ) {
    problems.push(`${where}.metadata must be an object or null`);
  }
  return problems;
}
