/**
 * The list's header: the job at a glance (an `<input-progress-job>` following the list's own
 * feed), the live state with the refresh button, and the toolbar with the status filter chips
 * and the order toggle.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { INPUT_STATUSES } from '@input-progress/core';
import type { ListActions, ListView } from './list-view.js';

/** The job element's parts the list re-exports, prefixed with `job-`. */
const JOB_PARTS = 'base name status bar segment summary throughput sparkline eta elapsed'
  .split(' ')
  .map((name) => `${name}: job-${name}`)
  .join(', ');

export function renderHeader(view: ListView, actions: ListActions): TemplateResult {
  const { snapshot, t, f, statuses } = view;
  const counts = snapshot?.counts ?? null;
  const toggle = (status: (typeof INPUT_STATUSES)[number]) =>
    actions.setStatuses(
      statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status],
    );
  return html`<div part="header">
    ${
      view.feed
        ? html`<input-progress-job
            part="job"
            exportparts=${JOB_PARTS}
            .feed=${view.feed}
            .clock=${view.clock}
            .strings=${t}
          ></input-progress-job>`
        : nothing
    }
    <div part="toolbar" class="row">
      <div part="filters" role="group" aria-label=${t.filters}>
        ${INPUT_STATUSES.map(
          (status) =>
            html`<button
              part="chip"
              aria-pressed=${String(statuses.includes(status))}
              @click=${() => toggle(status)}
            >
              ${counts ? t.count(t.status(status), counts[status], f) : t.status(status)}
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
      <div class="row">
        <button part="order-toggle" @click=${actions.toggleOrder}>
          <span class="visually-hidden">${t.orderLabel}</span>
          ${view.order === 'desc' ? t.orderDesc : t.orderAsc}
        </button>
        ${renderLive(view, actions)}
      </div>
    </div>
  </div>`;
}

function renderLive(
  { snapshot, t, f, retryInSeconds }: ListView,
  actions: ListActions,
): TemplateResult {
  const live: string = snapshot?.live ?? 'stopped';
  const counts = snapshot?.counts;
  // "All done" only when there was something to do: an empty job is not done, it has no inputs.
  const done =
    !!counts && counts.pending + counts.processing === 0 && counts.completed + counts.failed > 0;
  const state = live === 'stopped' && done ? 'done' : live;
  const labels: Record<string, string> = {
    live: t.live,
    'paused-hidden': t.pausedHidden,
    offline: t.offline,
    'backing-off': t.backingOff(retryInSeconds, f),
    done: t.allDone,
  };
  return html`<span part="live-indicator" class="live" data-state=${state}>
      <span class="dot"></span>${labels[state] ?? t.stopped}
    </span>
    <button part="refresh" @click=${actions.refresh} ?disabled=${!snapshot}>${t.refresh}</button>`;
}
