// Issue 21's "done when" figures for <input-progress-list>: each as a target with its figure
// and ✓ or ✗, and the agreement of two runs (`pnpm --filter bench agree -- a.json b.json`).
import { bestReact, formatRatio, ratioTo, type Measure, type Ratio } from './report.js';
import { VARIANTS } from './variants.js';

export interface Target {
  /** The same target in another run (the label names the React variant of that run). */
  readonly id: string;
  readonly label: string;
  readonly ok: boolean;
  /** The figure as printed. */
  readonly figure: string;
  /** For a ratio: its median and spread over the rounds. */
  readonly ratio?: Ratio;
}

/** Every target the measures allow checking; `textDiffers`: variants whose rows say otherwise. */
export function targetsOf(measures: readonly Measure[], textDiffers: readonly string[]): Target[] {
  const byKey = new Map(measures.map((m) => [m.key, m]));
  const targets: Target[] = [
    {
      id: 'text',
      label: 'like for like: the rows of every variant say the same',
      ok: textDiffers.length === 0,
      figure: textDiffers.length ? `not ${textDiffers.join(', ')}` : 'yes',
    },
  ];
  const relative = (key: string, to: 'best-react' | 'plain', limit: number, label: string) => {
    const m = byKey.get(key);
    const ratio = m && ratioTo(m, to);
    if (!m || !ratio) return;
    const name = to === 'plain' ? 'the floor' : VARIANTS.find((v) => v.id === bestReact(m))!.label;
    // What hand-written DOM does against the same React figure: a target the floor misses
    // too asks for less work than the same DOM updates with the same CSS take in this run.
    const floor = to === 'best-react' ? ratioTo(m, 'best-react', 'plain') : undefined;
    const floorSays = !floor
      ? ''
      : `; the floor itself ${formatRatio(floor)}` +
        (floor.median > limit ? ', out of reach of hand-written DOM here' : '');
    targets.push({
      id: `${key} ÷ ${to}`,
      label: `${label} ÷ ${name}`,
      ok: ratio.median <= limit,
      figure: `${formatRatio(ratio)}, target ≤ ${limit}×${floorSays}`,
      ratio,
    });
  };
  const exactly = (key: string, target: number, label: string) => {
    const value = byKey.get(key)?.values.elements;
    if (value !== undefined)
      targets.push({ id: key, label, ok: value === target, figure: `${value}, target ${target}` });
  };
  for (const rows of [20, 100, 500]) {
    relative(`first-render-${rows}-work`, 'best-react', 0.8, `first render ${rows} rows, work`);
  }
  for (const rows of [20, 100, 500]) {
    relative(
      `first-render-${rows}-time`,
      'best-react',
      0.8,
      `first render ${rows} rows, navigation to last row`,
    );
  }
  relative('poll-work-above-idle', 'best-react', 0.5, 'poll window, work above the idle page');
  exactly('poll-rows-touched', 6, 'poll window, rows whose DOM mutated');
  for (const rows of [20, 100, 500]) {
    relative(`first-render-${rows}-work`, 'plain', 1.2, `first render ${rows} rows, work`);
  }
  relative('mount-work', 'best-react', 1.0, '50 mount/unmount cycles, work');
  exactly('mount-timers', 0, 'timers left after 50 cycles');
  exactly('mount-listeners', 0, 'window/document listeners left after 50 cycles');
  exactly('mount-requests', 0, 'requests after the last unmount');
  const ours = byKey.get('requests-per-interval')?.values.elements;
  if (ours !== undefined) {
    const steady = byKey.get('requests-per-interval-steady')?.values.elements;
    const perPoll = byKey.get('requests-per-poll')?.values.elements;
    targets.push({
      id: 'requests',
      label: 'requests per viewer per poll interval, live job',
      ok: ours <= 2,
      figure:
        `${ours.toFixed(2)} from navigation on (${steady?.toFixed(2)} after the first load; ` +
        `${perPoll?.toFixed(2)} per poll made), target ≤ 2.0`,
    });
  }
  return targets;
}

export const formatTargets = (targets: readonly Target[]): string =>
  targets.map(({ ok, label, figure }) => `  ${ok ? '✓' : '✗'} ${label}: ${figure}`).join('\n');

/**
 * Two runs side by side: each target's figure in both, and whether the second run's median
 * ratio lies within the first run's spread over its rounds (and the first's within the
 * second's).
 */
export function formatAgreement(first: readonly Target[], second: readonly Target[]): string {
  const lines = [
    '| done when | run 1 | run 2 | run 2 within the spread of run 1, run 1 within that of run 2 |',
    '|---|---|---|---|',
  ];
  for (const target of first) {
    const other = second.find((candidate) => candidate.id === target.id);
    const mark = (t: Target | undefined) => (t ? `${t.ok ? '✓' : '✗'} ${t.figure}` : '–');
    const within = (value: Ratio | undefined, range: Ratio | undefined) =>
      value && range && value.median >= range.low && value.median <= range.high;
    const agree = !other
      ? '–'
      : target.ratio && other.ratio
        ? `${within(other.ratio, target.ratio) ? 'yes' : 'no'}, ${within(target.ratio, other.ratio) ? 'yes' : 'no'}`
        : other.figure === target.figure
          ? 'same'
          : 'differs';
    lines.push(`| ${target.label} | ${mark(target)} | ${mark(other)} | ${agree} |`);
  }
  return lines.join('\n');
}
