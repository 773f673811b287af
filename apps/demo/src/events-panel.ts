/** The events `<input-progress-list>` fires; all bubble and cross shadow roots. */
export const LIST_EVENTS = [
  'input-progress-update',
  'input-progress-error',
  'input-progress-page-change',
  'input-progress-filter-change',
  'input-progress-settle',
] as const;

type ListEventName = (typeof LIST_EVENTS)[number];

/** How many entries the panel keeps; older ones drop off the end. */
const MAX_ENTRIES = 60;

/**
 * Lists the `input-progress-*` events fired below `source` in `log`, newest first, each with
 * its time and a one-line summary of its detail. Text only: details carry server data.
 * Returns a function that stops listening.
 */
export function attachEventsPanel(
  source: EventTarget,
  log: HTMLOListElement,
  lang: () => string,
): () => void {
  const onEvent = (event: Event): void => {
    const entry = document.createElement('li');
    entry.className = 'event';
    entry.dataset.type = event.type;
    const time = document.createElement('time');
    time.textContent = new Date().toLocaleTimeString(lang(), { hour12: false });
    const name = document.createElement('code');
    name.textContent = event.type;
    const detail = document.createElement('span');
    detail.className = 'event-detail';
    detail.textContent = describe(
      event.type as ListEventName,
      (event as CustomEvent<unknown>).detail,
    );
    entry.append(time, ' ', name, ' ', detail);
    log.prepend(entry);
    while (log.childElementCount > MAX_ENTRIES) log.lastElementChild?.remove();
  };
  for (const type of LIST_EVENTS) source.addEventListener(type, onEvent);
  return () => {
    for (const type of LIST_EVENTS) source.removeEventListener(type, onEvent);
  };
}

/** A short, human summary of an event's detail. Tolerates details of an unexpected shape. */
function describe(type: ListEventName, detail: unknown): string {
  const d = (detail ?? {}) as Record<string, unknown>;
  switch (type) {
    case 'input-progress-update': {
      const snapshot = (d.snapshot ?? {}) as Record<string, unknown>;
      const items = Array.isArray(snapshot.items) ? snapshot.items.length : '?';
      return `${items} rows, total ${String(snapshot.total ?? '?')}, page ${String(snapshot.page ?? '?')}, ${String(snapshot.live ?? '')}`;
    }
    case 'input-progress-error': {
      // Messages may quote a raw server body (an HTML gateway page): keep the line short.
      const error =
        d.error instanceof Error ? `${d.error.name}: ${clip(d.error.message, 140)}` : 'error';
      return `${error}${d.stale === true ? ' (still showing earlier data)' : ''}`;
    }
    case 'input-progress-page-change':
      return `page ${String(d.page)}, offset ${String(d.offset)}, limit ${String(d.limit)}`;
    case 'input-progress-filter-change': {
      const statuses =
        Array.isArray(d.statuses) && d.statuses.length > 0 ? d.statuses.join(', ') : 'all statuses';
      return `${statuses}; order ${String(d.order)}`;
    }
    case 'input-progress-settle':
      return `${String(d.filename)} → ${String(d.status)}`;
  }
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
