/**
 * The list's header: the job at a glance (the template `<input-progress-job>` renders, with
 * the list's part names), the live state with the refresh button, and the toolbar with the
 * status filter chips and the order toggle.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { INPUT_STATUSES } from '@input-progress/core';
import { LIST_JOB_PARTS, renderJob } from '../input-progress-job/job-template.js';
import type { ListActions, ListView } from './list-view.js';

export function renderHeader(view: ListView, actions: ListActions): TemplateResult {
  const { snapshot, strings, formatters, statuses } = view;
  const counts = snapshot?.counts ?? null;
  const toggle = (status: (typeof INPUT_STATUSES)[number]) =>
    actions.setStatuses(
      statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status],
    );
  return html`<div part="header">
    ${view.job ? renderJob(view.job, LIST_JOB_PARTS) : nothing}
    <div part="toolbar" class="row">
      <div part="filters" role="group" aria-label=${strings.filters}>
        ${INPUT_STATUSES.map(
          (status) =>
            html`<button
              part="chip"
              aria-pressed=${String(statuses.includes(status))}
              @click=${() => toggle(status)}
            >
              ${counts ? strings.count(strings.status(status), counts[status], formatters) : strings.status(status)}
            </button>`,
        )}
        ${
          statuses.length
            ? html`<button part="clear-filters" @click=${() => actions.setStatuses([])}>
                ${strings.clearFilters}
              </button>`
            : nothing
        }
      </div>
      <div class="row">
        <button part="order-toggle" @click=${actions.toggleOrder}>
          <span class="visually-hidden">${strings.orderLabel}</span>
          ${view.order === 'desc' ? strings.orderDesc : strings.orderAsc}
        </button>
        ${renderLive(view, actions)}
      </div>
    </div>
  </div>`;
}

function renderLive(
  { snapshot, strings, formatters, retryInSeconds }: ListView,
  actions: ListActions,
): TemplateResult {
  const live: string = snapshot?.live ?? 'stopped';
  const counts = snapshot?.counts;
  // "All done" only when there was something to do: an empty job is not done, it has no inputs.
  const done =
    !!counts && counts.pending + counts.processing === 0 && counts.completed + counts.failed > 0;
  const state = live === 'stopped' && done ? 'done' : live;
  const labels: Record<string, string> = {
    live: strings.live,
    'paused-hidden': strings.pausedHidden,
    offline: strings.offline,
    'backing-off': strings.backingOff(retryInSeconds, formatters),
    done: strings.allDone,
  };
  return html`<span part="live-indicator" class="live" data-state=${state}>
      <span class="dot"></span>${labels[state] ?? strings.stopped}
    </span>
    <button part="refresh" @click=${actions.refresh} ?disabled=${!snapshot}>
      ${strings.refresh}
    </button>`;
}
