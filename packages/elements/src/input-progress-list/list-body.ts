/**
 * The list's body, in the state the snapshot is in: the loading skeleton, the error state, the
 * empty state, or the rows (with a stale-error banner above them when a later load failed).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { FeedItem } from '@input-progress/core';
import { describeError } from '../describe-error.js';
import { renderRow } from '../input-progress-row/row-templates.js';
import { rowView } from '../input-progress-row/row-view.js';
import type { InputProgressStrings } from '../strings.js';
import type { ListActions, ListView } from './list-view.js';

/** The body while there is a feed. */
export function renderBody(view: ListView, actions: ListActions): TemplateResult {
  const { snapshot, strings, formatters, jobId, items } = view;
  const error = snapshot?.error ?? null;
  const context = { jobId: jobId ?? view.feed?.jobId ?? '', baseUrl: view.baseUrl };
  if (items.length === 0 && error)
    return renderError(describeError(error, strings, context), strings, actions);
  // Loading, or a new filter loading after an empty one (the old "none match" is not its answer).
  if (
    !snapshot ||
    (items.length === 0 && (snapshot.status !== 'success' || snapshot.isPlaceholder))
  ) {
    return html`<ul part="list" tabindex="-1" aria-busy="true" aria-label=${strings.loading}>
      ${[0, 0, 0].map(() => html`<li part="skeleton" aria-hidden="true"></li>`)}
    </ul>`;
  }
  if (items.length === 0) {
    const filtered = view.statuses.length > 0;
    return html`<div part="empty" class="box">
      <slot name="empty">${filtered ? strings.emptyFiltered : emptyJobText(view)}</slot>
      ${filtered ? html`<button part="clear-filters" @click=${() => actions.setStatuses([])}>${strings.clearFilters}</button>` : nothing}
    </div>`;
  }
  return html`${
      error
        ? html`<div part="stale-banner" class="row stale error">
            <span
              >${strings.stale(
                describeError(error, strings, context),
                snapshot.lastUpdatedAt
                  ? formatters.relative(snapshot.lastUpdatedAt, view.now)
                  : strings.noValue,
              )}</span
            >
            <button part="retry" @click=${actions.refresh}>${strings.retry}</button>
          </div>`
        : nothing
    }
    <ul
      part="list"
      tabindex="-1"
      aria-label=${strings.listLabel(jobId ?? snapshot.counts?.jobId ?? '')}
      aria-busy=${String(snapshot.isPlaceholder)}
    >
      ${
        // A poll that changed nothing the rows show (only isFetching, nextPollAt, live...)
        // keeps the same items array, and a render that only moved the clock the same times:
        // the rows are not visited at all.
        guard(
          [
            items,
            view.times,
            strings,
            view.formatters,
            view.renderItem,
            view.density,
            view.expanded,
          ],
          () => renderRows(view, items, actions),
        )
      }
    </ul>`;
}

/** Job statuses in which inputs may still come; any other status is an end. */
const WAITING_JOB_STATUSES = new Set(['PENDING', 'ADMITTED', 'RUNNING']);

/**
 * The empty job's sentence, by its status: "no inputs yet" only while it may still get some,
 * "ended with no inputs" once it ended (neither a failure nor a wait), plainly "no inputs"
 * while the status is not known.
 */
function emptyJobText({ strings, jobStatus }: ListView): string {
  if (jobStatus === null) return strings.empty;
  return WAITING_JOB_STATUSES.has(jobStatus) ? strings.emptyYet : strings.emptyEnded;
}

/**
 * The rows: the row template rendered straight into the list's shadow root, one `<li>` per
 * input (no element, shadow root or style sheet per row). Keyed by input, each row moves to
 * its new place (the list's RowMotion plays the move), and a row whose input, words, layout
 * and time did not change is not visited: a poll that changed k rows touches k rows.
 */
function renderRows(view: ListView, items: readonly FeedItem[], actions: ListActions): unknown {
  const { strings, formatters, times, density, renderItem, expanded } = view;
  return repeat(
    items,
    (item) => item.input.id,
    (item, index) => {
      const id = item.input.id;
      const open = expanded.has(id);
      const shown = times[index]!;
      return html`<li part="item">
        ${
          renderItem
            ? renderItem(item, { strings, index })
            : guard([item, strings, formatters, shown, density, open], () =>
                renderRow(rowView(item, strings, formatters), shown, {
                  density,
                  expanded: open,
                  toggle: () => actions.toggleRow(id),
                }),
              )
        }
      </li>`;
    },
  );
}

/** The error state: `message` explains what went wrong; with `actions`, a retry button follows. */
export function renderError(
  message: string,
  strings: InputProgressStrings,
  actions: ListActions | null,
): TemplateResult {
  return html`<div part="error" class="box">
    <p class="error"><slot name="error">${strings.errorState(message)}</slot></p>
    ${actions ? html`<button part="retry" @click=${actions.refresh}>${strings.retry}</button>` : nothing}
  </div>`;
}
