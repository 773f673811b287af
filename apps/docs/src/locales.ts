/**
 * The languages the docs show: every translation the elements ship, each a module that
 * registers itself (`@input-progress/elements/locales/<tag>.js`). The elements pick the one
 * matching their nearest `lang`; every story follows the toolbar's language, and the "Every
 * locale" story renders one list per entry. Adding a locale is one import and one line.
 */
import '@input-progress/elements/locales/de.js';
import '@input-progress/elements/locales/fr.js';
import '@input-progress/elements/locales/es.js';
import '@input-progress/elements/locales/ja.js';
import '@input-progress/elements/locales/zh-Hans.js';
import '@input-progress/elements/locales/ar.js';
import type { InputProgressStrings } from '@input-progress/elements';

export interface DocsLocale {
  /** The `lang` the list is rendered in (texts, numbers, dates and plurals follow it). */
  readonly lang: string;
  /** The language's own name, for the toolbar. */
  readonly label: string;
  /** The writing direction a page in this language has. */
  readonly dir: 'ltr' | 'rtl';
  /** Text overrides on top of the registered translation (`null`: none). */
  readonly strings: Partial<InputProgressStrings> | null;
}

export const LOCALES: readonly DocsLocale[] = [
  { lang: 'en', label: 'English', dir: 'ltr', strings: null },
  { lang: 'de', label: 'Deutsch', dir: 'ltr', strings: null },
  { lang: 'fr', label: 'Français', dir: 'ltr', strings: null },
  { lang: 'es', label: 'Español', dir: 'ltr', strings: null },
  { lang: 'ja', label: '日本語', dir: 'ltr', strings: null },
  { lang: 'zh-Hans', label: '简体中文', dir: 'ltr', strings: null },
  { lang: 'ar', label: 'العربية', dir: 'rtl', strings: null },
];

/** The docs locale for `lang`, else English. */
export const localeOf = (lang: unknown): DocsLocale =>
  LOCALES.find((locale) => locale.lang === lang) ?? LOCALES[0]!;
