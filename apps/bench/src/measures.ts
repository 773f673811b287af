// Turns a run's samples into the table's lines: one `Measure` per figure, with each variant's
// median and its value in every run (runs are aligned: run i of every variant was one round),
// so that the report can give the spread of a ratio across runs.
import { CHANGING_ROWS } from './bench-job.js';
import { MOUNT_CYCLES, MOUNT_ROWS, POLLS_PER_WINDOW } from './cdp.js';
import type { FirstRenderSample, MountSample, PollSample } from './cdp.js';
import { ENDPOINTS, REQUESTS_WINDOW_MS, type RequestsSample } from './requests.js';
import { median } from './stats.js';
import { VARIANTS, type VariantId } from './variants.js';

/** One line of the table: a measure of a scenario, with a median per variant. */
export interface Measure {
  readonly scenario: string;
  readonly measure: string;
  readonly key: string;
  /** Medians over the runs. */
  readonly values: Partial<Record<VariantId, number>>;
  /** Every run's value, run i of each variant from the same round. */
  readonly runs?: Partial<Record<VariantId, number[]>>;
  /** How to print a value. */
  readonly format: 'ms' | 'count' | 'mb' | 'kb' | 'ratio';
  /** Whether a ratio to React and to the floor means anything (not for counts that should be 0). */
  readonly ratio: boolean;
}

type Samples<T> = ReadonlyMap<VariantId, readonly T[]>;
type Line = Pick<Measure, 'scenario' | 'measure' | 'key' | 'format' | 'ratio'>;

/** A measure from every variant's samples, `pick` taking the figure out of one sample. */
export function measureOf<T>(
  line: Line,
  samples: Samples<T>,
  pick: (sample: T) => number,
): Measure {
  const runs: Partial<Record<VariantId, number[]>> = {};
  const values: Partial<Record<VariantId, number>> = {};
  for (const variant of VARIANTS) {
    const list = samples.get(variant.id);
    if (!list?.length) continue;
    runs[variant.id] = list.map(pick);
    values[variant.id] = median(runs[variant.id]!);
  }
  return { ...line, values, runs };
}

export const ROW_COUNTS = [20, 100, 500] as const;

/** The lines of one scenario: `line(measure, key, format, ratio)`. */
const linesOf =
  (scenario: string) =>
  (measure: string, key: string, format: Measure['format'], ratio: boolean): Line => ({
    scenario,
    measure,
    key,
    format,
    ratio,
  });

export function firstRenderMeasures(rows: number, samples: Samples<FirstRenderSample>): Measure[] {
  const line = linesOf(`first render, ${rows} rows`);
  const key = `first-render-${rows}`;
  return [
    measureOf(
      line('navigation to last row on screen, ms (wall clock)', `${key}-time`, 'ms', true),
      samples,
      (s) => s.lastRowMs,
    ),
    measureOf(line('main-thread work, ms', `${key}-work`, 'ms', true), samples, (s) => s.workMs),
    measureOf(
      line('of which style + layout, ms', `${key}-style-layout`, 'ms', true),
      samples,
      (s) => s.styleLayoutMs,
    ),
  ];
}

export function pollMeasures(samples: Samples<PollSample>): Measure[] {
  const line = linesOf(
    `poll window: ${POLLS_PER_WINDOW} polls, ${CHANGING_ROWS} of 500 rows change`,
  );
  return [
    measureOf(
      line('main-thread work above the idle page, ms', 'poll-work-above-idle', 'ms', true),
      samples,
      (s) => s.motion.workMs - s.idle.workMs,
    ),
    measureOf(
      line('main-thread work, ms', 'poll-work', 'ms', true),
      samples,
      (s) => s.motion.workMs,
    ),
    measureOf(
      line('idle page: same polls, nothing changes, ms', 'poll-idle-work', 'ms', true),
      samples,
      (s) => s.idle.workMs,
    ),
    measureOf(
      line('work with reduced motion (no transitions), ms', 'poll-work-reduced-motion', 'ms', true),
      samples,
      (s) => s.reducedMotion.workMs,
    ),
    measureOf(
      line('rows whose DOM mutated (most of the two windows)', 'poll-rows-touched', 'count', false),
      samples,
      (s) => Math.max(s.motion.rowsTouched, s.reducedMotion.rowsTouched),
    ),
    measureOf(
      line('rows whose DOM mutated on the idle page', 'poll-idle-rows-touched', 'count', false),
      samples,
      (s) => s.idle.rowsTouched,
    ),
    measureOf(
      line('DOM mutation records', 'poll-mutations', 'count', true),
      samples,
      (s) => s.motion.mutationRecords,
    ),
  ];
}

export function mountMeasures(samples: Samples<MountSample>): Measure[] {
  const line = linesOf(`${MOUNT_CYCLES} mount/unmount cycles, ${MOUNT_ROWS} rows`);
  return [
    measureOf(line('main-thread work, ms', 'mount-work', 'ms', true), samples, (s) => s.workMs),
    measureOf(
      line('heap growth after GC, MB', 'mount-heap', 'mb', false),
      samples,
      (s) => s.heapGrowth / 1e6,
    ),
    measureOf(line('timers left', 'mount-timers', 'count', false), samples, (s) => s.timersGrowth),
    measureOf(
      line('window/document listeners left', 'mount-listeners', 'count', false),
      samples,
      (s) => s.listenersGrowth,
    ),
    measureOf(
      line('requests after unmount', 'mount-requests', 'count', false),
      samples,
      (s) => s.requestsAfter,
    ),
  ];
}

export function requestsMeasures(samples: Samples<RequestsSample>): Measure[] {
  const scenario = linesOf(`requests of one viewer, live job, ${REQUESTS_WINDOW_MS / 1000} s`);
  const line = (measure: string, key: string, format: Measure['format']) =>
    scenario(measure, key, format, false);
  return [
    measureOf(
      line('requests per poll interval, from navigation on', 'requests-per-interval', 'ratio'),
      samples,
      (s) => s.perInterval,
    ),
    measureOf(
      line(
        'requests per poll interval after the first load',
        'requests-per-interval-steady',
        'ratio',
      ),
      samples,
      (s) => s.perIntervalAfterFirstLoad,
    ),
    measureOf(
      line('requests per poll made (÷ page requests)', 'requests-per-poll', 'ratio'),
      samples,
      (s) => s.perPoll,
    ),
    ...ENDPOINTS.map((endpoint) =>
      measureOf(
        line(`${endpoint} requests in the window`, `requests-${endpoint}`, 'count'),
        samples,
        (s) => s.byEndpoint[endpoint],
      ),
    ),
  ];
}
