/**
 * The core on its own, as the "Headless core" story shows it: a feed, `subscribe` /
 * `getSnapshot`, and a few lines of DOM code (a native `<progress>` per input).
 */
import { createClient, createFeed, type FeedSnapshot } from '@input-progress/core';

/** Stops the view mounted last (a story renders again when its controls move). */
let stopPrevious: (() => void) | null = null;

/** Renders job `jobId` into `view` from core's feed until the next mount. */
export function mountHeadless(
  view: HTMLElement,
  options: { baseUrl: string; jobId: string; pollInterval: number },
): void {
  stopPrevious?.();
  const feed = createFeed({
    client: createClient({ baseUrl: options.baseUrl }),
    jobId: options.jobId,
    query: { limit: 6 },
    pollInterval: options.pollInterval,
  });
  const render = (snapshot: FeedSnapshot): void => {
    const status = document.createElement('p');
    // The error's class says what went wrong; its message may quote a raw server body.
    status.textContent = snapshot.error
      ? `${snapshot.live} · ${snapshot.error.name}`
      : `${snapshot.status} · ${snapshot.live} · ${snapshot.total ?? '…'} inputs`;
    const list = document.createElement('ul');
    for (const item of snapshot.items) {
      const row = document.createElement('li');
      const bar = document.createElement('progress');
      bar.max = 100;
      // No value means indeterminate: right only while processing without metrics.
      if (item.percent !== null || item.input.status !== 'processing')
        bar.value = item.percent ?? 0;
      bar.setAttribute('aria-label', item.input.data.filename);
      const label = document.createElement('span');
      // textContent, never innerHTML: file names come from the server.
      label.textContent = `${item.input.data.filename} · ${item.input.status}`;
      row.append(label, bar);
      list.append(row);
    }
    view.replaceChildren(status, list);
  };
  render(feed.getSnapshot());
  const unsubscribe = feed.subscribe(render);
  stopPrevious = () => {
    unsubscribe();
    feed.destroy();
  };
}
