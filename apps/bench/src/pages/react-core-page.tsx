// React 19 on the project's own core: the feed `createFeed` builds (parsing, structural
// sharing of unchanged items, polling that stops when nothing is active), read with
// `useSyncExternalStore`, rows memoised by item identity and keyed by input id. What
// `useInputProgressFeed` from @input-progress/react does, written out here because that
// package's one entry also registers the elements (its wrappers), which would load Lit and
// both elements into this page.
import { memo, useEffect, useState, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient, createFeed, type FeedItem } from '@input-progress/core';
import { startHarness, type ListOptions } from './harness.js';
import { rowViewOf } from './row-view.js';
import { ListFrame, RowMarkup } from './react-row.js';

const Row = memo(function Row({ item }: { item: FeedItem }) {
  return <RowMarkup view={rowViewOf(item)} status={item.input.status} />;
});

function InputProgressList({ jobId, baseUrl, limit, pollInterval }: ListOptions) {
  const [feed] = useState(() =>
    // Shared and kept after unmount, as the element's feed is (a remount within the poll
    // interval shows the kept page and does not load).
    createFeed({
      client: createClient({ baseUrl }),
      jobId,
      query: { limit },
      pollInterval,
      share: true,
    }),
  );
  useEffect(() => () => feed.destroy(), [feed]);
  const snapshot = useSyncExternalStore(feed.subscribe, feed.getSnapshot);
  const statuses = snapshot.query.statuses;
  const toggle = (status: string) =>
    feed.setQuery({
      statuses: statuses.includes(status as never)
        ? statuses.filter((s) => s !== status)
        : [...statuses, status],
    });
  const loaded = snapshot.status === 'success' || snapshot.items.length > 0;
  return (
    <ListFrame
      jobId={jobId}
      counts={snapshot.counts ?? undefined}
      isFetching={snapshot.isFetching}
      statuses={statuses}
      onToggle={toggle}
      rows={loaded ? snapshot.items.map((item) => <Row key={item.input.id} item={item} />) : null}
      error={snapshot.items.length === 0 && snapshot.error ? snapshot.error.message : null}
      busy={snapshot.isPlaceholder}
      page={snapshot.page}
      pageCount={snapshot.pageCount}
      onPrevious={() => feed.previousPage()}
      onNext={() => feed.nextPage()}
    />
  );
}

startHarness({
  mount(container, options) {
    const root = createRoot(container);
    root.render(<InputProgressList {...options} />);
    return () => root.unmount();
  },
  rows: (container) => [...container.querySelectorAll('li.ip-item')].map((li) => [li]),
});
