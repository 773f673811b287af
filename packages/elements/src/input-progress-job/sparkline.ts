/** A small SVG line of inputs finished per bucket; decorative (the throughput text says it). */
import { html, nothing, svg } from 'lit';

const WIDTH = 100;
const HEIGHT = 20;

/** The sparkline of `values` (at least two, else nothing); `part` names it. */
export function renderSparkline(values: readonly number[], part: string): unknown {
  if (values.length < 2) return nothing;
  const top = Math.max(...values) || 1;
  const step = WIDTH / (values.length - 1);
  // One decimal is finer than any screen pixel of a 100-unit-wide line.
  const points = values.map(
    (value, i) =>
      `${(i * step).toFixed(1)},${(HEIGHT - (value / top) * (HEIGHT - 2) - 1).toFixed(1)}`,
  );
  return html`<svg
    part=${part}
    class="job-sparkline"
    viewBox="0 0 100 20"
    preserveAspectRatio="none"
    aria-hidden="true"
  >
    ${svg`<polyline points=${points.join(' ')} fill="none" vector-effect="non-scaling-stroke"></polyline>`}
  </svg>`;
}
