// What a React developer would write instead of <input-progress-list>: React 19 and TanStack
// Query v5 against the REST API, showing the same fields as our row (see row-view.ts), with
// the idioms a competent React codebase uses for a polled list: `refetchInterval` (stopping
// once the counts say nothing is active), `placeholderData: keepPreviousData` for page and
// filter changes, TanStack's structural sharing (on by default, also for `select`'s result)
// so unchanged rows keep their identity, and memoised rows keyed by input id.
import { memo, useCallback, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  QueryClient,
  QueryClientProvider,
  keepPreviousData,
  useQuery,
} from '@tanstack/react-query';
import { startHarness, type ListOptions } from './harness.js';
import { percentOf, rowView, type Counts } from './row-view.js';
import { ListFrame, RowMarkup } from './react-row.js';

interface ApiInput {
  id: string;
  status: string;
  port_name: string | null;
  error_message: string | null;
  created_at: string;
  completed_at: string | null;
  data: {
    ref: string;
    filename: string;
    file_type?: string | null;
    file_extension?: string | null;
    num_bytes?: number | null;
    metadata?: Record<string, unknown> | null;
  };
}
interface ApiProgress {
  kind: string;
  message: string | null;
  created_at: string;
  metrics: { percent_complete?: number; items_processed?: number; items_total?: number };
}
interface ApiItem {
  input: ApiInput;
  latest_progress: ApiProgress | null;
  step: number | null;
}
interface ProgressPage {
  total: number;
  offset: number;
  limit: number;
  items: ApiItem[];
}
/** An item with what the row derives from it across polls. */
interface RowData {
  item: ApiItem;
  percent: number | null;
  eta: number | null;
}
interface ShownPage extends ProgressPage {
  rows: RowData[];
}

async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`The server answered ${response.status}`);
  return (await response.json()) as T;
}

const isActive = (counts: Counts | undefined) => !counts || counts.pending + counts.processing > 0;

/**
 * `select` for the progress query: adds each row's percent and ETA. The ETA comes from the
 * first sample seen of an input and its latest one (kept in a ref across polls).
 */
function useRowsSelect() {
  const firstSamples = useRef(new Map<string, { at: number; percent: number }>());
  return useCallback((page: ProgressPage): ShownPage => {
    const rows = page.items.map((item): RowData => {
      const { input, latest_progress: progress } = item;
      const metrics = progress?.metrics;
      const percent = percentOf(
        input.status,
        metrics?.percent_complete,
        metrics?.items_processed,
        metrics?.items_total,
      );
      let eta: number | null = null;
      const at = progress ? Date.parse(progress.created_at) : NaN;
      if (input.status === 'processing' && percent !== null && !Number.isNaN(at)) {
        const first = firstSamples.current.get(input.id);
        if (!first) firstSamples.current.set(input.id, { at, percent });
        else if (at > first.at && percent > first.percent) {
          eta = Math.round((100 - percent) / ((percent - first.percent) / (at - first.at)));
        }
      }
      return { item, percent, eta };
    });
    return { ...page, rows };
  }, []);
}

const Row = memo(function Row({ row }: { row: RowData }) {
  const { input, latest_progress: progress, step } = row.item;
  const view = rowView({
    filename: input.data.filename,
    ref: input.data.ref,
    status: input.status,
    fileType: input.data.file_type ?? null,
    fileExtension: input.data.file_extension ?? null,
    numBytes: input.data.num_bytes ?? null,
    portName: input.port_name,
    rank: step,
    percent: row.percent,
    itemsProcessed: progress?.metrics.items_processed ?? null,
    itemsTotal: progress?.metrics.items_total ?? null,
    eta: row.eta,
    reportedAt: progress?.created_at ?? null,
    kind: progress?.kind ?? null,
    message: progress?.message ?? null,
    errorMessage: input.error_message,
    metadata: input.data.metadata ?? null,
    createdAt: input.created_at,
    completedAt: input.completed_at,
  });
  return <RowMarkup view={view} status={input.status} />;
});

function InputProgressList({ jobId, baseUrl, limit, pollInterval }: ListOptions) {
  const [offset, setOffset] = useState(0);
  const [statuses, setStatuses] = useState<string[]>([]);
  const job = `${baseUrl}/batch/jobs/${encodeURIComponent(jobId)}`;

  const counts = useQuery({
    queryKey: ['counts', job],
    queryFn: ({ signal }) => getJson<Counts>(`${job}/inputs/progress/counts`, signal),
    refetchInterval: (query) => (isActive(query.state.data) ? pollInterval : false),
  });
  const select = useRowsSelect();
  const progress = useQuery({
    queryKey: ['progress', job, { statuses, offset, limit }],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ offset: String(offset), limit: String(limit) });
      for (const status of statuses) params.append('status', status);
      return getJson<ProgressPage>(`${job}/inputs/progress?${params}`, signal);
    },
    placeholderData: keepPreviousData,
    refetchInterval: isActive(counts.data) ? pollInterval : false,
    select,
  });

  const toggle = (status: string) => {
    setStatuses((current) =>
      current.includes(status) ? current.filter((s) => s !== status) : [...current, status],
    );
    setOffset(0);
  };
  const total = progress.data?.total ?? 0;
  const page = Math.floor(offset / limit) + 1;
  const pageCount = Math.max(1, Math.ceil(total / limit));

  return (
    <ListFrame
      jobId={jobId}
      counts={counts.data}
      isFetching={progress.isFetching}
      statuses={statuses}
      onToggle={toggle}
      rows={
        progress.isSuccess
          ? progress.data.rows.map((row) => <Row key={row.item.input.id} row={row} />)
          : null
      }
      error={progress.isError ? progress.error.message : null}
      busy={progress.isPlaceholderData}
      page={page}
      pageCount={pageCount}
      onPrevious={() => setOffset(Math.max(0, offset - limit))}
      onNext={() => setOffset(offset + limit)}
    />
  );
}

/** One client for the app, as an app has: the list mounts and unmounts inside it. */
const queryClient = new QueryClient();

startHarness({
  mount(container, options) {
    const root = createRoot(container);
    root.render(
      <QueryClientProvider client={queryClient}>
        <InputProgressList {...options} />
      </QueryClientProvider>,
    );
    return () => root.unmount();
  },
  rows: (container) => [...container.querySelectorAll('li.ip-item')].map((li) => [li]),
});
