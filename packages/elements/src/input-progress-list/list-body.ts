/**
 * The list's body, in the state the snapshot is in: the loading skeleton, the error state, the
 * empty state, or the rows (with a stale-error banner above them when a later load failed).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { FeedItem } from '@input-progress/core';
import { animateRow } from '../controllers/row-motion.js';
import { describeError } from '../describe-error.js';
import type { InputProgressStrings } from '../strings.js';
import type { Clock } from '@input-progress/core';
import type { Density } from '../input-progress-row/input-progress-row.js';
import type { ListActions, ListView, RenderItem } from './list-view.js';

/** The row parts the list re-exports, prefixed with `row-`. */
const ROW_PARTS =
  'base header name link badge details bar indicator progress message kind error metadata times toggle more'
    .split(' ')
    .map((name) => `${name}: row-${name}`)
    .join(', ');

/** The body while there is a feed. */
export function renderBody(view: ListView, actions: ListActions): TemplateResult {
  const { snapshot, t, f, jobId } = view;
  const items = snapshot?.items ?? [];
  const error = snapshot?.error ?? null;
  const context = { jobId: jobId ?? view.feed?.jobId ?? '', baseUrl: view.baseUrl };
  if (items.length === 0 && error) return renderError(describeError(error, t, context), t, actions);
  if (!snapshot || (items.length === 0 && snapshot.status !== 'success')) {
    return html`<ul part="list" aria-busy="true" aria-label=${t.loading}>
      ${[0, 0, 0].map(() => html`<li part="skeleton" aria-hidden="true"></li>`)}
    </ul>`;
  }
  if (items.length === 0) {
    const filtered = view.statuses.length > 0;
    return html`<div part="empty" class="box">
      <slot name="empty">${filtered ? t.emptyFiltered : emptyJobText(view)}</slot>
      ${filtered ? html`<button part="clear-filters" @click=${() => actions.setStatuses([])}>${t.clearFilters}</button>` : nothing}
    </div>`;
  }
  return html`${
      error
        ? html`<div part="stale-banner" class="row stale error">
            <span
              >${t.stale(
                describeError(error, t, context),
                snapshot.lastUpdatedAt ? f.relative(snapshot.lastUpdatedAt, view.now) : t.noValue,
              )}</span
            >
            <button part="retry" @click=${actions.refresh}>${t.retry}</button>
          </div>`
        : nothing
    }
    <ul
      part="list"
      tabindex="-1"
      aria-label=${t.listLabel(jobId ?? snapshot.counts?.jobId ?? '')}
      aria-busy=${String(snapshot.isPlaceholder)}
    >
      ${
        // A poll that changed nothing the rows show (only isFetching, nextPollAt, live...)
        // keeps the same items array: the rows are not visited at all.
        guard([items, t, view.renderItem, view.density, view.clock], () =>
          renderRows(items, t, view.renderItem, view.density, view.clock),
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
function emptyJobText({ t, jobStatus }: ListView): string {
  if (jobStatus === null) return t.empty;
  return WAITING_JOB_STATUSES.has(jobStatus) ? t.emptyYet : t.emptyEnded;
}

function renderRows(
  items: readonly FeedItem[],
  t: InputProgressStrings,
  renderItem: RenderItem | null,
  density: Density,
  clock: Clock,
): unknown {
  // Keyed by input, each row animated to its new place (the list's RowMotion sets the options).
  return repeat(
    items,
    (item) => item.input.id,
    (item, index) =>
      html`<li part="item" ${animateRow()}>
        ${
          renderItem
            ? renderItem(item, { strings: t, index })
            : html`<input-progress-row
                part="row"
                exportparts=${ROW_PARTS}
                .item=${item}
                .strings=${t}
                .density=${density}
                .clock=${clock}
              ></input-progress-row>`
        }
      </li>`,
  );
}

/** The error state: `message` explains what went wrong; with `actions`, a retry button follows. */
export function renderError(
  message: string,
  t: InputProgressStrings,
  actions: ListActions | null,
): TemplateResult {
  return html`<div part="error" class="box">
    <p class="error"><slot name="error">${t.errorState(message)}</slot></p>
    ${actions ? html`<button part="retry" @click=${actions.refresh}>${t.retry}</button>` : nothing}
  </div>`;
}
