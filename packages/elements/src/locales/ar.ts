/**
 * Arabic, registered for `lang="ar"` and its regions (`ar-EG`, `ar-SA`, …) when imported. It
 * runs right to left: give the page (or an ancestor of the element) `dir="rtl"`, as every
 * Arabic page has. Arabic has six plural forms; counted nouns follow them.
 */
import type { PluralForms } from '../formatters.js';
import { registerTranslation } from '../locale-registry.js';
import type { InputProgressTranslation } from '../strings.js';
import { labelOf } from '../label-of.js';

/** "item" after a number: singular for 1, 2 and 100+, plural for 3–10, accusative for 11–99. */
const ITEM: PluralForms = { one: 'عنصر', two: 'عنصر', few: 'عناصر', many: 'عنصرًا', other: 'عنصر' };
/** "input" after a number, by the same rule. */
const INPUT: PluralForms = {
  one: 'مُدخَل',
  two: 'مُدخَل',
  few: 'مُدخَلات',
  many: 'مُدخَلًا',
  other: 'مُدخَل',
};

export const ar: InputProgressTranslation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',
  status: (status) =>
    labelOf(
      {
        pending: 'قيد الانتظار',
        processing: 'قيد المعالجة',
        completed: 'مكتمل',
        failed: 'فشل',
      },
      status,
    ),
  itemsOf: (processed, total, f) =>
    `${f.number(processed)} من ${f.number(total)} ${f.plural(total, ITEM)}`,
  valueText: (items, percent, f) =>
    items ? `${items}، ${f.percent(percent)}` : f.percent(percent),
  barValue: (status, value) => [status, value].filter(Boolean).join('، '),
  working: 'قيد المعالجة، التقدم غير معروف',
  progressOf: (filename) => `تقدم ${filename}`,
  eta: (duration) => `يتبقى نحو ${duration}`,
  rank: (step, f) => `انتهى بالترتيب ${f.number(step)}`,
  failedRank: (step, f) => `فشل بالترتيب ${f.number(step)}`,
  showDetails: (filename) => `تفاصيل ${filename}`,
  created: (time) => `أُنشئ ${time}`,
  finished: (time) => `انتهى ${time}`,
  took: (duration) => `استغرق ${duration}`,
  inputError: (message) => `خطأ: ${message}`,
  metadataEntry: (key, value) => `${key}: ${value}`,
  port: (name) => `المنفذ ${name}`,

  listLabel: (jobId) => `مُدخَلات المهمة ${jobId}`,
  overallProgress: 'التقدم الإجمالي',
  jobSummary: (completed, failed, total, f) =>
    `${f.number(completed)} مكتمل · ${f.number(failed)} فاشل من ${f.number(total)}`,
  jobBarValue: (completed, failed, processing, pending, total, f) =>
    `${f.number(completed)} مكتمل، ${f.number(failed)} فاشل، ${f.number(processing)} قيد المعالجة، ${f.number(pending)} قيد الانتظار من ${f.number(total)}`,
  jobStatus: (status) =>
    labelOf(
      {
        PENDING: 'قيد الانتظار',
        ADMITTED: 'مقبولة',
        RUNNING: 'قيد التشغيل',
        COMPLETED: 'مكتملة',
        FAILED: 'فشلت',
        PREEMPTED: 'أُوقفت مؤقتًا',
        CANCELLED: 'أُلغيت',
      },
      status,
    ),
  jobLoading: 'جارٍ تحميل المهمة…',
  jobNotFound: 'المهمة غير موجودة',
  jobNoAccess: 'لا صلاحية للوصول إلى هذه المهمة',
  jobUnavailable: 'تفاصيل المهمة غير متاحة',
  elapsed: (duration) => `مضى ${duration}`,
  throughput: (perMinute, f) => `${f.number(perMinute)} ${f.plural(perMinute, INPUT)}/دقيقة`,
  unknown: 'غير معروف',
  count: (label, count, f) => `${label} ${f.number(count)}`,
  filters: 'التصفية حسب الحالة',
  clearFilters: 'عرض الكل',
  orderAsc: 'الأقدم نشاطًا أولًا',
  orderDesc: 'الأحدث نشاطًا أولًا',
  orderLabel: 'الترتيب:',
  pagination: 'الصفحات',
  previous: 'السابق',
  next: 'التالي',
  first: 'الأولى',
  last: 'الأخيرة',
  page: 'الصفحة',
  ofPages: (pageCount, f) => `من ${f.number(pageCount)}`,
  pageInvalid: (pageCount, f) => `أدخل صفحة من 1 إلى ${f.number(pageCount)}.`,
  pageSize: 'لكل صفحة',
  live: 'مباشر',
  pausedHidden: 'متوقف مؤقتًا أثناء الإخفاء',
  backingOff: (seconds, f) => `إعادة المحاولة خلال ${f.number(seconds)} ث`,
  allDone: 'اكتمل الكل',
  stopped: 'لا تحديث تلقائي',
  offline: 'غير متصل',
  refresh: 'تحديث',
  loading: 'جارٍ تحميل المُدخَلات…',
  empty: 'لا تحتوي هذه المهمة على مُدخَلات.',
  emptyYet: 'لا تحتوي هذه المهمة على مُدخَلات بعد.',
  emptyEnded: 'انتهت هذه المهمة دون مُدخَلات.',
  emptyFiltered: 'لا توجد مُدخَلات تطابق عوامل التصفية هذه.',
  noValue: '–',
  errorState: (reason) => `تعذّر تحميل المُدخَلات. ${reason}`,
  errorUnauthorized: 'رُفض مفتاح الواجهة البرمجية.',
  errorForbidden: 'لا يُسمح لهذا المفتاح برؤية هذه المهمة.',
  errorNotFound: (jobId) => `لا توجد مهمة «${jobId}».`,
  errorNoApi: (baseUrl, status) =>
    `لم تُجب أي واجهة برمجية على «${baseUrl}» (HTTP ${status}): تحقّق من base-url.`,
  errorRateLimited: 'طلبات كثيرة جدًا؛ طلب الخادم الانتظار.',
  errorBadRequest: (detail) => `رفض الخادم الطلب: ${detail}`,
  errorServer: (status) => `يواجه الخادم مشكلة (HTTP ${status}).`,
  errorNetwork: 'تعذّر الوصول إلى الخادم.',
  errorTimeout: 'استغرق الخادم وقتًا طويلًا للرد.',
  errorShape: 'أرسل الخادم ردًا لا تستطيع هذه الصفحة قراءته.',
  errorUnknown: 'حدث خطأ ما.',
  errorMissingJob: 'لم يُحدَّد job-id.',
  retry: 'أعد المحاولة',
  stale: (reason, updated) => `تعذّر التحديث: ${reason} تُعرض بيانات ${updated}.`,
  settledOne: (filename, status) => `${filename}: ${status}.`,
  settledMany: (count, completed, failed, f) =>
    `انتهى ${f.number(count)} ${f.plural(count, INPUT)}: ${f.number(completed)} مكتمل، ${f.number(failed)} فاشل.`,
  settledSoFar: (finished, total, f) =>
    `انتهى حتى الآن ${f.number(finished)} من ${f.number(total)}.`,
  announceDone: (completed, failed, f) =>
    `اكتمل الكل: ${f.number(completed)} مكتمل، ${f.number(failed)} فاشل.`,
  announceRetrying: (reason) => `تعذّر تحميل المُدخَلات. ${reason} ستُعاد المحاولة.`,
  announceStopped: (reason) => `تعذّر تحميل المُدخَلات. ${reason} توقّف التحديث.`,
  announceRecovered: 'المُدخَلات محدَّثة من جديد.',
  announcePage: (page, pageCount, f) => `الصفحة ${f.number(page)} من ${f.number(pageCount)}`,
};

registerTranslation(ar);
export default ar;
