/**
 * The languages the docs show: one line per locale. Every story follows the toolbar's
 * language, and the "Every locale" story renders one list per entry.
 */
import type { InputProgressStrings } from '@input-progress/elements';
import { germanStrings } from '../../demo/src/german-strings.js';

export interface DocsLocale {
  /** The `lang` the list is rendered in (numbers, dates and plurals follow it). */
  readonly lang: string;
  /** The language's own name, for the toolbar. */
  readonly label: string;
  /** The texts (`null`: the elements' English defaults). */
  readonly strings: Partial<InputProgressStrings> | null;
}

export const LOCALES: readonly DocsLocale[] = [
  { lang: 'en', label: 'English', strings: null },
  { lang: 'de', label: 'Deutsch', strings: germanStrings },
];

/** The registered locale for `lang`, else English. */
export const localeOf = (lang: unknown): DocsLocale =>
  LOCALES.find((locale) => locale.lang === lang) ?? LOCALES[0]!;
