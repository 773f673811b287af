// `pnpm --filter bench profile -- <variant> [rows] [--poll]`: where a variant's script time
// goes, from a V8 CPU profile (sampling every 100 µs) of the same load the benchmark measures:
// self time summed by function and by file, heaviest first; functions of the minified
// standalone bundle are named through its source map (name and source line). Complements
// `trace`, which shows the browser's own phases (style, layout, paint) but not which functions
// run. Sampling on a busy machine is noisy: compare functions within one profile.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { simulatorControl } from '@input-progress/simulator/control';
import { startBenchServer } from './server.js';
import { benchJobConfig, POLL_INTERVAL_MS } from './bench-job.js';
import { launchChromium, POLLS_PER_WINDOW } from './cdp.js';
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
  options: { poll: { type: 'boolean', default: false } },
});
const variant = VARIANTS.find((v) => v.id === positionals[0]);
if (!variant) {
  console.error(`usage: profile <${VARIANTS.map((v) => v.id).join('|')}> [rows] [--poll]`);
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

const server = await startBenchServer();
const browser = await launchChromium();
try {
  const jobId = values.poll ? 'bench_profile_poll' : 'bench_static';
  await simulatorControl(server.origin).createJob(benchJobConfig(jobId));
  if (values.poll) server.advanceOnPoll(jobId, POLL_INTERVAL_MS);
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/blank.html`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const url = `${server.origin}${variant.page}?job=${jobId}&rows=${rows}&poll=${POLL_INTERVAL_MS}`;
  if (!values.poll) await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => 'bench' in window, undefined, { polling: 20 });
  await page.evaluate(() => window.bench.firstRender);
  if (values.poll) {
    await server.nextPoll(jobId);
    await cdp.send('Profiler.start');
    for (let i = 0; i < POLLS_PER_WINDOW; i++) await server.nextPoll(jobId);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS / 2));
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
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
    `${variant.label}, ${values.poll ? `${POLLS_PER_WINDOW} polls` : `first render of ${rows} rows`}: self time by file\n${top(byFile, 10)}\n\nby function\n${top(self, 40)}`,
  );
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
