// The markup of the React variants (TanStack Query and core's feed): the same elements, classes
// and text as the plain-DOM floor and as <input-progress-row>'s template, from one RowView.
import { memo, type ReactNode } from 'react';
import {
  chipText,
  errorText,
  formatNumber,
  listLabel,
  liveText,
  loadingText,
  overallLabel,
  summaryView,
  type Counts,
  type RowView,
} from './row-view.js';

const STATUSES = ['pending', 'processing', 'completed', 'failed'] as const;

/**
 * How the bars fill: by `transform: scaleX()` as the elements do (list.css), or by `width`, as
 * React is typically written (react-typical.html, list-typical.css).
 */
const barsByWidth = document.documentElement.dataset['bars'] === 'width';
export const fillStyle = (fill: number) =>
  barsByWidth ? { width: `${fill * 100}%` } : { transform: `scaleX(${fill})` };

/** One row: an `<li>` with the row's lines. */
export const RowMarkup = memo(function RowMarkup({
  view,
  status,
}: {
  view: RowView;
  status: string;
}) {
  return (
    <li className="ip-item">
      <div className="ip-row" data-status={status}>
        <div className="ip-header">
          <span className="ip-name ip-clip" title={view.name}>
            {view.link ? (
              <a href={view.link} target="_blank" rel="noopener noreferrer">
                {view.name}
              </a>
            ) : (
              view.name
            )}
          </span>{' '}
          <span className="ip-badge">{view.badge}</span>
        </div>
        <p className="ip-line ip-muted">{view.details}</p>
        <div
          className={view.indeterminate ? 'ip-bar ip-indeterminate' : 'ip-bar'}
          role="progressbar"
          aria-label={view.barLabel}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={view.valueNow ?? undefined}
          aria-valuetext={view.valueText}
        >
          <div
            className="ip-indicator"
            style={view.indeterminate ? undefined : fillStyle(view.fill)}
          />
        </div>
        {view.progress && <p className="ip-line">{view.progress}</p>}
        {(view.kind || view.message) && (
          <p className="ip-line">
            {view.kind && <span className="ip-kind">{view.kind}</span>}
            {view.message && <span>{view.message}</span>}
          </p>
        )}
        {view.error && <p className="ip-error">{view.error}</p>}
        {view.metadata && <p className="ip-line ip-muted">{view.metadata}</p>}
        <p className="ip-line ip-muted">{view.times}</p>
      </div>
    </li>
  );
});

/** The counts header: summary, live dot, overall bar and status chips. */
function Header(props: {
  counts: Counts | undefined;
  isFetching: boolean;
  statuses: readonly string[];
  onToggle: (status: string) => void;
}) {
  const { summary, percent } = summaryView(props.counts ?? null);
  return (
    <div className="ip-list-header">
      <p className="ip-summary">{summary}</p>
      <span className="ip-live" data-fetching={props.isFetching ? '' : undefined}>
        {liveText}
      </span>
      <div
        className="ip-bar"
        role="progressbar"
        aria-label={overallLabel}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="ip-indicator" style={fillStyle(percent / 100)} />
      </div>
      <div className="ip-chips" role="group" aria-label="Filter by status">
        {STATUSES.map((status) => (
          <button
            key={status}
            className="ip-chip"
            aria-pressed={props.statuses.includes(status)}
            onClick={() => props.onToggle(status)}
          >
            {chipText(status, props.counts ?? null, status)}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The list around the rows: header, the rows (or loading / error), pagination. */
export function ListFrame(props: {
  jobId: string;
  counts: Counts | undefined;
  isFetching: boolean;
  statuses: readonly string[];
  onToggle: (status: string) => void;
  /** null while the first page loads. */
  rows: ReactNode[] | null;
  error: string | null;
  busy: boolean;
  page: number;
  pageCount: number;
  onPrevious: () => void;
  onNext: () => void;
}) {
  return (
    <section className="ip-list">
      <Header
        counts={props.counts}
        isFetching={props.isFetching}
        statuses={props.statuses}
        onToggle={props.onToggle}
      />
      {props.error !== null ? (
        <p className="ip-error">{errorText(props.error)}</p>
      ) : props.rows === null ? (
        <p aria-busy="true">{loadingText}</p>
      ) : (
        <ul aria-label={listLabel(props.jobId)} aria-busy={props.busy}>
          {props.rows}
        </ul>
      )}
      <nav className="ip-pagination" aria-label="Pages">
        <button disabled={props.page <= 1} onClick={props.onPrevious}>
          Previous
        </button>
        <span>
          Page {formatNumber(props.page)} of {formatNumber(props.pageCount)}
        </span>
        <button disabled={props.page >= props.pageCount} onClick={props.onNext}>
          Next
        </button>
      </nav>
    </section>
  );
}
