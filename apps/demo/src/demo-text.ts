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
    // The events panel and the headless example name states in the page's language too.
    statuses: {
      pending: 'pending',
      processing: 'processing',
      completed: 'completed',
      failed: 'failed',
    },
    live: {
      live: 'live',
      'paused-hidden': 'paused while hidden',
      'backing-off': 'backing off',
      stopped: 'stopped',
      offline: 'offline',
    },
    loads: { idle: 'idle', loading: 'loading', success: 'loaded', error: 'failed' },
    inputs: { one: 'input', other: 'inputs' },
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
    statuses: {
      pending: 'wartend',
      processing: 'in Arbeit',
      completed: 'fertig',
      failed: 'fehlgeschlagen',
    },
    live: {
      live: 'live',
      'paused-hidden': 'pausiert, solange verborgen',
      'backing-off': 'wartet vor neuem Versuch',
      stopped: 'angehalten',
      offline: 'offline',
    },
    loads: { idle: 'bereit', loading: 'lädt', success: 'geladen', error: 'fehlgeschlagen' },
    inputs: { one: 'Eingabe', other: 'Eingaben' },
  },
  ar: {
    intro: 'تقدم كل مُدخَل في مهمة دفعية من Archetype AI مباشرةً، كمكوّن ويب. تتحدث هذه الصفحة إلى',
    introEnd: '. انظر أيضًا',
    plainLink: 'الصفحة بلا بناء',
    apiSimulator: 'المحاكي المدمج',
    apiReal: 'الواجهة البرمجية الحقيقية، عبر مُمرِّر /api الذي يضيف المفتاح على هذا الخادم',
    settings: 'إعدادات العرض',
    job: 'المهمة',
    jobSmall: 'صغيرة: 10 مُدخَلات، يفشل واحد',
    jobLarge: 'كبيرة: 10٬000 مُدخَل',
    jobFlaky: 'متقلبة: تفشل 1 من كل 5 استجابات',
    jobFinished: 'منتهية: كل شيء نهائي',
    jobEmpty: 'فارغة: بلا مُدخَلات',
    runAgain: 'تشغيل من جديد',
    runAgainTitle: 'ابدأ المهمة المحاكاة من الصفر',
    jobId: 'معرّف المهمة',
    pageSize: 'حجم الصفحة',
    refresh: 'التحديث',
    every1: 'كل ثانية',
    every2: 'كل ثانيتين',
    every5: 'كل 5 ثوانٍ',
    off: 'متوقف',
    theme: 'المظهر',
    system: 'النظام',
    light: 'فاتح',
    dark: 'داكن',
    custom: 'مخصص',
    density: 'الكثافة',
    comfortable: 'مريح',
    compact: 'مضغوط',
    language: 'اللغة',
    events: 'الأحداث',
    clear: 'مسح',
    eventsHint: 'كل حدث input-progress-* تطلقه القائمة، الأحدث أولًا.',
    headless: 'بلا واجهة: النواة وحدها',
    headlessHint:
      'المهمة نفسها عبر createFeed من @input-progress/core، يرسمها الكود أدناه باستدعاءات DOM بسيطة: بلا Lit ولا عناصر (الصفحة الأولى من 5).',
    code: 'الكود',
    enterJob: 'أدخل معرّف مهمة في الأعلى.',
    rows: (items: string, total: string, page: string, live: string) =>
      `${items} صفوف، المجموع ${total}، الصفحة ${page}، ${live}`,
    stillShowing: ' (ما زالت بيانات سابقة معروضة)',
    page: (page: string, offset: string, limit: string) =>
      `الصفحة ${page}، الإزاحة ${offset}، الحد ${limit}`,
    allStatuses: 'كل الحالات',
    order: (statuses: string, order: string) => `${statuses}؛ الترتيب ${order}`,
    settled: 'انتهى',
    statuses: {
      pending: 'قيد الانتظار',
      processing: 'قيد المعالجة',
      completed: 'مكتمل',
      failed: 'فشل',
    },
    live: {
      live: 'مباشر',
      'paused-hidden': 'متوقف مؤقتًا أثناء الإخفاء',
      'backing-off': 'ينتظر قبل إعادة المحاولة',
      stopped: 'متوقف',
      offline: 'غير متصل',
    },
    loads: { idle: 'جاهز', loading: 'جارٍ التحميل', success: 'تم التحميل', error: 'فشل' },
    inputs: { zero: 'مُدخَل', one: 'مُدخَل', two: 'مُدخَل', few: 'مُدخَلات', many: 'مُدخَلًا', other: 'مُدخَل' },
  },
} satisfies Record<DemoLang, Record<string, unknown>>;

export type DemoTexts = Omit<(typeof TEXTS)['en'], 'inputs'> & {
  readonly inputs: { readonly other: string };
};

/** The demo's texts in `lang`. */
export const demoText = (lang: DemoLang): DemoTexts => TEXTS[lang] as DemoTexts;

/** A state's word in `lang` (`statuses`, `live` or `loads`), or the state as-is when unknown. */
export function stateText(
  lang: DemoLang,
  table: 'statuses' | 'live' | 'loads',
  state: string,
): string {
  return (demoText(lang)[table] as Record<string, string>)[state] ?? state;
}

/** "5 inputs" in `lang`, the noun in the form the number takes there. */
export function inputsText(lang: DemoLang, count: number): string {
  const forms = demoText(lang).inputs as Partial<Record<Intl.LDMLPluralRule, string>>;
  const form = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
  return `${new Intl.NumberFormat(lang).format(count)} ${form}`;
}

/**
 * Writes the texts of `lang` into every `[data-text]` (and `[data-title]`, `[data-label]`)
 * element below `root`, and into the words of every radio choice (its value is its key).
 */
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
  // A choice among radios says its value in words: <label><input value="dark" /> <span>…
  for (const radio of root.querySelectorAll<HTMLInputElement>('label > input[type="radio"]')) {
    const text = texts[radio.value];
    const words = radio.parentElement?.querySelector('span');
    if (typeof text === 'string' && words) words.textContent = text;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-label]')) {
    const text = texts[el.dataset.label!];
    if (typeof text === 'string') el.setAttribute('aria-label', text);
  }
}
