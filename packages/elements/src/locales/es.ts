/** Spanish, registered for `lang="es"` and its regions (`es-MX`, `es-419`, …) when imported. */
import { registerTranslation } from '../locale-registry.js';
import type { InputProgressTranslation } from '../strings.js';
import { labelOf } from '../label-of.js';

export const es: InputProgressTranslation = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',
  status: (status) =>
    labelOf(
      {
        pending: 'Pendiente',
        processing: 'En proceso',
        completed: 'Completado',
        failed: 'Fallido',
      },
      status,
    ),
  itemsOf: (processed, total, f) =>
    `${f.number(processed)} de ${f.number(total)} ${f.plural(total, { one: 'elemento', other: 'elementos' })}`,
  valueText: (items, percent, f) =>
    items ? `${items}, ${f.percent(percent)}` : f.percent(percent),
  barValue: (status, value) => [status, value].filter(Boolean).join(', '),
  working: 'En proceso, progreso desconocido',
  progressOf: (filename) => `Progreso de ${filename}`,
  eta: (duration) => `tiempo restante: ~${duration}`,
  rank: (step, f) => `Terminado n.º ${f.number(step)}`,
  failedRank: (step, f) => `Fallido n.º ${f.number(step)}`,
  showDetails: (filename) => `Detalles de ${filename}`,
  created: (time) => `creado ${time}`,
  finished: (time) => `terminado ${time}`,
  took: (duration) => `tardó ${duration}`,
  inputError: (message) => `Error: ${message}`,
  metadataEntry: (key, value) => `${key}: ${value}`,
  port: (name) => `puerto ${name}`,

  listLabel: (jobId) => `Entradas del trabajo ${jobId}`,
  overallProgress: 'Progreso total',
  jobSummary: (completed, failed, total, f) =>
    `${f.number(completed)} ${f.plural(completed, { one: 'completada', other: 'completadas' })} · ${f.number(failed)} ${f.plural(failed, { one: 'fallida', other: 'fallidas' })} de ${f.number(total)}`,
  jobBarValue: (completed, failed, processing, pending, total, f) =>
    `${f.number(completed)} completadas, ${f.number(failed)} fallidas, ${f.number(processing)} en proceso, ${f.number(pending)} pendientes de ${f.number(total)}`,
  jobStatus: (status) =>
    labelOf(
      {
        PENDING: 'Pendiente',
        ADMITTED: 'Admitido',
        RUNNING: 'En ejecución',
        COMPLETED: 'Completado',
        FAILED: 'Fallido',
        PREEMPTED: 'Interrumpido',
        CANCELLED: 'Cancelado',
      },
      status,
    ),
  jobLoading: 'Cargando el trabajo…',
  jobNotFound: 'Trabajo no encontrado',
  jobNoAccess: 'Sin acceso a este trabajo',
  jobUnavailable: 'Detalles del trabajo no disponibles',
  elapsed: (duration) => `tiempo transcurrido: ${duration}`,
  throughput: (perMinute, f) =>
    `${f.number(perMinute)} ${f.plural(perMinute, { one: 'entrada', other: 'entradas' })}/min`,
  unknown: 'desconocido',
  count: (label, count, f) => `${label} ${f.number(count)}`,
  filters: 'Filtrar por estado',
  clearFilters: 'Mostrar todo',
  orderAsc: 'Actividad más antigua primero',
  orderDesc: 'Actividad más reciente primero',
  orderLabel: 'Orden:',
  pagination: 'Páginas',
  previous: 'Anterior',
  next: 'Siguiente',
  first: 'Primera',
  last: 'Última',
  page: 'Página',
  ofPages: (pageCount, f) => `de ${f.number(pageCount)}`,
  pageInvalid: (pageCount, f) => `Introduce una página del 1 al ${f.number(pageCount)}.`,
  pageSize: 'Por página',
  live: 'En directo',
  pausedHidden: 'En pausa mientras está oculto',
  backingOff: (seconds, f) => `Reintentando en ${f.number(seconds)} s`,
  allDone: 'Todo listo',
  stopped: 'Sin actualización automática',
  offline: 'Sin conexión',
  refresh: 'Actualizar',
  loading: 'Cargando entradas…',
  empty: 'Este trabajo no tiene entradas.',
  emptyYet: 'Este trabajo aún no tiene entradas.',
  emptyEnded: 'Este trabajo terminó sin entradas.',
  emptyFiltered: 'Ninguna entrada coincide con estos filtros.',
  noValue: '–',
  errorState: (reason) => `No se pudieron cargar las entradas. ${reason}`,
  errorUnauthorized: 'La clave de la API fue rechazada.',
  errorForbidden: 'Esta clave no tiene permiso para ver este trabajo.',
  errorNotFound: (jobId) => `No existe el trabajo «${jobId}».`,
  errorNoApi: (baseUrl, status) =>
    `Ninguna API respondió en «${baseUrl}» (HTTP ${status}): revisa la base-url.`,
  errorRateLimited: 'Demasiadas solicitudes; el servidor pidió esperar.',
  errorBadRequest: (detail) => `El servidor rechazó la solicitud: ${detail}`,
  errorServer: (status) => `El servidor tiene problemas (HTTP ${status}).`,
  errorNetwork: 'No se puede conectar con el servidor.',
  errorTimeout: 'El servidor tardó demasiado en responder.',
  errorShape: 'El servidor envió una respuesta que esta página no puede leer.',
  errorUnknown: 'Algo salió mal.',
  errorMissingJob: 'No se indicó ningún job-id.',
  retry: 'Reintentar',
  stale: (reason, updated) => `No se pudo actualizar: ${reason} Se muestran datos de ${updated}.`,
  settledOne: (filename, status) => `${filename}: ${status}.`,
  settledMany: (count, completed, failed, f) =>
    `${f.number(count)} ${f.plural(count, { one: 'entrada terminó', other: 'entradas terminaron' })}: ${f.number(completed)} completadas, ${f.number(failed)} fallidas.`,
  settledSoFar: (finished, total, f) =>
    `${f.number(finished)} de ${f.number(total)} ${f.plural(finished, { one: 'terminada', other: 'terminadas' })} hasta ahora.`,
  announceDone: (completed, failed, f) =>
    `Todo listo: ${f.number(completed)} completadas, ${f.number(failed)} fallidas.`,
  announceRetrying: (reason) => `No se pudieron cargar las entradas. ${reason} Se reintentará.`,
  announceStopped: (reason) =>
    `No se pudieron cargar las entradas. ${reason} Actualizaciones detenidas.`,
  announceRecovered: 'Las entradas vuelven a estar al día.',
  announcePage: (page, pageCount, f) => `Página ${f.number(page)} de ${f.number(pageCount)}`,
};

registerTranslation(es);
export default es;
