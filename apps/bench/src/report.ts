// Turns a run's measures into the one table `pnpm bench` prints and the check of issue 21's
// "done when" figures. Every ratio of ours is taken within the run, to the BEST React variant
// of that measure (the lowest of the React variants' medians) and to the plain-DOM floor;
// "runs a–b" is the spread of that ratio over the run's rounds (ours ÷ the lowest React
// figure of the same round).
import type { Measure } from './measures.js';
import { REACT_VARIANTS, VARIANTS, type VariantId } from './variants.js';

export type { Measure };

/** What a results file holds (src/run.ts writes it). */
export interface Results {
  readonly date: string;
  readonly environment: Record<string, string | number>;
  readonly settings: Record<string, unknown>;
  readonly measures: readonly Measure[];
  readonly samples: Record<string, unknown>;
}

const FORMATS: Record<Measure['format'], (value: number) => string> = {
  ms: (value) => value.toLocaleString('en', { maximumFractionDigits: value < 100 ? 1 : 0 }),
  count: (value) => value.toLocaleString('en', { maximumFractionDigits: 1 }),
  mb: (value) => value.toFixed(2),
  kb: (value) => value.toFixed(1),
  ratio: (value) => value.toFixed(2),
};

const times = (value: number) => `${value.toFixed(2)}×`;

/** The React variant with the lowest median of `m`: the one ours is compared with. */
export function bestReact(m: Measure): VariantId | undefined {
  let best: VariantId | undefined;
  for (const id of REACT_VARIANTS) {
    const value = m.values[id];
    if (value === undefined || Number.isNaN(value)) continue;
    if (best === undefined || value < m.values[best]!) best = id;
  }
  return best;
}

/** Ours ÷ `reference` (medians), with the lowest and highest ratio of a single round. */
export interface Ratio {
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

/** `of` (ours unless said) ÷ `reference`: the medians' ratio and the spread of the rounds' ratios. */
export function ratioTo(
  m: Measure,
  reference: VariantId | 'best-react',
  of: VariantId = 'elements',
): Ratio | undefined {
  const to = reference === 'best-react' ? bestReact(m) : reference;
  const ours = m.values[of];
  const theirs = to === undefined ? undefined : m.values[to];
  if (ours === undefined || theirs === undefined || !(theirs > 0)) return undefined;
  // Per round: ours ÷ the best React of that round (or the floor of that round).
  const referenceRuns = (index: number) =>
    reference === 'best-react'
      ? Math.min(...REACT_VARIANTS.map((id) => m.runs?.[id]?.[index] ?? Infinity))
      : (m.runs?.[reference]?.[index] ?? NaN);
  const perRound = (m.runs?.[of] ?? [])
    .map((value, index) => value / referenceRuns(index))
    .filter((value) => Number.isFinite(value));
  return {
    median: ours / theirs,
    low: perRound.length ? Math.min(...perRound) : NaN,
    high: perRound.length ? Math.max(...perRound) : NaN,
  };
}

export const formatRatio = (ratio: Ratio | undefined) =>
  ratio === undefined
    ? '–'
    : Number.isFinite(ratio.low)
      ? `${times(ratio.median)} (runs ${times(ratio.low)}–${times(ratio.high)})`
      : times(ratio.median);

/** The table as Markdown (it reads as plain text in a terminal and pastes into a README). */
export function formatTable(measures: readonly Measure[], previous?: Results): string {
  const variants = VARIANTS.filter((variant) =>
    measures.some((m) => m.values[variant.id] !== undefined),
  );
  const before = new Map(previous?.measures.map((m) => [m.key, m]));
  const header = [
    'scenario',
    'measure',
    ...variants.map((v) => v.label),
    'ours ÷ best React',
    'ours ÷ floor',
  ];
  if (previous) header.push('ours before (now ÷ before)');
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`,
  ];
  let scenario = '';
  for (const m of measures) {
    const best = m.ratio ? bestReact(m) : undefined;
    const cells = variants.map((variant) => {
      const value = m.values[variant.id];
      if (value === undefined || Number.isNaN(value)) return '–';
      const text = FORMATS[m.format](value);
      // The React variant the ratio is taken to is marked.
      return variant.id === best && REACT_VARIANTS.length > 1 ? `**${text}**` : text;
    });
    cells.push(m.ratio ? formatRatio(ratioTo(m, 'best-react')) : '');
    cells.push(m.ratio ? formatRatio(ratioTo(m, 'plain')) : '');
    if (previous) {
      const old = before.get(m.key)?.values.elements;
      const now = m.values.elements;
      cells.push(
        old === undefined || now === undefined
          ? '–'
          : `${FORMATS[m.format](old)}${m.ratio && old > 0 ? ` (${times(now / old)})` : ''}`,
      );
    }
    lines.push(
      `| ${m.scenario === scenario ? '' : m.scenario} | ${m.measure} | ${cells.join(' | ')} |`,
    );
    scenario = m.scenario;
  }
  return lines.join('\n');
}
