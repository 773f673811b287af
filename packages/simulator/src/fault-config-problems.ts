import type { ApiEndpoint, FaultKind } from './types.js';

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

/** Validates a fault configuration that may come from an untrusted JSON body. */
export function faultConfigProblems(value: unknown): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return ['faults must be a JSON object'];
  const fields = value as Record<string, unknown>;
  const problems: string[] = [];
  const nonNegative = (candidate: unknown, max: number): boolean =>
    typeof candidate === 'number' &&
    Number.isFinite(candidate) &&
    candidate >= 0 &&
    candidate <= max;
  if (fields['seed'] !== undefined && !Number.isSafeInteger(fields['seed']))
    problems.push('faults.seed must be an integer');
  if (fields['latency'] !== undefined) {
    const latency = fields['latency'] as Record<string, unknown> | null;
    if (latency === null || typeof latency !== 'object')
      problems.push('faults.latency must be an object');
    else {
      if (latency['ms'] !== undefined && !nonNegative(latency['ms'], 120_000))
        problems.push('faults.latency.ms must be 0–120000');
      if (latency['spreadMs'] !== undefined && !nonNegative(latency['spreadMs'], 120_000)) {
        problems.push('faults.latency.spreadMs must be 0–120000');
      }
    }
  }
  if (fields['rules'] !== undefined) {
    if (!Array.isArray(fields['rules'])) problems.push('faults.rules must be an array');
    else {
      let sum = 0;
      fields['rules'].forEach((entry: unknown, index) => {
        const at = `faults.rules[${index}]`;
        if (entry === null || typeof entry !== 'object') {
          problems.push(`${at} must be an object`);
          return;
        }
        const rule = entry as Record<string, unknown>;
        if (!FAULT_KINDS.includes(rule['kind'] as FaultKind))
          problems.push(`${at}.kind must be one of ${FAULT_KINDS.join(', ')}`);
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
        if (
          status !== undefined &&
          !(Number.isSafeInteger(status) && (status as number) >= 200 && (status as number) <= 599)
        ) {
          problems.push(`${at}.status must be an HTTP status from 200 to 599`);
        }
        const retryAfter = rule['retryAfter'];
        if (
          retryAfter !== undefined &&
          retryAfter !== null &&
          !nonNegative(retryAfter, 86_400) &&
          !(typeof retryAfter === 'string' && retryAfter.length <= 100)
        ) {
          problems.push(
            `${at}.retryAfter must be seconds (0–86400), a string of at most 100 characters, or null`,
          );
        }
        const endpoints = rule['endpoints'];
        if (
          endpoints !== undefined &&
          !(
            Array.isArray(endpoints) &&
            endpoints.every((endpoint) => ENDPOINTS.includes(endpoint as ApiEndpoint))
          )
        ) {
          problems.push(`${at}.endpoints must list some of ${ENDPOINTS.join(', ')}`);
        }
      });
      if (sum > 1 + 1e-9)
        problems.push('the probabilities of the rules of one scope must add up to at most 1');
    }
  }
  return problems;
}
