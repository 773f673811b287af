/**
 * What the list's controls do: every query change goes to the feed through the binding (the
 * list's properties then mirror it), followed by the event that reports the user's change;
 * paging keeps focus in the pagination when the button used becomes disabled.
 */
import type { ReactiveControllerHost } from 'lit';
import { INPUT_STATUSES, nextPage, previousPage } from '@input-progress/core';
import type { FeedBinding } from '../controllers/feed-binding.js';
import { InputProgressFilterChangeEvent, InputProgressPageChangeEvent } from '../events.js';
import type { ListActions } from './list-view.js';

/** The element the actions belong to. */
type ListHost = HTMLElement &
  ReactiveControllerHost & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    refresh(): Promise<void>;
  };

export function createListActions(host: ListHost, binding: FeedBinding): ListActions {
  /** Reports the filter the feed now has. */
  const emitFilterChange = () => {
    const query = binding.feed?.getSnapshot().query;
    if (query)
      host.dispatchEvent(
        new InputProgressFilterChangeEvent({
          statuses: query.statuses,
          order: query.order,
          portName: query.portName,
        }),
      );
  };
  /** Reports the page the feed now asks for. */
  const emitPageChange = () => {
    const snapshot = binding.feed?.getSnapshot();
    if (!snapshot) return;
    const { offset, limit } = snapshot.query;
    host.dispatchEvent(new InputProgressPageChangeEvent({ page: snapshot.page, offset, limit }));
  };
  const movePage = async (step: 1 | -1, event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    const snapshot = binding.snapshot;
    if (!snapshot) return;
    // Core's page maths: aligned to the page size, clamped to the known page count.
    const { offset } =
      step > 0 ? nextPage(snapshot.query, snapshot.total) : previousPage(snapshot.query);
    binding.setQuery({ offset });
    emitPageChange();
    await host.updateComplete;
    // The button just used may now be disabled (first or last page): keep focus in the
    // pagination instead of letting it fall back to the document.
    if (button.disabled) {
      const other = host.renderRoot.querySelector<HTMLButtonElement>(
        `[part="${step > 0 ? 'previous' : 'next'}"]`,
      );
      (other && !other.disabled
        ? other
        : host.renderRoot.querySelector<HTMLElement>('[part="page-status"]')
      )?.focus();
    }
  };
  return {
    setStatuses(statuses) {
      // Chips keep the API's bucket order whatever order they were clicked in.
      binding.setQuery({ statuses: INPUT_STATUSES.filter((status) => statuses.includes(status)) });
      emitFilterChange();
    },
    toggleOrder() {
      binding.setQuery({ order: binding.snapshot?.query.order === 'desc' ? 'asc' : 'desc' });
      emitFilterChange();
    },
    movePage: (step, event) => void movePage(step, event),
    changeLimit(event) {
      binding.setQuery({ limit: Number((event.target as HTMLSelectElement).value) });
      emitPageChange();
    },
    refresh: () => void host.refresh(),
  };
}
