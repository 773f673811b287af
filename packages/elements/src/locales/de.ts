/** German, registered for `lang="de"` and its regions (`de-AT`, `de-CH`, …) when imported. */
import { registerTranslation } from '../locale-registry.js';
import type { InputProgressTranslation } from '../strings.js';
import { labelOf } from '../label-of.js';

export const de: InputProgressTranslation = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',
  status: (status) =>
    labelOf(
      {
        pending: 'Wartend',
        processing: 'In Arbeit',
        completed: 'Fertig',
        failed: 'Fehlgeschlagen',
      },
      status,
    ),
  itemsOf: (processed, total, f) =>
    `${f.number(processed)} von ${f.number(total)} ${f.plural(total, { one: 'Element', other: 'Elementen' })}`,
  valueText: (items, percent, f) =>
    items ? `${items}, ${f.percent(percent)}` : f.percent(percent),
  barValue: (status, value) => [status, value].filter(Boolean).join(', '),
  working: 'In Arbeit, Fortschritt unbekannt',
  progressOf: (filename) => `Fortschritt von ${filename}`,
  eta: (duration) => `noch etwa ${duration}`,
  rank: (step, f) => `Fertig als Nr. ${f.number(step)}`,
  failedRank: (step, f) => `Fehlgeschlagen als Nr. ${f.number(step)}`,
  showDetails: (filename) => `Details zu ${filename}`,
  created: (time) => `erstellt ${time}`,
  finished: (time) => `fertig ${time}`,
  took: (duration) => `Dauer ${duration}`,
  inputError: (message) => `Fehler: ${message}`,
  metadataEntry: (key, value) => `${key}: ${value}`,
  port: (name) => `Port ${name}`,

  listLabel: (jobId) => `Eingaben des Jobs ${jobId}`,
  overallProgress: 'Gesamtfortschritt',
  jobSummary: (completed, failed, total, f) =>
    `${f.number(completed)} fertig · ${f.number(failed)} fehlgeschlagen von ${f.number(total)}`,
  jobBarValue: (completed, failed, processing, pending, total, f) =>
    `${f.number(completed)} fertig, ${f.number(failed)} fehlgeschlagen, ${f.number(processing)} in Arbeit, ${f.number(pending)} wartend von ${f.number(total)}`,
  jobStatus: (status) =>
    labelOf(
      {
        PENDING: 'Wartend',
        ADMITTED: 'Angenommen',
        RUNNING: 'Läuft',
        COMPLETED: 'Abgeschlossen',
        FAILED: 'Fehlgeschlagen',
        PREEMPTED: 'Verdrängt',
        CANCELLED: 'Abgebrochen',
      },
      status,
    ),
  jobLoading: 'Job wird geladen…',
  jobNotFound: 'Job nicht gefunden',
  jobNoAccess: 'Kein Zugriff auf diesen Job',
  jobUnavailable: 'Jobdetails nicht verfügbar',
  elapsed: (duration) => `seit ${duration}`,
  throughput: (perMinute, f) =>
    `${f.number(perMinute)} ${f.plural(perMinute, { one: 'Eingabe', other: 'Eingaben' })}/min`,
  unknown: 'unbekannt',
  count: (label, count, f) => `${label} ${f.number(count)}`,
  filters: 'Nach Status filtern',
  clearFilters: 'Alle zeigen',
  orderAsc: 'Älteste Aktivität zuerst',
  orderDesc: 'Neueste Aktivität zuerst',
  orderLabel: 'Reihenfolge:',
  pagination: 'Seiten',
  previous: 'Zurück',
  next: 'Weiter',
  first: 'Erste',
  last: 'Letzte',
  page: 'Seite',
  ofPages: (pageCount, f) => `von ${f.number(pageCount)}`,
  pageInvalid: (pageCount, f) => `Bitte eine Seite von 1 bis ${f.number(pageCount)} eingeben.`,
  pageSize: 'Pro Seite',
  live: 'Live',
  pausedHidden: 'Pausiert, solange verborgen',
  backingOff: (seconds, f) => `Neuer Versuch in ${f.number(seconds)} s`,
  allDone: 'Alles erledigt',
  stopped: 'Keine automatische Aktualisierung',
  offline: 'Offline',
  refresh: 'Aktualisieren',
  loading: 'Eingaben werden geladen…',
  empty: 'Dieser Job hat keine Eingaben.',
  emptyYet: 'Dieser Job hat noch keine Eingaben.',
  emptyEnded: 'Dieser Job ist ohne Eingaben beendet.',
  emptyFiltered: 'Keine Eingaben passen zu diesen Filtern.',
  noValue: '–',
  errorState: (reason) => `Die Eingaben konnten nicht geladen werden. ${reason}`,
  errorUnauthorized: 'Der API-Schlüssel wurde abgelehnt.',
  errorForbidden: 'Dieser Schlüssel darf diesen Job nicht sehen.',
  errorNotFound: (jobId) => `Es gibt keinen Job „${jobId}“.`,
  errorNoApi: (baseUrl, status) =>
    `Unter „${baseUrl}“ antwortet keine API (HTTP ${status}): Bitte die base-url prüfen.`,
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
  settledMany: (count, completed, failed, f) =>
    `${f.number(count)} ${f.plural(count, { one: 'Eingabe', other: 'Eingaben' })} abgeschlossen: ${f.number(completed)} fertig, ${f.number(failed)} fehlgeschlagen.`,
  settledSoFar: (finished, total, f) =>
    `${f.number(finished)} von ${f.number(total)} bisher abgeschlossen.`,
  announceDone: (completed, failed, f) =>
    `Alles erledigt: ${f.number(completed)} fertig, ${f.number(failed)} fehlgeschlagen.`,
  announceRetrying: (reason) =>
    `Die Eingaben konnten nicht geladen werden. ${reason} Neuer Versuch folgt.`,
  announceStopped: (reason) =>
    `Die Eingaben konnten nicht geladen werden. ${reason} Aktualisierung angehalten.`,
  announceRecovered: 'Die Eingaben sind wieder aktuell.',
  announcePage: (page, pageCount, f) => `Seite ${f.number(page)} von ${f.number(pageCount)}`,
};

registerTranslation(de);
export default de;
