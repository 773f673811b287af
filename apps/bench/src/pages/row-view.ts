// The text one row shows, computed from an input's plain fields, with the wording and
// formatting of <input-progress-row> (its English defaults). The React and plain-DOM variants
// both use it, so every variant puts the same text on the screen and the comparison is about
// rendering, not about what is rendered.

/** An input's fields as a row needs them (the React variant reads them from the raw JSON, the plain one from core's `FeedItem`). */
export interface RowFields {
  readonly filename: string;
  readonly ref: string;
  readonly status: string;
  readonly fileType: string | null;
  readonly fileExtension: string | null;
  readonly numBytes: number | null;
  readonly portName: string | null;
  /** Completion rank across the job (`items[].step`). */
  readonly rank: number | null;
  /** 0–100, or null when unknown. */
  readonly percent: number | null;
  readonly itemsProcessed: number | null;
  readonly itemsTotal: number | null;
  /** Ms left as of the latest progress report, or null. */
  readonly eta: number | null;
  /** When the latest progress report was written (ISO), or null. */
  readonly reportedAt: string | null;
  readonly kind: string | null;
  readonly message: string | null;
  readonly errorMessage: string | null;
  readonly metadata: Readonly<Record<string, unknown>> | null;
  readonly createdAt: string;
  readonly completedAt: string | null;
}

/** What one row shows. */
export interface RowView {
  readonly link: string | null;
  readonly name: string;
  readonly badge: string;
  readonly details: readonly string[];
  readonly indeterminate: boolean;
  /** `aria-valuenow`, or null when the bar claims no value. */
  readonly valueNow: number | null;
  /** The indicator's width in percent. */
  readonly width: number;
  readonly valueText: string;
  readonly barLabel: string;
  /** Items and percent, then time left: the line under the bar (empty: no line). */
  readonly progress: readonly string[];
  readonly kind: string | null;
  readonly message: string | null;
  readonly error: string | null;
  readonly metadata: readonly string[];
  readonly times: readonly string[];
}

const STATUS_LABELS: Record<string, string> = {
  pending: 'Pending',
  processing: 'Processing',
  completed: 'Completed',
  failed: 'Failed',
};
export const statusLabel = (status: string): string => STATUS_LABELS[status] ?? status;

const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const time = (iso: string | null | undefined): number | null => {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? null : ms;
};

// `Intl` constructors are slow: one of each, made once (the pages are English only).
const numberFormat = new Intl.NumberFormat('en');
const percentFormat = new Intl.NumberFormat('en', { style: 'percent' });
const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const unitFormats = new Map<string, Intl.NumberFormat>();
const unit = (name: string, value: number): string => {
  let format = unitFormats.get(name);
  if (!format) {
    format = new Intl.NumberFormat('en', { style: 'unit', unit: name, maximumFractionDigits: 1 });
    unitFormats.set(name, format);
  }
  return format.format(value);
};
type Unit = readonly [string, number];
const SIZE_UNITS: readonly Unit[] = [
  ['byte', 1],
  ['kilobyte', 1e3],
  ['megabyte', 1e6],
  ['gigabyte', 1e9],
  ['terabyte', 1e12],
];
const TIME_UNITS: readonly Unit[] = [
  ['second', 1000],
  ['minute', 60_000],
  ['hour', 3_600_000],
  ['day', 86_400_000],
];
const unitFor = (value: number, units: readonly Unit[]): Unit => {
  let chosen = units[0]!;
  for (const candidate of units) if (Math.abs(value) >= candidate[1]) chosen = candidate;
  return chosen;
};

export const formatNumber = (value: number): string => numberFormat.format(value);
const formatPercent = (value: number): string => percentFormat.format(value / 100);
const formatBytes = (value: number): string => {
  const [name, size] = unitFor(value, SIZE_UNITS);
  return unit(name, value / size);
};
const formatRelative = (timestamp: number, now: number): string => {
  const ms = Math.min(0, timestamp - now);
  const [name, size] = unitFor(ms, TIME_UNITS);
  return relativeFormat.format(Math.round(ms / size), name as Intl.RelativeTimeFormatUnit);
};
const formatDuration = (ms: number): string => {
  const [name, size] = unitFor(Math.max(0, ms), TIME_UNITS);
  return unit(name, Math.max(0, Math.round(ms / size)));
};

