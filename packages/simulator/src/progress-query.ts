import { excerpt, type ApiErrorEntry } from './api-error.js';
import type { TrackedStatus } from './input-state.js';

/** The statuses the API filters by, in its default bucket order. */
export const DEFAULT_BUCKET_ORDER: readonly TrackedStatus[] = [
  'processing',
  'pending',
  'failed',
  'completed',
];

/** Default page size when `limit` is absent (the real default is undocumented). */
export const DEFAULT_LIMIT = 20;

/** A validated query of the progress endpoint. */
export interface ProgressQuery {
  readonly portName: string | null;
  /** Buckets in order: the request's `status` values (deduplicated), or the default order. */
  readonly buckets: readonly TrackedStatus[];
  readonly order: 'asc' | 'desc';
  readonly offset: number;
  readonly limit: number;
}

/** Either a query or every problem with the parameters. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: ApiErrorEntry[] };

const invalid = (message: string, suggestion: string): ApiErrorEntry => ({
  code: 'invalid_parameter',
  message,
  suggestion,
});

/**
 * Parses a non-negative integer parameter strictly (digits only: no sign, no decimals, no
 * spaces), as a typed API would. The last value wins when a parameter is repeated.
 */
export function parseIntegerParam(
  params: URLSearchParams,
  name: string,
  min: number,
  max: number,
  errors: ApiErrorEntry[],
): number | undefined {
  const values = params.getAll(name);
  if (values.length === 0) return undefined;
  const raw = values[values.length - 1]!;
  const value = /^\d{1,16}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER ? `an integer ≥ ${min}` : `an integer from ${min} to ${max}`;
    errors.push(
      invalid(
        `Query parameter "${name}" must be ${range}; got "${excerpt(raw)}".`,
        `Send ${name} as ${range}.`,
      ),
    );
    return undefined;
  }
  return value;
}

/** Validates the progress endpoint's query string; every invalid parameter is reported. */
export function parseProgressQuery(
  params: URLSearchParams,
  maxLimit: number,
): ParseResult<ProgressQuery> {
  const errors: ApiErrorEntry[] = [];
  const buckets: TrackedStatus[] = [];
  for (const status of params.getAll('status')) {
    if ((DEFAULT_BUCKET_ORDER as readonly string[]).includes(status)) {
      if (!buckets.includes(status as TrackedStatus)) buckets.push(status as TrackedStatus);
    } else {
      errors.push(
        invalid(
          `Query parameter "status" has an unknown value "${excerpt(status)}".`,
          'Use pending, processing, completed or failed; repeat the parameter for several.',
        ),
      );
    }
  }
  let order: 'asc' | 'desc' = 'asc';
  const orders = params.getAll('order');
  if (orders.length > 0) {
    const requested = orders[orders.length - 1]!;
    if (requested === 'asc' || requested === 'desc') order = requested;
    else
      errors.push(
        invalid(
          `Query parameter "order" must be "asc" or "desc"; got "${excerpt(requested)}".`,
          'Use order=asc or order=desc.',
        ),
      );
  }
  const offset = parseIntegerParam(params, 'offset', 0, Number.MAX_SAFE_INTEGER, errors) ?? 0;
  const limit =
    parseIntegerParam(params, 'limit', 1, maxLimit, errors) ?? Math.min(DEFAULT_LIMIT, maxLimit);
  const portNames = params.getAll('port_name');
  const portName = portNames.length > 0 ? portNames[portNames.length - 1]! : null;
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      portName,
      buckets: buckets.length > 0 ? buckets : DEFAULT_BUCKET_ORDER,
      order,
      offset,
      limit,
    },
  };
}
