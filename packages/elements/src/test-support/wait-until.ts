/**
 * open-wc's `waitUntil` with a ceiling fit for a loaded CI machine (three browsers on two
 * cores): its default of 1 s is shorter than a network round trip there. A ceiling, not a
 * wait: the call returns as soon as the condition holds.
 */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

export const OUTCOME_TIMEOUT_MS = 20_000;

export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: OUTCOME_TIMEOUT_MS, ...options });
}
