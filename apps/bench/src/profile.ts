// `pnpm --filter bench cpu-profile -- <variant> [rows] [--poll [--idle]] [--reduced-motion]`:
// where a variant's script time goes, from a V8 CPU profile (sampling every 100 µs) of the same
// load the benchmark measures: self time summed by function and by file, heaviest first;
// functions of the minified standalone bundle are named through its source map (name and
// source line). Complements `trace`, which shows the browser's own phases (style, layout,
// paint) but not which functions run. Sampling on a busy machine is noisy: compare functions
// within one profile.
import { readFileSync } from 'node:fs';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { describeLoad, loadFromArgs, recordLoad } from './recorded-load.js';

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

const load = loadFromArgs('cpu-profile');
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
  ...load,
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
  `${describeLoad(load)}: self time by file\n${top(byFile, 10)}\n\nby function\n${top(self, 40)}`,
);
