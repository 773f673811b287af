import { demoText } from './demo-text.js';
import type { DemoLang } from './demo-settings.js';

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
  lang: () => DemoLang,
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
      lang(),
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

/**
 * A short, human summary of an event's detail, in the page's language. Tolerates details of an
 * unexpected shape.
 */
export function describe(type: ListEventName, detail: unknown, lang: DemoLang): string {
  const d = (detail ?? {}) as Record<string, unknown>;
  const t = demoText(lang);
  switch (type) {
    case 'input-progress-update': {
      const snapshot = (d.snapshot ?? {}) as Record<string, unknown>;
      const items = Array.isArray(snapshot.items) ? snapshot.items.length : '?';
      return t.rows(
        String(items),
        String(snapshot.total ?? '?'),
        String(snapshot.page ?? '?'),
        String(snapshot.live ?? ''),
      );
    }
    case 'input-progress-error': {
      // Messages may quote a raw server body (an HTML gateway page): keep the line short.
      const error =
        d.error instanceof Error ? `${d.error.name}: ${clip(d.error.message, 140)}` : 'error';
      return `${error}${d.stale === true ? t.stillShowing : ''}`;
    }
    case 'input-progress-page-change':
      return t.page(String(d.page), String(d.offset), String(d.limit));
    case 'input-progress-filter-change': {
      const statuses =
        Array.isArray(d.statuses) && d.statuses.length > 0 ? d.statuses.join(', ') : t.allStatuses;
      return t.order(statuses, String(d.order));
    }
    case 'input-progress-settle':
      // `status` is null when the input left the page and the counts cannot say which way it
      // went: it settled, nothing more is known.
      return `${String(d.filename)} → ${typeof d.status === 'string' ? d.status : t.settled}`;
  }
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
