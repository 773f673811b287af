import type { DemoLang } from './demo-settings.js';

/**
 * The demo page's own texts (its controls, headings, hints and events panel) in each of its
 * languages, so the whole page follows the language switch, not only the elements. Elements
 * of the page name their text with `data-text="key"`.
 */
const TEXTS = {
  en: {
    intro:
      'Live, per-input progress of an Archetype AI batch job, as a web component. This page talks to',
    introEnd: '. Also see the',
    plainLink: 'no-build page',
    apiSimulator: 'the built-in simulator',
    apiReal: 'the real API, through this server’s key-adding /api forwarder',
    settings: 'Demo settings',
    job: 'Job',
    jobSmall: 'Small: 10 inputs, one fails',
    jobLarge: 'Large: 10,000 inputs',
    jobFlaky: 'Flaky: 1 in 5 responses fail',
    jobFinished: 'Finished: all terminal',
    jobEmpty: 'Empty: no inputs',
    runAgain: 'Run again',
    runAgainTitle: 'Start the simulated job again from zero',
    jobId: 'Job id',
    pageSize: 'Page size',
    refresh: 'Refresh',
    every1: 'every second',
    every2: 'every 2 s',
    every5: 'every 5 s',
    off: 'off',
    theme: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
    custom: 'Custom',
    density: 'Density',
    comfortable: 'Comfortable',
    compact: 'Compact',
    language: 'Language',
    events: 'Events',
    clear: 'Clear',
    eventsHint: 'Every input-progress-* event the list fires, newest first.',
    headless: 'Headless: the core on its own',
    headlessHint:
      'The same job through createFeed from @input-progress/core, rendered by the code below with plain DOM calls: no Lit, no elements (first page of 5).',
    code: 'The code',
    enterJob: 'Enter a job id above.',
    // The events panel.
    rows: (items: string, total: string, page: string, live: string) =>
      `${items} rows, total ${total}, page ${page}, ${live}`,
    stillShowing: ' (still showing earlier data)',
    page: (page: string, offset: string, limit: string) =>
      `page ${page}, offset ${offset}, limit ${limit}`,
    allStatuses: 'all statuses',
    order: (statuses: string, order: string) => `${statuses}; order ${order}`,
    settled: 'settled',
  },
  de: {
    intro:
      'Live-Fortschritt jeder Eingabe eines Archetype-AI-Batch-Jobs, als Web Component. Diese Seite spricht mit',
    introEnd: '. Siehe auch die',
    plainLink: 'Seite ohne Build',
    apiSimulator: 'dem eingebauten Simulator',
    apiReal: 'der echten API, über den Schlüssel-Weiterleiter /api dieses Servers',
    settings: 'Demo-Einstellungen',
    job: 'Job',
    jobSmall: 'Klein: 10 Eingaben, eine scheitert',
    jobLarge: 'Groß: 10.000 Eingaben',
    jobFlaky: 'Wackelig: jede 5. Antwort scheitert',
    jobFinished: 'Fertig: alles abgeschlossen',
    jobEmpty: 'Leer: keine Eingaben',
    runAgain: 'Neu starten',
    runAgainTitle: 'Den simulierten Job von vorn starten',
    jobId: 'Job-ID',
    pageSize: 'Seitengröße',
    refresh: 'Aktualisierung',
    every1: 'jede Sekunde',
    every2: 'alle 2 s',
    every5: 'alle 5 s',
    off: 'aus',
    theme: 'Design',
    system: 'System',
    light: 'Hell',
    dark: 'Dunkel',
    custom: 'Eigenes',
    density: 'Dichte',
    comfortable: 'Ausführlich',
    compact: 'Kompakt',
    language: 'Sprache',
    events: 'Ereignisse',
    clear: 'Leeren',
    eventsHint: 'Jedes input-progress-*-Ereignis der Liste, neueste zuerst.',
    headless: 'Headless: der Kern allein',
    headlessHint:
      'Derselbe Job über createFeed aus @input-progress/core, mit einfachen DOM-Aufrufen gezeichnet: kein Lit, keine Elemente (erste Seite mit 5).',
    code: 'Der Code',
    enterJob: 'Oben eine Job-ID eingeben.',
    rows: (items: string, total: string, page: string, live: string) =>
      `${items} Zeilen, gesamt ${total}, Seite ${page}, ${live}`,
    stillShowing: ' (ältere Daten werden noch gezeigt)',
    page: (page: string, offset: string, limit: string) =>
      `Seite ${page}, Offset ${offset}, Limit ${limit}`,
    allStatuses: 'alle Status',
    order: (statuses: string, order: string) => `${statuses}; Reihenfolge ${order}`,
    settled: 'abgeschlossen',
  },
} satisfies Record<DemoLang, Record<string, unknown>>;

export type DemoTexts = (typeof TEXTS)['en'];

/** The demo's texts in `lang`. */
export const demoText = (lang: DemoLang): DemoTexts => TEXTS[lang];

/** Writes the texts of `lang` into every `[data-text]` (and `[data-title]`) element below `root`. */
export function translatePage(root: ParentNode, lang: DemoLang): void {
  const texts = TEXTS[lang] as Record<string, unknown>;
  for (const el of root.querySelectorAll<HTMLElement>('[data-text]')) {
    const text = texts[el.dataset.text!];
    if (typeof text === 'string') el.textContent = text;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-title]')) {
    const text = texts[el.dataset.title!];
    if (typeof text === 'string') el.title = text;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-label]')) {
    const text = texts[el.dataset.label!];
    if (typeof text === 'string') el.setAttribute('aria-label', text);
  }
}
