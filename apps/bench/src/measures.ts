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

/** How a unit is printed after a measure's name, and whether a ratio of it means something. */
const UNITS = {
  ms: { suffix: ', ms', ratio: true },
  mb: { suffix: ', MB', ratio: false },
  count: { suffix: '', ratio: false },
  ratio: { suffix: '', ratio: false },
} as const;

/**
 * The lines of one scenario from `samples`, one function per unit:
 * `ms(key, measure, pick)` makes the line `key`, "measure, ms", of `pick` of every sample;
 * `ratio` overrides whether a ratio to React and to the floor is given.
 */
function linesOf<T>(scenario: string, samples: Samples<T>) {
  const unit =
    (format: keyof typeof UNITS) =>
    (key: string, measure: string, pick: (sample: T) => number, ratio?: boolean): Measure =>
      measureOf(
        {
          scenario,
          // The unit after the name, unless the name places it itself.
          measure: measure.includes(UNITS[format].suffix)
            ? measure
            : `${measure}${UNITS[format].suffix}`,
          key,
          format,
          ratio: ratio ?? UNITS[format].ratio,
        },
        samples,
        pick,
      );
  return { ms: unit('ms'), mb: unit('mb'), count: unit('count'), ratio: unit('ratio') };
}

export function firstRenderMeasures(rows: number, samples: Samples<FirstRenderSample>): Measure[] {
  const { ms } = linesOf(`first render, ${rows} rows`, samples);
  const key = `first-render-${rows}`;
  return [
    ms(`${key}-time`, 'navigation to last row on screen, ms (wall clock)', (s) => s.lastRowMs),
    ms(`${key}-work`, 'main-thread work', (s) => s.workMs),
    ms(`${key}-style-layout`, 'of which style + layout', (s) => s.styleLayoutMs),
  ];
}

export function pollMeasures(samples: Samples<PollSample>): Measure[] {
  const { ms, count } = linesOf(
    `poll window: ${POLLS_PER_WINDOW} polls, ${CHANGING_ROWS} of 500 rows change`,
    samples,
  );
  return [
    ms(
      'poll-work-above-idle',
      'main-thread work above the idle page',
      (s) => s.motion.workMs - s.idle.workMs,
    ),
    ms('poll-work', 'main-thread work', (s) => s.motion.workMs),
    ms('poll-idle-work', 'idle page: same polls, nothing changes', (s) => s.idle.workMs),
    ms(
      'poll-work-reduced-motion',
      'work with reduced motion (no transitions)',
      (s) => s.reducedMotion.workMs,
    ),
    count('poll-rows-touched', 'rows whose DOM mutated (most of the two windows)', (s) =>
      Math.max(s.motion.rowsTouched, s.reducedMotion.rowsTouched),
    ),
    count(
      'poll-idle-rows-touched',
      'rows whose DOM mutated on the idle page',
      (s) => s.idle.rowsTouched,
    ),
    count('poll-mutations', 'DOM mutation records', (s) => s.motion.mutationRecords, true),
  ];
}

export function mountMeasures(samples: Samples<MountSample>): Measure[] {
  const { ms, mb, count } = linesOf(
    `${MOUNT_CYCLES} mount/unmount cycles, ${MOUNT_ROWS} rows`,
    samples,
  );
  return [
    ms('mount-work', 'main-thread work', (s) => s.workMs),
    mb('mount-heap', 'heap growth after GC', (s) => s.heapGrowth / 1e6),
    count('mount-timers', 'timers left', (s) => s.timersGrowth),
    count('mount-listeners', 'window/document listeners left', (s) => s.listenersGrowth),
    count('mount-requests', 'requests after unmount', (s) => s.requestsAfter),
    count('mount-requests-during', 'requests during the cycles', (s) => s.requestsDuring),
  ];
}

export function requestsMeasures(samples: Samples<RequestsSample>): Measure[] {
  const { ratio, count } = linesOf(
    `requests of one viewer, live job, ${REQUESTS_WINDOW_MS / 1000} s`,
    samples,
  );
  return [
    ratio(
      'requests-per-interval',
      'requests per poll interval, from navigation on',
      (s) => s.perInterval,
    ),
    ratio(
      'requests-per-interval-steady',
      'requests per poll interval after the first load',
      (s) => s.perIntervalAfterFirstLoad,
    ),
    ratio('requests-per-poll', 'requests per poll made (÷ page requests)', (s) => s.perPoll),
    ...ENDPOINTS.map((endpoint) =>
      count(
        `requests-${endpoint}`,
        `${endpoint} requests in the window`,
        (s) => s.byEndpoint[endpoint],
      ),
    ),
  ];
}
