/**
 * The list's header: the summary and live state, the overall bar, and the toolbar with the
 * status filter chips and the order toggle.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { INPUT_STATUSES } from '@input-progress/core';
import type { ListActions, ListView } from './list-view.js';

export function renderHeader(view: ListView, actions: ListActions): TemplateResult {
  const { snapshot, t, f, statuses } = view;
  const counts = snapshot?.counts ?? null;
  const total = counts
    ? counts.pending + counts.processing + counts.completed + counts.failed
    : null;
  const done = counts ? counts.completed + counts.failed : null;
  const percent = total ? Math.round(((done ?? 0) / total) * 100) : 0;
  const number = (value: number | null) => (value === null ? t.noValue : f.number(value));
  const toggle = (status: (typeof INPUT_STATUSES)[number]) =>
    actions.setStatuses(
      statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status],
    );
  // The per-status counts are on the chips; the live state shares the summary's line so
  // that its changing text never re-wraps the controls below.
  return html`<div part="header">
    <div class="row">
      <p part="summary">${t.summary(number(done), number(total))}</p>
      ${renderLive(view, actions)}
    </div>
    <div
      part="overall-bar"
      class="bar"
      role="progressbar"
      aria-label=${t.overallProgress}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${total === null ? nothing : percent}
      aria-valuetext=${total === null ? t.unknown : nothing}
    >
      <div part="overall-indicator" class="indicator" .style=${`width:${percent}%`}></div>
    </div>
    <div part="toolbar" class="row">
      <div part="filters" role="group" aria-label=${t.filters}>
        ${INPUT_STATUSES.map(
          (status) =>
            html`<button
              part="chip"
              aria-pressed=${String(statuses.includes(status))}
              @click=${() => toggle(status)}
            >
              ${t.count(t.status(status), number(counts ? counts[status] : null))}
            </button>`,
        )}
        ${
          statuses.length
            ? html`<button part="clear-filters" @click=${() => actions.setStatuses([])}>
                ${t.clearFilters}
              </button>`
            : nothing
        }
      </div>
      <button part="order-toggle" @click=${actions.toggleOrder}>
        <span class="visually-hidden">${t.orderLabel}</span>
        ${view.order === 'desc' ? t.orderDesc : t.orderAsc}
      </button>
    </div>
  </div>`;
}

function renderLive(
  { snapshot, t, f, retryInSeconds }: ListView,
  actions: ListActions,
): TemplateResult {
  const live: string = snapshot?.live ?? 'stopped';
  const counts = snapshot?.counts;
  const state =
    live === 'stopped' && counts && counts.pending + counts.processing === 0 ? 'done' : live;
  const labels: Record<string, string> = {
    live: t.live,
    'paused-hidden': t.pausedHidden,
    offline: t.offline,
    'backing-off': t.backingOff(f.number(retryInSeconds)),
    done: t.allDone,
  };
  return html`<span part="live-indicator" class="live" data-state=${state}>
      <span class="dot"></span>${labels[state] ?? t.stopped}
    </span>
    <button part="refresh" @click=${actions.refresh} ?disabled=${!snapshot}>${t.refresh}</button>`;
}
