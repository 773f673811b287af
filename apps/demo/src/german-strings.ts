import type { InputProgressStrings } from '@input-progress/elements';

/**
 * German texts for the elements. Numbers, sizes and times arrive already formatted by `Intl`
 * for the list's `lang`, so only wording and word order live here. Partial on purpose: a text
 * the elements add later falls back to English instead of breaking the demo.
 */
export const germanStrings: Partial<InputProgressStrings> = {
  status: (status) =>
    ({
      pending: 'Wartend',
      processing: 'In Arbeit',
      completed: 'Fertig',
      failed: 'Fehlgeschlagen',
    })[status] ?? status,
  itemsOf: (processed, total) => `${processed} von ${total} Elementen`,
  valueText: (items, percent) => (items ? `${items}, ${percent}` : percent),
  working: 'In Arbeit, Fortschritt unbekannt',
  progressOf: (filename) => `Fortschritt von ${filename}`,
  eta: (duration) => `noch etwa ${duration}`,
  rank: (step) => `Fertig als Nr. ${step}`,
  created: (time) => `erstellt ${time}`,
  finished: (time) => `fertig ${time}`,
  took: (duration) => `Dauer ${duration}`,
  errorLabel: 'Fehler:',
  port: (name) => `Port ${name}`,

  listLabel: (jobId) => `Eingaben des Jobs ${jobId}`,
  summary: (done, total) => `${done} von ${total} Eingaben erledigt`,
  overallProgress: 'Gesamtfortschritt',
  count: (label, count) => `${label} ${count}`,
  filters: 'Nach Status filtern',
  clearFilters: 'Alle zeigen',
  orderAsc: 'Älteste zuerst',
  orderDesc: 'Neueste zuerst',
  orderLabel: 'Reihenfolge',
  pagination: 'Seiten',
  previous: 'Zurück',
  next: 'Weiter',
  pageOf: (page, pageCount) => `Seite ${page} von ${pageCount}`,
  pageSize: 'Pro Seite',
  live: 'Live',
  pausedHidden: 'Pausiert, solange verborgen',
  backingOff: (seconds) => `Neuer Versuch in ${seconds} s`,
  allDone: 'Alles erledigt',
  stopped: 'Keine automatische Aktualisierung',
  offline: 'Offline',
  refresh: 'Aktualisieren',
  loading: 'Eingaben werden geladen…',
  empty: 'Dieser Job hat noch keine Eingaben.',
  emptyFiltered: 'Keine Eingaben passen zu diesen Filtern.',
  errorTitle: 'Die Eingaben konnten nicht geladen werden',
  errorUnauthorized: 'Der API-Schlüssel wurde abgelehnt.',
  errorForbidden: 'Dieser Schlüssel darf diesen Job nicht sehen.',
  errorNotFound: (jobId) => `Es gibt keinen Job „${jobId}“.`,
  errorRateLimited: 'Zu viele Anfragen. Der Server bittet um eine Pause.',
  errorBadRequest: (detail) => `Der Server hat die Anfrage abgelehnt: ${detail}`,
  errorServer: (status) => `Der Server hat Probleme (HTTP ${status}).`,
  errorNetwork: 'Der Server ist nicht erreichbar.',
  errorTimeout: 'Der Server hat zu lange nicht geantwortet.',
  errorShape: 'Der Server hat eine Antwort geschickt, die diese Seite nicht lesen kann.',
  errorUnknown: 'Etwas ist schiefgegangen.',
  errorMissingJob: 'Keine job-id angegeben.',
  retry: 'Erneut versuchen',
  stale: (reason, updated) => `Aktualisierung fehlgeschlagen: ${reason} Daten von ${updated}.`,
  settledOne: (filename, status) => `${filename}: ${status}.`,
  settledMany: (count, completed, failed) =>
    `${count} Eingaben abgeschlossen: ${completed} fertig, ${failed} fehlgeschlagen.`,
};
