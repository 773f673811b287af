// `pnpm --filter bench trace -- <variant> [rows] [--poll [--idle]] [--reduced-motion]`: where a
// variant's main thread spends its time, from a Chromium performance trace (the DevTools
// timeline categories). Loads the page like the benchmark does (first render of `rows` rows,
// default 500; with --poll, five polls that change six rows instead; --reduced-motion
// emulates `prefers-reduced-motion: reduce`, which turns the bars' transitions off), then
// prints the trace events of the page's main thread summed by name (inclusive: nested events
// count in their parents too), and every style or layout that script forced synchronously,
// with the function that forced it.
// The trace itself goes to results/trace-<variant>-<rows|poll>.json (open it in DevTools).
import { writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describeLoad, loadFromArgs, recordLoad } from './recorded-load.js';

interface StackFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    beginData?: { stackTrace?: StackFrame[] };
    data?: {
      stackTrace?: StackFrame[];
      functionName?: string;
      url?: string;
      lineNumber?: number;
      columnNumber?: number;
    };
  };
}

const load = loadFromArgs('trace');
const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));

const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8'];
const buffer = await recordLoad({
  ...load,
  start: ({ browser, page }) => browser.startTracing(page, { categories }),
  stop: ({ browser }) => browser.stopTracing(),
});
await mkdir(resultsDir, { recursive: true });
const { variant, rows, poll, idle, reducedMotion } = load;
const file = `${resultsDir}trace-${variant.id}-${poll ? (idle ? 'idle' : 'poll') : rows}${reducedMotion ? '-reduced-motion' : ''}.json`;
await writeFile(file, buffer);

const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
// The page's main thread: of the renderers' main threads, the busiest one.
const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const busy = (thread: TraceEvent) =>
  events.reduce(
    (sum, e) =>
      e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' ? sum + (e.dur ?? 0) : sum,
    0,
  );
const main = mains.sort((a, b) => busy(b) - busy(a))[0];
const onMain = events.filter(
  (e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur,
);
const totals = new Map<string, { count: number; ms: number }>();
for (const event of onMain) {
  const total = totals.get(event.name) ?? { count: 0, ms: 0 };
  total.count++;
  total.ms += event.dur! / 1000;
  totals.set(event.name, total);
}
console.log(`${describeLoad(load)} (trace in ${file})`);
console.log(
  '\nMain-thread trace events, inclusive ms (tracing inflates every figure; compare them with each other):',
);
for (const [name, { count, ms }] of [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) {
  console.log(
    `  ${name.padEnd(52)} ${String(count).padStart(6)} × ${ms.toFixed(1).padStart(8)} ms`,
  );
}
// Style and layout that ran inside script (a custom element reaction, a function call, a
// timer) instead of in a frame's lifecycle update: script forced them synchronously.
const SCRIPT = new Set([
  'FunctionCall',
  'v8.callFunction',
  'EvaluateScript',
  'v8.run',
  'CustomElementReactionQueue::invokeReactions',
  'TimerFire',
  'FireAnimationFrame',
  'v8.evaluateModule',
]);
const STYLE_AND_LAYOUT = new Set(['UpdateLayoutTree', 'Layout']);
const sorted = [...onMain].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
const open: TraceEvent[] = [];
const forced = new Map<string, { count: number; ms: number }>();
for (const event of sorted) {
  while (open.length && open.at(-1)!.ts + open.at(-1)!.dur! <= event.ts) open.pop();
  if (STYLE_AND_LAYOUT.has(event.name) && open.some((e) => SCRIPT.has(e.name))) {
    const call = [...open].reverse().find((e) => e.args?.data?.functionName !== undefined);
    const frame = event.args?.beginData?.stackTrace?.[0] ?? event.args?.data?.stackTrace?.[0];
    const where = frame
      ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}:${frame.columnNumber}`
      : call
        ? `inside ${call.args!.data!.functionName || '(anonymous)'} ${(call.args!.data!.url ?? '').split('/').pop()}:${call.args!.data!.lineNumber}`
        : `inside ${open.filter((e) => SCRIPT.has(e.name)).at(-1)!.name}`;
    const key = `${event.name}, ${where}`;
    const total = forced.get(key) ?? { count: 0, ms: 0 };
    total.count++;
    total.ms += event.dur! / 1000;
    forced.set(key, total);
  }
  open.push(event);
}
console.log('\nStyle and layout forced synchronously by script (inclusive ms):');
if (!forced.size) console.log('  none');
for (const [key, { count, ms }] of [...forced].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) {
  console.log(`  ${key}: ${count} × ${ms.toFixed(1)} ms`);
}
