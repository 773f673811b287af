import { useInputProgressFeed } from '@input-progress/react';

/** The same job rendered from the hook: a native <progress> per input and page buttons. */
export function OwnRows({ jobId, baseUrl }: { jobId: string; baseUrl: string }) {
  const { snapshot, feed } = useInputProgressFeed({
    jobId,
    baseUrl,
    query: { limit: 5 },
    pollInterval: 1000,
  });
  if (snapshot.status === 'error')
    return <p role="alert">Could not load: {snapshot.error?.message}</p>;
  return (
    <div id="own-rows" aria-busy={snapshot.isFetching}>
      <p>
        {snapshot.counts
          ? `${snapshot.counts.completed} of ${snapshot.total ?? '…'} done`
          : 'Loading…'}{' '}
        · {snapshot.live}
      </p>
      <ul>
        {snapshot.items.map((item) => (
          <li key={item.input.id} data-status={item.input.status}>
            <span>{item.input.data.filename}</span>{' '}
            <progress max={100} value={item.percent ?? 0} aria-label={item.input.data.filename} />{' '}
            {item.input.status}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => feed.previousPage()} disabled={snapshot.page <= 1}>
        Previous
      </button>{' '}
      Page {snapshot.page} of {snapshot.pageCount || '…'}{' '}
      <button
        type="button"
        onClick={() => feed.nextPage()}
        disabled={snapshot.page >= snapshot.pageCount}
      >
        Next
      </button>
    </div>
  );
}