/** `ref` as a link target when it is an absolute http(s) URL (storage refs are untrusted). */
function safeLink(ref: string): string | null {
  try {
    const url = new URL(ref);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Percent complete from the metrics, as core's `derivePercent` does: 0–100 or null. */
export function percentOf(
  status: string,
  percentComplete: unknown,
  itemsProcessed: unknown,
  itemsTotal: unknown,
): number | null {
  if (status === 'completed') return 100;
  const percent = finite(percentComplete)
    ? percentComplete
    : finite(itemsProcessed) && finite(itemsTotal) && itemsTotal > 0
      ? (itemsProcessed / itemsTotal) * 100
      : null;
  return percent === null ? null : Math.min(100, Math.max(0, percent));
}

/** The row of one input, as `<input-progress-row>` words it. */
export function rowView(fields: RowFields, now = Date.now()): RowView {
  const { status } = fields;
  const kind = fields.fileExtension
    ? fields.fileExtension.replace(/^\./, '').toUpperCase()
    : fields.fileType;
  const details = [
    kind,
    finite(fields.numBytes) ? formatBytes(fields.numBytes) : null,
    fields.portName ? `port ${fields.portName}` : null,
    finite(fields.rank) ? `Finished #${formatNumber(fields.rank)}` : null,
  ].filter((part): part is string => !!part);

  const percent = finite(fields.percent) ? Math.round(fields.percent) : null;
  const items =
    finite(fields.itemsProcessed) && finite(fields.itemsTotal)
      ? `${formatNumber(fields.itemsProcessed)} of ${formatNumber(fields.itemsTotal)} items`
      : null;
  const indeterminate = percent === null && status === 'processing';
  const noValue = percent === null && !/^(pending|completed|failed)$/.test(status);
  const label =
    percent === null
      ? null
      : items
        ? `${items}, ${formatPercent(percent)}`
        : formatPercent(percent);
  const spokenStatus =
    !label || status === 'pending' || status === 'failed' ? statusLabel(status) : null;
  const valueText = indeterminate
    ? 'Processing, progress unknown'
    : [spokenStatus, label].filter(Boolean).join(', ');
  const reported = time(fields.reportedAt);
  const left = finite(fields.eta)
    ? fields.eta - Math.max(0, reported === null ? 0 : now - reported)
    : 0;
  const eta = status === 'processing' && left > 0 ? `about ${formatDuration(left)} left` : null;

  const created = time(fields.createdAt);
  const completed = time(fields.completedAt);
  const times = [
    created !== null ? `created ${formatRelative(created, now)}` : null,
    completed !== null ? `finished ${formatRelative(completed, now)}` : null,
    created !== null && completed !== null ? `took ${formatDuration(completed - created)}` : null,
  ].filter((part): part is string => !!part);

  return {
    link: safeLink(fields.ref),
    name: fields.filename,
    badge: statusLabel(status),
    details,
    indeterminate,
    valueNow: noValue ? null : (percent ?? 0),
    width: percent ?? 0,
    valueText,
    barLabel: `Progress of ${fields.filename}`,
    progress: [label, eta].filter((part): part is string => !!part),
    kind: fields.kind,
    message: fields.message,
    error: fields.errorMessage ? `Error: ${fields.errorMessage}` : null,
    metadata: Object.entries(fields.metadata ?? {}).map(
      ([key, value]) =>
        `${key}: ${typeof value === 'string' ? value : String(JSON.stringify(value))}`,
    ),
    times,
  };
}

/** The per-status counts of a job, as the list's header shows them. */
export interface Counts {
  readonly pending: number;
  readonly processing: number;
  readonly completed: number;
  readonly failed: number;
}

/** The header's summary ("x of y inputs done") and overall percent. */
export function summaryView(counts: Counts | null): { summary: string; percent: number } {
  if (!counts) return { summary: '– of – inputs done', percent: 0 };
  const total = counts.pending + counts.processing + counts.completed + counts.failed;
  const done = counts.completed + counts.failed;
  return {
    summary: `${formatNumber(done)} of ${formatNumber(total)} inputs done`,
    percent: total ? Math.round((done / total) * 100) : 0,
  };
}
