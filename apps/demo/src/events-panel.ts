import { demoText, stateText } from './demo-text.js';
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

/** What the panel keeps of an event, to word it again in another language. */
interface LoggedEvent {
  readonly type: ListEventName;
  readonly detail: unknown;
  /** When it arrived (ms since the epoch). */
  readonly at: number;
}

/** The panel: `stop` stops listening, `translate` words every entry again in the current language. */
export interface EventsPanel {
  stop(): void;
  translate(): void;
}

/**
 * Lists the `input-progress-*` events fired below `source` in `log`, newest first, each with
 * its time and a one-line summary of its detail, in the language `lang()` gives. Text only:
 * details carry server data.
 */
export function attachEventsPanel(
  source: EventTarget,
  log: HTMLOListElement,
  lang: () => DemoLang,
): EventsPanel {
  const logged = new WeakMap<Element, LoggedEvent>();
  const word = (entry: Element, { type, detail, at }: LoggedEvent): void => {
    entry.querySelector('time')!.textContent = new Date(at).toLocaleTimeString(lang(), {
      hour12: false,
    });
    entry.querySelector('.event-detail')!.textContent = describe(type, detail, lang());
  };
  const onEvent = (event: Event): void => {
    const entry = document.createElement('li');
    entry.className = 'event';
    entry.dataset.type = event.type;
    const name = document.createElement('code');
    name.textContent = event.type;
    const detail = document.createElement('span');
    detail.className = 'event-detail';
    entry.append(document.createElement('time'), ' ', name, ' ', detail);
    const record: LoggedEvent = {
      type: event.type as ListEventName,
      detail: (event as CustomEvent<unknown>).detail,
      at: Date.now(),
    };
    logged.set(entry, record);
    word(entry, record);
    log.prepend(entry);
    while (log.childElementCount > MAX_ENTRIES) log.lastElementChild?.remove();
  };
  for (const type of LIST_EVENTS) source.addEventListener(type, onEvent);
  return {
    stop: () => {
      for (const type of LIST_EVENTS) source.removeEventListener(type, onEvent);
    },
    translate: () => {
      for (const entry of log.children) {
        const record = logged.get(entry);
        if (record) word(entry, record);
      }
    },
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
        stateText(lang, 'live', String(snapshot.live ?? '')),
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
      return `${String(d.filename)} → ${
        typeof d.status === 'string' ? stateText(lang, 'statuses', d.status) : t.settled
      }`;
  }
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
