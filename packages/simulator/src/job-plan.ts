import type { ResolvedJobConfig } from './job-config.js';
import { createRandom, deriveSeed } from './random.js';
import { randomId } from './random-id.js';
import type { MetricsMode } from './types.js';

/**
 * One tracked input's whole life, fixed when the job is created. Times are ms of job time
 * (t = 0 is the job's creation); the state at any t is computed from these, never replayed.
 */
export interface InputPlan {
  readonly index: number;
  readonly id: string;
  readonly fileId: string;
  readonly portName: string;
  readonly filename: string;
  readonly ref: string;
  readonly fileType: string | null;
  readonly fileExtension: string | null;
  readonly numBytes: number | null;
  readonly metadata: Record<string, unknown> | null;
  readonly kind: string;
  readonly metrics: MetricsMode;
  /** Row message template; `{k}` and `{n}` are replaced. */
  readonly message: string;
  readonly items: number;
  /** Time each item takes. */
  readonly itemMs: number;
  readonly fails: boolean;
  /** The 1-based item during which a failing input fails. */
  readonly failItem: number;
  readonly errorMessage: string | null;
  readonly createdAt: number;
  readonly start: number;
  /** When the input completes or fails. */
  readonly end: number;
  /** Progress row ids are `rowIdBase + step`, unique within the job. */
  readonly rowIdBase: number;
}

/** A reference (n-shot) input: stored, never listed by the progress endpoints. */
export interface ReferenceInputPlan {
  readonly id: string;
  readonly fileId: string;
  readonly portName: string;
  readonly filename: string;
  readonly status: 'reference';
}

/** Every input of a job plus the orders the listing needs, precomputed once. */
export interface JobPlan {
  readonly inputs: readonly InputPlan[];
  readonly references: readonly ReferenceInputPlan[];
  /** Input indices by (end, id): the completion order. */
  readonly byEnd: Int32Array;
  /** `end` of `byEnd[i]`, ascending, for binary search. */
  readonly endsSorted: Float64Array;
  /** Input indices by (start, id). */
  readonly byStart: Int32Array;
  /** `start` of `byStart[i]`, ascending. */
  readonly startsSorted: Float64Array;
  /** Input indices by (createdAt, id): the order of the pending bucket. */
  readonly byCreated: Int32Array;
  /** 1-based completion rank of each input, by index. */
  readonly rank: Int32Array;
  /** When the first input starts. */
  readonly firstStart: number;
  /** When the last input ends (the start delay for an empty job). */
  readonly lastEnd: number;
}

const ERROR_MESSAGES = [
  'Malformed CSV: row 42 has 11 columns, expected 12',
  'Model container exited with code 137 (out of memory)',
  'Timestamp column "time" is not monotonic at row 318',
  'File could not be decoded as UTF-8',
  'Inference timed out after 300 s',
];

/** Orders input indices by a numeric key, ties by input id (code-unit order). */
function orderBy(inputs: readonly InputPlan[], key: (input: InputPlan) => number): Int32Array {
  const indices = Array.from(inputs, (_, i) => i);
  indices.sort((left, right) => {
    const first = inputs[left]!;
    const second = inputs[right]!;
    const byKey = key(first) - key(second);
    if (byKey !== 0) return byKey;
    return first.id < second.id ? -1 : first.id > second.id ? 1 : 0;
  });
  return Int32Array.from(indices);
}

/** A tiny binary min-heap of slot free times: who is free next decides the next start. */
class SlotHeap {
  private readonly heap: number[];
  constructor(size: number, value: number) {
    this.heap = new Array<number>(size).fill(value);
  }
  /** The earliest time a slot is free. */
  min(): number {
    return this.heap[0]!;
  }
  /** The earliest-free slot is now busy until `next`. */
  replaceMin(next: number): void {
    const heap = this.heap;
    heap[0] = next;
    // Sift down: swap with the earlier-free child until both children are free later.
    let parent = 0;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let earliest = parent;
      if (left < heap.length && heap[left]! < heap[earliest]!) earliest = left;
      if (right < heap.length && heap[right]! < heap[earliest]!) earliest = right;
      if (earliest === parent) break;
      [heap[parent], heap[earliest]] = [heap[earliest]!, heap[parent]!];
      parent = earliest;
    }
  }
}

