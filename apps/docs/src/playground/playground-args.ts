/**
 * The playground's controls: the size and speed of a simulated job, the network's latency,
 * the fault mix and hold / release. Every story of a live element takes them.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import type { FaultRule, JobConfig } from '@input-progress/simulator/browser';

/** What a story's controls describe. */
export interface PlaygroundArgs {
  /** Tracked inputs of the job. */
  inputs: number;
  /** Simulated time per real second (1: items take about a second). */
  speed: number;
  /** Inputs processing at once. */
  concurrency: number;
  /** Share of inputs that fail, 0–1. */
  failureRate: number;
  /** Added latency per response, ms. */
  latencyMs: number;
  /** Share of responses that are a 500. */
  serverErrors: number;
  /** Share of responses that are a 429 with `Retry-After`. */
  rateLimits: number;
  /** The `Retry-After` seconds of those 429s. */
  retryAfter: number;
  /** Share of responses with a bad body (half unparsable JSON, half the wrong shape). */
  badBodies: number;
  /** Share of requests whose connection drops. */
  drops: number;
  /** Hold every answer (the loading state) until switched off. */
  hold: boolean;
}

export const defaultPlaygroundArgs: PlaygroundArgs = {
  inputs: 24,
  speed: 4,
  concurrency: 4,
  failureRate: 0.1,
  latencyMs: 120,
  serverErrors: 0,
  rateLimits: 0,
  retryAfter: 2,
  badBodies: 0,
  drops: 0,
  hold: false,
};

const share = (description: string) => ({
  description,
  control: { type: 'range' as const, min: 0, max: 0.25, step: 0.01 },
  table: { category: 'simulated API' },
});
const number = (description: string, min: number, max: number, step = 1) => ({
  description,
  control: { type: 'number' as const, min, max, step },
  table: { category: 'simulated API' },
});

/** Storybook `argTypes` of the controls, grouped under "simulated API". */
export const playgroundArgTypes: ArgTypes<PlaygroundArgs> = {
  inputs: number('Tracked inputs of the simulated job.', 0, 100_000),
  speed: number('Simulated seconds per real second.', 0.25, 50, 0.25),
  concurrency: number('Inputs processing at once.', 1, 100),
  failureRate: {
    ...share('Share of inputs that fail.'),
    control: { type: 'range' as const, min: 0, max: 1, step: 0.05 },
  },
  latencyMs: number('Latency added to every answer, in ms.', 0, 5000, 10),
  serverErrors: share('Share of answers that are a 500 (the client retries them).'),
  rateLimits: share('Share of answers that are a 429 with Retry-After.'),
  retryAfter: number('Retry-After of those 429s, in seconds.', 0, 120),
  badBodies: share('Share of 200s with a bad body: unparsable JSON or the wrong shape.'),
  drops: share('Share of requests whose connection is dropped.'),
  hold: {
    description: 'Hold every answer (shows the loading state); switch off to release them.',
    control: 'boolean' as const,
    table: { category: 'simulated API' },
  },
};

/** The fault rules the controls describe (their shares are disjoint slices of one draw). */
export function faultRules(args: PlaygroundArgs): FaultRule[] {
  const rules: FaultRule[] = [
    { kind: 'server-error', probability: args.serverErrors, status: 500 },
    { kind: 'rate-limit', probability: args.rateLimits, retryAfter: args.retryAfter },
    { kind: 'not-json', probability: args.badBodies / 2 },
    { kind: 'wrong-shape', probability: args.badBodies / 2 },
    { kind: 'drop-connection', probability: args.drops },
  ];
  return rules.filter((rule) => (rule.probability ?? 0) > 0);
}

/** The job the controls describe (on the real clock, at their speed). */
export function jobConfig(args: PlaygroundArgs): JobConfig {
  return {
    inputs: args.inputs,
    concurrency: args.concurrency,
    failureRate: args.failureRate,
    speed: args.speed,
    clock: 'real',
    itemsPerInput: [4, 12],
    msPerItem: 1000,
    startDelayMs: 500,
    faults: { latency: { ms: args.latencyMs }, rules: faultRules(args) },
  };
}
