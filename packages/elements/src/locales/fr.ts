/** French, registered for `lang="fr"` and its regions (`fr-CA`, `fr-BE`, …) when imported. */
import { registerTranslation } from '../locale-registry.js';
import type { InputProgressTranslation } from '../strings.js';
import { labelOf } from '../label-of.js';

export const fr: InputProgressTranslation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  status: (status) =>
    labelOf(
      {
        pending: 'En attente',
        processing: 'En cours',
        completed: 'Terminé',
        failed: 'Échoué',
      },
      status,
    ),
  itemsOf: (processed, total, f) =>
    `${f.number(processed)} ${f.plural(total, { one: 'élément', other: 'éléments' })} sur ${f.number(total)}`,
  valueText: (items, percent, f) =>
    items ? `${items}, ${f.percent(percent)}` : f.percent(percent),
  barValue: (status, value) => [status, value].filter(Boolean).join(', '),
  working: 'En cours, progression inconnue',
  progressOf: (filename) => `Progression de ${filename}`,
  eta: (duration) => `encore environ ${duration}`,
  rank: (step, f) => `Terminé n° ${f.number(step)}`,
  failedRank: (step, f) => `Échoué n° ${f.number(step)}`,
  showDetails: (filename) => `Détails de ${filename}`,
  created: (time) => `créé ${time}`,
  finished: (time) => `terminé ${time}`,
  took: (duration) => `durée ${duration}`,
  inputError: (message) => `Erreur : ${message}`,
  metadataEntry: (key, value) => `${key} : ${value}`,
  port: (name) => `port ${name}`,

  listLabel: (jobId) => `Entrées du job ${jobId}`,
  overallProgress: 'Progression globale',
  jobSummary: (completed, failed, total, f) =>
    `${f.number(completed)} ${f.plural(completed, { one: 'terminée', other: 'terminées' })} · ${f.number(failed)} en échec sur ${f.number(total)}`,
  jobBarValue: (completed, failed, processing, pending, total, f) =>
    `${f.number(completed)} terminées, ${f.number(failed)} en échec, ${f.number(processing)} en cours, ${f.number(pending)} en attente sur ${f.number(total)}`,
  jobStatus: (status) =>
    labelOf(
      {
        PENDING: 'En attente',
        ADMITTED: 'Admis',
        RUNNING: 'En cours',
        COMPLETED: 'Terminé',
        FAILED: 'Échoué',
        PREEMPTED: 'Préempté',
        CANCELLED: 'Annulé',
      },
      status,
    ),
  jobLoading: 'Chargement du job…',
  jobNotFound: 'Job introuvable',
  jobNoAccess: 'Pas d’accès à ce job',
  jobUnavailable: 'Détails du job indisponibles',
  elapsed: (duration) => `depuis ${duration}`,
  throughput: (perMinute, f) =>
    `${f.number(perMinute)} ${f.plural(perMinute, { one: 'entrée', other: 'entrées' })}/min`,
  unknown: 'inconnu',
  count: (label, count, f) => `${label} ${f.number(count)}`,
  filters: 'Filtrer par statut',
  clearFilters: 'Tout afficher',
  orderAsc: 'Activité la plus ancienne d’abord',
  orderDesc: 'Activité la plus récente d’abord',
  orderLabel: 'Ordre :',
  pagination: 'Pages',
  previous: 'Précédente',
  next: 'Suivante',
  first: 'Première',
  last: 'Dernière',
  page: 'Page',
  ofPages: (pageCount, f) => `sur ${f.number(pageCount)}`,
  pageInvalid: (pageCount, f) => `Saisissez une page de 1 à ${f.number(pageCount)}.`,
  pageSize: 'Par page',
  live: 'En direct',
  pausedHidden: 'En pause tant que masqué',
  backingOff: (seconds, f) => `Nouvel essai dans ${f.number(seconds)} s`,
  allDone: 'Tout est terminé',
  stopped: 'Pas de mise à jour automatique',
  offline: 'Hors ligne',
  refresh: 'Actualiser',
  loading: 'Chargement des entrées…',
  empty: 'Ce job n’a aucune entrée.',
  emptyYet: 'Ce job n’a encore aucune entrée.',
  emptyEnded: 'Ce job s’est terminé sans entrée.',
  emptyFiltered: 'Aucune entrée ne correspond à ces filtres.',
  noValue: '–',
  errorState: (reason) => `Impossible de charger les entrées. ${reason}`,
  errorUnauthorized: 'La clé d’API a été refusée.',
  errorForbidden: 'Cette clé n’a pas le droit de voir ce job.',
  errorNotFound: (jobId) => `Il n’existe pas de job « ${jobId} ».`,
  errorNoApi: (baseUrl, status) =>
    `Aucune API n’a répondu à « ${baseUrl} » (HTTP ${status}) : vérifiez la base-url.`,
  errorRateLimited: 'Trop de requêtes ; le serveur demande d’attendre.',
  errorBadRequest: (detail) => `Le serveur a refusé la requête : ${detail}`,
  errorServer: (status) => `Le serveur rencontre un problème (HTTP ${status}).`,
  errorNetwork: 'Impossible de joindre le serveur.',
  errorTimeout: 'Le serveur a mis trop de temps à répondre.',
  errorShape: 'Le serveur a envoyé une réponse que cette page ne sait pas lire.',
  errorUnknown: 'Une erreur s’est produite.',
  errorMissingJob: 'Aucun job-id n’a été donné.',
  retry: 'Réessayer',
  stale: (reason, updated) =>
    `Actualisation impossible : ${reason} Données affichées de ${updated}.`,
  settledOne: (filename, status) => `${filename} : ${status}.`,
  settledMany: (count, completed, failed, f) =>
    `${f.number(count)} ${f.plural(count, { one: 'entrée terminée', other: 'entrées terminées' })} : ${f.number(completed)} réussies, ${f.number(failed)} en échec.`,
  settledSoFar: (finished, total, f) =>
    `${f.number(finished)} sur ${f.number(total)} ${f.plural(finished, { one: 'terminée', other: 'terminées' })} jusqu’ici.`,
  announceDone: (completed, failed, f) =>
    `Tout est terminé : ${f.number(completed)} réussies, ${f.number(failed)} en échec.`,
  announceRetrying: (reason) =>
    `Impossible de charger les entrées. ${reason} Nouvel essai à venir.`,
  announceStopped: (reason) =>
    `Impossible de charger les entrées. ${reason} Mises à jour arrêtées.`,
  announceRecovered: 'Les entrées sont de nouveau à jour.',
  announcePage: (page, pageCount, f) => `Page ${f.number(page)} sur ${f.number(pageCount)}`,
};

registerTranslation(fr);
export default fr;
