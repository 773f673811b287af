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
import { derivePercent, type FeedItem } from '@input-progress/core';
import { rowViewOf, type Counts } from './row-view.js';
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
/**
 * The page with its items as the row's words take them (`FeedItem`: camel-case fields, the
 * percent and the ETA the row derives across polls).
 */
interface ShownPage extends ProgressPage {
  rows: FeedItem[];
}

async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`The server answered ${response.status}`);
  return (await response.json()) as T;
}

const isActive = (counts: Counts | undefined) => !counts || counts.pending + counts.processing > 0;

/**
 * `select` for the progress query: each item as the row's words take it, with its percent and
 * ETA. The ETA comes from the first sample seen of an input and its latest one (kept in a ref
 * across polls). TanStack's structural sharing keeps an unchanged row's object across polls.
 */
function useRowsSelect() {
  const firstSamples = useRef(new Map<string, { at: number; percent: number }>());
  return useCallback((page: ProgressPage): ShownPage => {
    const rows = page.items.map((item): FeedItem => {
      const { input, latest_progress: progress } = item;
      const metrics = progress?.metrics;
      const percent = derivePercent(input.status, {
        percentComplete: metrics?.percent_complete,
        itemsProcessed: metrics?.items_processed,
        itemsTotal: metrics?.items_total,
      });
      let eta: number | null = null;
      const at = progress ? Date.parse(progress.created_at) : NaN;
      if (input.status === 'processing' && percent !== null && !Number.isNaN(at)) {
        const first = firstSamples.current.get(input.id);
        if (!first) firstSamples.current.set(input.id, { at, percent });
        else if (at > first.at && percent > first.percent) {
          eta = Math.round((100 - percent) / ((percent - first.percent) / (at - first.at)));
        }
      }
      return {
        input: {
          id: input.id,
          jobId: '',
          portName: input.port_name ?? '',
          fileId: null,
          status: input.status,
          errorMessage: input.error_message,
          createdAt: input.created_at,
          completedAt: input.completed_at,
          data: {
            ref: input.data.ref,
            filename: input.data.filename,
            fileType: input.data.file_type ?? null,
            fileExtension: input.data.file_extension ?? null,
            numBytes: input.data.num_bytes ?? null,
            metadata: input.data.metadata ?? null,
          },
        },
        latestProgress: progress && {
          id: 0,
          inputId: input.id,
          index: null,
          step: null,
          payload: {},
          kind: progress.kind,
          message: progress.message,
          createdAt: progress.created_at,
          metrics: {
            percentComplete: metrics?.percent_complete ?? null,
            itemsProcessed: metrics?.items_processed ?? null,
            itemsTotal: metrics?.items_total ?? null,
          },
        },
        step: item.step,
        percent,
        eta,
      };
    });
    return { ...page, rows };
  }, []);
}

const Row = memo(function Row({ row }: { row: FeedItem }) {
  return <RowMarkup view={rowViewOf(row)} status={row.input.status} />;
});

function InputProgressList({ jobId, baseUrl, limit, pollInterval }: ListOptions) {
  const [offset, setOffset] = useState(0);
  const [statuses, setStatuses] = useState<string[]>([]);
  const job = `${baseUrl}/batch/jobs/${encodeURIComponent(jobId)}`;

  // staleTime: a remount within the poll interval shows the cached answers without asking
  // again, as the element and core's shared feeds do (gcTime keeps them 5 minutes, as they do).
  const counts = useQuery({
    queryKey: ['counts', job],
    staleTime: pollInterval,
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
    staleTime: pollInterval,
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
          ? progress.data.rows.map((row) => <Row key={row.input.id} row={row} />)
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
