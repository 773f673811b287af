// `pnpm --filter bench cpu-profile -- <variant> [rows] [--poll [--idle]]`: where a variant's script time
// goes, from a V8 CPU profile (sampling every 100 µs) of the same load the benchmark measures:
// self time summed by function and by file, heaviest first; functions of the minified
// standalone bundle are named through its source map (name and source line). Complements
// `trace`, which shows the browser's own phases (style, layout, paint) but not which functions
// run. Sampling on a busy machine is noisy: compare functions within one profile.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { POLLS_PER_WINDOW } from './cdp.js';
import { recordLoad } from './recorded-load.js';
import { VARIANTS } from './variants.js';
import { cliArgs } from './cli-args.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const { positionals, values } = parseArgs({
  args: cliArgs(),
  allowPositionals: true,
  options: {
    poll: { type: 'boolean', default: false },
    idle: { type: 'boolean', default: false },
  },
});
const variant = VARIANTS.find((v) => v.id === positionals[0]);
if (!variant) {
  console.error(`usage: profile <${VARIANTS.map((v) => v.id).join('|')}> [rows] [--poll [--idle]]`);
  process.exit(2);
}
const rows = values.poll ? 500 : Number(positionals[1] ?? 500);
const standaloneMap = new SourceMapConsumer(
  JSON.parse(
    readFileSync(
      new URL('../../../packages/elements/dist/input-progress.standalone.js.map', import.meta.url),
      'utf8',
    ),
  ) as RawSourceMap,
);

/** A sampled frame as `function file:line`, through the source map for the standalone bundle. */
function describe({ functionName, url, lineNumber, columnNumber }: ProfileNode['callFrame']) {
  const file = url.split('/').pop() || '(native)';
  if (file.endsWith('standalone.js')) {
    const original = standaloneMap.originalPositionFor({
      line: lineNumber + 1,
      column: columnNumber,
    });
    if (original.source)
      return `${original.name ?? (functionName || '(anonymous)')} ${original.source.replace(/^(\.\.\/)+/, '')}:${original.line}`;
  }
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
}

const profile = await recordLoad({
  variant,
  rows,
  poll: values.poll,
  idle: values.idle,
  async start({ cdp }) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  },
  stop: async ({ cdp }) =>
    ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile,
});

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<string, number>();
const byFile = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const { callFrame } = byId.get(id)!;
  const file = callFrame.url.split('/').pop() || '(native)';
  const name = describe(callFrame);
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  self.set(name, (self.get(name) ?? 0) + ms);
  byFile.set(file, (byFile.get(file) ?? 0) + ms);
});
const top = (map: Map<string, number>, n: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${name}`)
    .join('\n');
console.log(
  `${variant.label}, ${values.poll ? `${POLLS_PER_WINDOW} polls${values.idle ? ' that change nothing' : ''}` : `first render of ${rows} rows`}: self time by file\n${top(byFile, 10)}\n\nby function\n${top(self, 40)}`,
);
