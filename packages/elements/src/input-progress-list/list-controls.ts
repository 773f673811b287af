/**
 * What the list's controls do: filters, order, paging (first, previous, next, last, and the
 * page number field), page size and refresh. Every query change goes to the feed through the
 * binding, and the user's changes are reported as events; focus stays in the pagination when
 * a page change disables the button just used.
 */
import {
  INPUT_STATUSES,
  goToPage,
  nextPage,
  previousPage,
  type InputStatus,
} from '@input-progress/core';
import type { ReactiveElement } from 'lit';
import type { FeedBinding } from '../controllers/feed-binding.js';
import { InputProgressFilterChangeEvent, InputProgressPageChangeEvent } from '../events.js';
import type { ListActions, PageTarget } from './list-view.js';
import type { Words } from '../worded-element.js';

/** The button that takes over focus when the one used got disabled: the nearest one the other way. */
const FALLBACK: Record<PageTarget, string> = {
  first: 'next',
  previous: 'next',
  next: 'previous',
  last: 'previous',
};

/** The list's actions, bound to one element and its feed binding. */
export class ListControls implements ListActions {
  /** Why the page number field's value was refused, until the next page change. */
  pageError: string | null = null;
  /** Compact density: the inputs whose details are open (replaced, never changed in place). */
  expanded: ReadonlySet<string> = new Set();
  readonly #host: ReactiveElement;
  readonly #binding: FeedBinding;
  /** The words and formats the messages use. */
  readonly #words: () => Words;

  constructor(host: ReactiveElement, binding: FeedBinding, words: () => Words) {
    this.#host = host;
    this.#binding = binding;
    this.#words = words;
  }

  setStatuses = (statuses: readonly InputStatus[]): void => {
    // Chips keep the API's bucket order whatever order they were clicked in.
    this.#binding.setQuery({
      statuses: INPUT_STATUSES.filter((status) => statuses.includes(status)),
    });
    this.#emitFilterChange();
  };

  toggleOrder = (): void => {
    this.#binding.setQuery({
      order: this.#binding.snapshot?.query.order === 'desc' ? 'asc' : 'desc',
    });
    this.#emitFilterChange();
  };

  movePage = (target: PageTarget, event: Event): void => void this.#movePage(target, event);

  /** Enter in the page number field: goes to that page, or says why it cannot. */
  jumpKey = (event: KeyboardEvent): void => {
    const snapshot = this.#binding.snapshot;
    if (event.key !== 'Enter' || !snapshot) return;
    event.preventDefault();
    const value = (event.target as HTMLInputElement).value.trim();
    const pageCount = Math.max(snapshot.pageCount, snapshot.page);
    const page = Number(value);
    if (!/^\d+$/.test(value) || page < 1 || page > pageCount) {
      const { strings, formatters } = this.#words();
      this.pageError = strings.pageInvalid(pageCount, formatters);
      this.#host.requestUpdate();
      return;
    }
    this.#goTo(goToPage(snapshot.query, page, snapshot.total).offset);
  };

  changeLimit = (event: Event): void => {
    this.#binding.setQuery({ limit: Number((event.target as HTMLSelectElement).value) });
    this.#emitPageChange();
  };

  refresh = (): void => void this.#binding.refresh();

  toggleRow = (id: string): void => {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
    this.#host.requestUpdate();
  };

  async #movePage(target: PageTarget, event: Event): Promise<void> {
    const button = event.currentTarget as HTMLButtonElement;
    const snapshot = this.#binding.snapshot;
    if (!snapshot) return;
    const { query, total } = snapshot;
    // Core's page maths: aligned to the page size, clamped to the known page count.
    const to = {
      first: () => goToPage(query, 1),
      previous: () => previousPage(query),
      next: () => nextPage(query, total),
      last: () => goToPage(query, Infinity, total),
    }[target]();
    this.#goTo(to.offset);
    await this.#host.updateComplete;
    // The button just used may now be disabled (first or last page): keep focus in the
    // pagination instead of letting it fall back to the document.
    if (button.disabled) {
      const root = this.#host.renderRoot;
      const other = root.querySelector<HTMLButtonElement>(`[part="${FALLBACK[target]}"]`);
      (other && !other.disabled
        ? other
        : root.querySelector<HTMLElement>('[part="page-input"]')
      )?.focus();
    }
  }

  #goTo(offset: number): void {
    this.pageError = null;
    this.#binding.setQuery({ offset });
    this.#emitPageChange();
    this.#host.requestUpdate();
  }

  /** Reports the filter the feed now has (the user changed it). */
  #emitFilterChange(): void {
    const query = this.#binding.feed?.getSnapshot().query;
    if (!query) return;
    this.#host.dispatchEvent(
      new InputProgressFilterChangeEvent({
        statuses: query.statuses,
        order: query.order,
        portName: query.portName,
      }),
    );
  }

  /** Reports the page the feed now asks for (the user changed it). */
  #emitPageChange(): void {
    const snapshot = this.#binding.feed?.getSnapshot();
    if (!snapshot) return;
    const { offset, limit } = snapshot.query;
    this.#host.dispatchEvent(
      new InputProgressPageChangeEvent({ page: snapshot.page, offset, limit }),
    );
  }
}
