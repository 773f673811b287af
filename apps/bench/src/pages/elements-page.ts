// The <input-progress-list> variant: the element from the built standalone bundle (loaded by
// elements.html, exactly as a page without a build step loads it), configured by attributes.
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
    for (const li of root.querySelectorAll('li[part="item"]')) {
      const rowRoot = li.querySelector('input-progress-row')?.shadowRoot;
      // A row is on the page once its own template has rendered into its shadow root.
      if (!rowRoot?.querySelector('[part="base"]')) break;
      rows.push([li, rowRoot]);
    }
    return rows;
  },
});
