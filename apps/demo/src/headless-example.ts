import { createClient, createFeed, type FeedSnapshot } from '@input-progress/core';
import { inputsText, stateText } from './demo-text.js';
import type { DemoLang } from './demo-settings.js';

/**
 * The core on its own: a feed, `subscribe` / `getSnapshot`, and a few lines of DOM code that
 * render a minimal custom view (a native `<progress>` per input). No Lit, no elements.
 * Returns a function that stops the feed.
 */
export function mountHeadlessExample(
  view: HTMLElement,
  options: { baseUrl: string; jobId: string; lang: DemoLang; pollInterval: number },
): () => void {
  const client = createClient({ baseUrl: options.baseUrl });
  const feed = createFeed({
    client,
    jobId: options.jobId,
    query: { limit: 5 },
    pollInterval: options.pollInterval,
  });
  const { lang } = options;
  const percent = new Intl.NumberFormat(lang, { style: 'percent' });

  const render = (snapshot: FeedSnapshot): void => {
    const rows = snapshot.items.map((item) => {
      const row = document.createElement('li');
      const bar = document.createElement('progress');
      bar.max = 100;
      // No value means indeterminate: right only while processing without metrics.
      if (item.percent !== null || item.input.status !== 'processing')
        bar.value = item.percent ?? 0;
      const label = document.createElement('span');
      // textContent, never innerHTML: file names come from the server.
      label.textContent = `${item.input.data.filename} · ${stateText(lang, 'statuses', item.input.status)}${
        item.percent === null ? '' : ` · ${percent.format(item.percent / 100)}`
      }`;
      bar.setAttribute('aria-label', item.input.data.filename);
      row.append(label, bar);
      return row;
    });
    const status = document.createElement('p');
    status.className = 'headless-status';
    // The error's class says what went wrong; its message may quote a raw server body.
    const live = stateText(lang, 'live', snapshot.live);
    status.textContent = snapshot.error
      ? `${live} · ${snapshot.error.name}`
      : `${stateText(lang, 'loads', snapshot.status)} · ${live} · ${
          snapshot.total === null ? '…' : inputsText(lang, snapshot.total)
        }`;
    const list = document.createElement('ul');
    list.append(...rows);
    view.replaceChildren(status, list);
  };

  render(feed.getSnapshot());
  const unsubscribe = feed.subscribe(render);
  return () => {
    unsubscribe();
    feed.destroy();
  };
}
