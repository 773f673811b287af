// The <input-progress-list> variant: the element from the built standalone bundle (loaded by
// its page, dist/elements.html, exactly as a page without a build step loads it), configured
// by attributes.
import { startHarness } from './harness.js';

startHarness({
  mount(container, { jobId, baseUrl, limit, pollInterval }) {
    const list = document.createElement('input-progress-list');
    list.setAttribute('job-id', jobId);
    list.setAttribute('base-url', baseUrl);
    list.setAttribute('limit', String(limit));
    list.setAttribute('poll-interval', String(pollInterval));
    container.append(list);
    return () => list.remove();
  },
  rows(container) {
    const root = container.querySelector('input-progress-list')?.shadowRoot;
    if (!root) return [];
    const rows: Node[][] = [];
    for (const li of root.querySelectorAll('li[part~="item"]')) {
      // A row is on the page once its template has rendered: into the list's own shadow root
      // (rows as templates), or into an <input-progress-row>'s shadow root of its own.
      const rowRoot = li.querySelector('input-progress-row')?.shadowRoot;
      const content = rowRoot ?? li;
      if (!content.querySelector('[part~="base"], [part~="row-base"]')) break;
      rows.push(rowRoot ? [li, rowRoot] : [li]);
    }
    return rows;
  },
});
