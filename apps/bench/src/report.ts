// Turns a run's samples into the one table `pnpm bench` prints (medians, and each variant's
// ratio to the React variant, taken within this run), the checks of issue 10's targets, and
// optionally a comparison with an earlier run's results file.
import type { VariantId } from './variants.js';
import { REFERENCE, VARIANTS } from './variants.js';

/** One line of the table: a measure of a scenario, with a median per variant. */
export interface Measure {
  readonly scenario: string;
  readonly measure: string;
  readonly key: string;
  readonly values: Partial<Record<VariantId, number>>;
  /** How to print a value. */
  readonly format: 'ms' | 'count' | 'mb' | 'kb';
  /** Whether a ratio to the reference means anything (not for counts that should be 0). */
  readonly ratio: boolean;
}

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
};

const ratio = (value: number, reference: number | undefined) =>
  reference && Number.isFinite(reference) && reference > 0
    ? `${(value / reference).toFixed(2)}×`
    : '';

/** The table as Markdown (it reads as plain text in a terminal and pastes into a README). */
export function formatTable(measures: readonly Measure[], previous?: Results): string {
  const variants = VARIANTS.filter((variant) =>
    measures.some((m) => m.values[variant.id] !== undefined),
  );
  const before = new Map(previous?.measures.map((m) => [m.key, m]));
  const header = ['scenario', 'measure', ...variants.map((v) => v.label)];
  if (previous) header.push('`<input-progress-list>` before (now ÷ before)');
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`,
  ];
  let scenario = '';
  for (const m of measures) {
    const reference = m.values[REFERENCE];
    const cells = variants.map((variant) => {
      const value = m.values[variant.id];
      if (value === undefined || Number.isNaN(value)) return '–';
      const text = FORMATS[m.format](value);
      const r = m.ratio && variant.id !== REFERENCE ? ratio(value, reference) : '';
      return r ? `${text} (${r})` : text;
    });
    if (previous) {
      const old = before.get(m.key)?.values.elements;
      const now = m.values.elements;
      cells.push(
        old === undefined || now === undefined
          ? '–'
          : `${FORMATS[m.format](old)}${m.ratio ? ` (${ratio(now, old)})` : ''}`,
      );
    }
    lines.push(
      `| ${m.scenario === scenario ? '' : m.scenario} | ${m.measure} | ${cells.join(' | ')} |`,
    );
    scenario = m.scenario;
  }
  return lines.join('\n');
}

/** Issue 10's "done when" figures for <input-progress-list>, each with ✓ or ✗. */
export function formatTargets(measures: readonly Measure[]): string {
  const get = (key: string, variant: VariantId) =>
    measures.find((m) => m.key === key)?.values[variant];
  const lines: string[] = [];
  const check = (label: string, ok: boolean | undefined, figure: string) => {
    if (ok === undefined) return;
    lines.push(`  ${ok ? '✓' : '✗'} ${label}: ${figure}`);
  };
  const relative = (key: string, to: VariantId, limit: number, label: string) => {
    const ours = get(key, 'elements');
    const theirs = get(key, to);
    if (ours === undefined || theirs === undefined) return;
    const r = ours / theirs;
    check(label, r <= limit, `${r.toFixed(2)}× (target ≤ ${limit}×)`);
  };
  relative('first-render-500-work', 'react', 0.8, '500 rows, first render work vs React');
  relative('first-render-500-time', 'react', 1.0, '500 rows, time to last row vs React');
  relative('poll-work', 'react', 0.5, 'poll window work vs React');
  const touched = get('poll-rows-touched', 'elements');
  if (touched !== undefined)
    check('poll window, rows whose DOM mutated', touched === 6, `${touched} (target exactly 6)`);
  relative('first-render-100-work', 'plain', 1.5, '100 rows, first render work vs plain DOM');
  for (const [key, label] of [
    ['mount-timers', 'timers left after 50 mount/unmount cycles'],
    ['mount-listeners', 'listeners left after 50 mount/unmount cycles'],
    ['mount-requests', 'requests after the last unmount'],
  ] as const) {
    const value = get(key, 'elements');
    if (value !== undefined) check(label, value <= 0, `${value} (target 0)`);
  }
  const heap = get('mount-heap', 'elements');
  if (heap !== undefined)
    check('heap growth after GC, 50 cycles', heap <= 1, `${heap.toFixed(2)} MB (target ≤ 1 MB)`);
  return lines.join('\n');
}
