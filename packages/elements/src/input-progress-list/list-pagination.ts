/** The list's pagination: previous / next, "page x of y" and the page size. */
import { html, type TemplateResult } from 'lit';
import type { ListActions, ListView } from './list-view.js';

const PAGE_SIZES = [10, 20, 50, 100];

export function renderPagination(
  { snapshot, t, f, limit }: ListView,
  actions: ListActions,
): TemplateResult {
  const page = snapshot?.page ?? 1;
  // While a new filter loads the total is unknown (pageCount 0): say at least this page.
  const pageCount = Math.max(snapshot?.pageCount ?? 1, page);
  const sizes = [...new Set([...PAGE_SIZES, limit])].sort((a, b) => a - b);
  return html`<nav part="pagination" class="row" aria-label=${t.pagination}>
    <button
      part="previous"
      ?disabled=${!snapshot || page <= 1}
      @click=${(event: Event) => actions.movePage(-1, event)}
    >
      ${t.previous}
    </button>
    <span part="page-status" tabindex="-1">${t.pageOf(f.number(page), f.number(pageCount))}</span>
    <label
      >${t.pageSize}
      <select part="page-size" @change=${actions.changeLimit} ?disabled=${!snapshot}>
        ${sizes.map((size) => html`<option value=${size} ?selected=${size === limit}>${f.number(size)}</option>`)}
      </select></label
    >
    <button
      part="next"
      ?disabled=${!snapshot || page >= pageCount}
      @click=${(event: Event) => actions.movePage(1, event)}
    >
      ${t.next}
    </button>
  </nav>`;
}