/** Plans a whole job from its configuration; deterministic for a seed and job id. */
export function planJob(config: ResolvedJobConfig, jobId: string): JobPlan {
  const random = createRandom(deriveSeed(config.seed, `inputs:${jobId}`));
  const ids = new Set<string>();
  const uniqueId = (prefix: string, length: number): string => {
    for (;;) {
      const id = randomId(random, prefix, length);
      if (!ids.has(id)) {
        ids.add(id);
        return id;
      }
    }
  };

  const slots = new SlotHeap(
    Math.min(config.concurrency, Math.max(1, config.inputs)),
    config.startDelayMs,
  );
  const inputs: InputPlan[] = [];
  let rowIdBase = 100;
  const digits = Math.max(3, String(config.inputs).length);
  for (let index = 0; index < config.inputs; index++) {
    const override = config.inputOverrides[index] ?? {};
    const id = uniqueId('inp_', 12);
    const fileId = uniqueId('file_', 12);
    // Every draw happens whatever the overrides say, so an override on one input never
    // shifts the random sequence of the others.
    const itemsDraw = random.int(config.itemsPerInput[0], config.itemsPerInput[1]);
    const items = override.items ?? itemsDraw;
    const itemMs = Math.max(
      1,
      Math.round(config.msPerItem * (1 + config.spread * (2 * random.next() - 1))),
    );
    const failDraw = random.next();
    const fails = override.fails ?? failDraw < config.failureRate;
    const failItem = random.int(1, items);
    const failMs = Math.min(itemMs, Math.max(1, Math.round(itemMs * (0.2 + 0.6 * random.next()))));
    const metricsDraw = random.next();
    const metrics: MetricsMode =
      override.metrics ??
      (config.metrics !== 'mixed'
        ? config.metrics
        : metricsDraw < 0.8
          ? 'full'
          : metricsDraw < 0.92
            ? 'percent-only'
            : 'none');
    const kindDraw = random.next();
    const kind = override.kind ?? (kindDraw < 0.9 ? 'inference' : 'training');
    const numBytesDraw = random.int(8_000, 5_000_000);
    const errorDraw = random.int(0, ERROR_MESSAGES.length - 1);
    const filename = override.filename ?? `input_${String(index + 1).padStart(digits, '0')}.csv`;
    const duration = fails ? (failItem - 1) * itemMs + failMs : items * itemMs;
    const start = slots.min();
    const end = start + duration;
    slots.replaceMin(end);
    inputs.push({
      index,
      id,
      fileId,
      portName: override.portName ?? config.portName,
      filename,
      ref:
        override.ref ??
        `https://storage.example.com/files/${fileId}/${encodeURIComponent(filename)}`,
      fileType: override.fileType !== undefined ? override.fileType : 'text/csv',
      fileExtension: override.fileExtension !== undefined ? override.fileExtension : '.csv',
      numBytes: override.numBytes !== undefined ? override.numBytes : numBytesDraw,
      metadata: override.metadata !== undefined ? override.metadata : {},
      kind,
      metrics,
      message: override.message ?? 'Processing item {k} of {n}',
      items,
      itemMs,
      fails,
      failItem,
      errorMessage: fails ? (override.errorMessage ?? ERROR_MESSAGES[errorDraw]!) : null,
      createdAt: 0,
      start,
      end,
      rowIdBase,
    });
    rowIdBase += items + 1;
  }

  const references: ReferenceInputPlan[] = [];
  for (let i = 0; i < config.referenceInputs; i++) {
    references.push({
      id: uniqueId('inp_', 12),
      fileId: uniqueId('file_', 12),
      portName: config.referencePortName,
      filename: `reference_${String(i + 1).padStart(2, '0')}.csv`,
      status: 'reference',
    });
  }

  const byEnd = orderBy(inputs, (input) => input.end);
  const byStart = orderBy(inputs, (input) => input.start);
  const rank = new Int32Array(inputs.length);
  byEnd.forEach((inputIndex, position) => {
    rank[inputIndex] = position + 1;
  });
  return {
    inputs,
    references,
    byEnd,
    endsSorted: Float64Array.from(byEnd, (i) => inputs[i]!.end),
    byStart,
    startsSorted: Float64Array.from(byStart, (i) => inputs[i]!.start),
    byCreated: orderBy(inputs, (input) => input.createdAt),
    rank,
    firstStart: inputs.length > 0 ? inputs[byStart[0]!]!.start : config.startDelayMs,
    lastEnd: inputs.length > 0 ? inputs[byEnd[byEnd.length - 1]!]!.end : config.startDelayMs,
  };
}
