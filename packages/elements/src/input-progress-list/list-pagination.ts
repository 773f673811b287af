/**
 * The list's pagination: first / previous, the page number field ("Page [3] of 12", Enter to
 * go), next / last, and the page size. An empty list has no pages to show.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ListActions, ListView, PageTarget } from './list-view.js';

const PAGE_SIZES = [10, 20, 50, 100];

export function renderPagination(
  { snapshot, strings, formatters, limit, pageError }: ListView,
  actions: ListActions,
): TemplateResult | typeof nothing {
  if (snapshot?.total === 0 && snapshot.items.length === 0) return nothing;
  const page = snapshot?.page ?? 1;
  // While a new filter loads the total is unknown (pageCount 0): say at least this page.
  const pageCount = Math.max(snapshot?.pageCount ?? 1, page);
  const sizes = [...new Set([...PAGE_SIZES, limit])].sort((a, b) => a - b);
  const button = (target: PageTarget, label: string, disabled: boolean) =>
    html`<button
      part=${target}
      ?disabled=${!snapshot || disabled}
      @click=${(event: Event) => actions.movePage(target, event)}
    >
      ${label}
    </button>`;
  return html`<nav part="pagination" class="row" aria-label=${strings.pagination}>
    <div class="row">
      ${button('first', strings.first, page <= 1)}
      ${button('previous', strings.previous, page <= 1)}
      <label part="page-status"
        >${strings.page}
        <input
          part="page-input"
          aria-label=${`${strings.page}, ${formatters.number(page)} ${strings.ofPages(pageCount, formatters)}`}
          type="number"
          inputmode="numeric"
          min="1"
          max=${pageCount}
          step="1"
          .value=${String(page)}
          ?disabled=${!snapshot}
          aria-invalid=${pageError ? 'true' : nothing}
          aria-describedby=${pageError ? 'page-error' : nothing}
          @keydown=${actions.jumpKey}
        />
        ${strings.ofPages(pageCount, formatters)}</label
      >
      ${button('next', strings.next, page >= pageCount)}
      ${button('last', strings.last, page >= pageCount)}
    </div>
    <label
      >${strings.pageSize}
      <select part="page-size" @change=${actions.changeLimit} ?disabled=${!snapshot}>
        ${sizes.map((size) => html`<option value=${size} ?selected=${size === limit}>${formatters.number(size)}</option>`)}
      </select></label
    >
    ${pageError ? html`<p part="page-error" id="page-error" class="error" role="alert">${pageError}</p>` : nothing}
  </nav>`;
}
