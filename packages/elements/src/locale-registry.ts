/**
 * The registry of translations, in the style of Shoelace's `registerTranslation`: a locale
 * module (`@input-progress/elements/locales/de.js`, …) registers its translation when it is
 * imported, and every element picks the registered one that best matches its nearest `lang`.
 *
 * The registry lives on `globalThis` under a `Symbol.for` key, not in this module: the
 * standalone bundle carries its own copy of this module, and a locale loaded beside it with
 * one more `<script type="module">` must reach the bundle's elements. It imports nothing, so
 * a locale module loads from a CDN as it is.
 */
import type { InputProgressTranslation } from './strings.js';

interface Registry {
  /** By lower-case `$code`. */
  readonly translations: Map<string, InputProgressTranslation>;
  /** Called after every registration (elements re-render in the new language). */
  readonly listeners: Set<() => void>;
}

const KEY = Symbol.for('@input-progress/elements/translations');

function registry(): Registry {
  const global = globalThis as { [KEY]?: Registry };
  return (global[KEY] ??= { translations: new Map(), listeners: new Set() });
}

/**
 * Registers translations; a later one with the same `$code` replaces the earlier. Elements
 * already on the page switch to it at once when it matches their `lang`.
 */
export function registerTranslation(...translations: InputProgressTranslation[]): void {
  const { translations: known, listeners } = registry();
  for (const translation of translations) known.set(translation.$code.toLowerCase(), translation);
  for (const listener of listeners) listener();
}

/** Every registered translation, in the order they were first registered. */
export function registeredTranslations(): InputProgressTranslation[] {
  return [...registry().translations.values()];
}

/** Calls `listener` after every registration; returns the function that stops it. */
export function onTranslationRegistered(listener: () => void): () => void {
  const { listeners } = registry();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The tags to look for, best first: `lang` and each shorter prefix of it (`de-AT` → `de-at`,
 * `de`), then the same of its likely full form (`zh-CN` → `zh-hans-cn`, `zh-hans`, `zh`).
 */
function candidates(lang: string): string[] {
  const prefixes = (tag: string) =>
    tag
      .toLowerCase()
      .split('-')
      .map((_, index, subtags) => subtags.slice(0, subtags.length - index).join('-'));
  let likely = '';
  try {
    likely = new Intl.Locale(lang).maximize().toString();
  } catch {
    // Not a valid tag: only its literal prefixes can match.
  }
  return [...new Set([...prefixes(lang), ...(likely ? prefixes(likely) : [])])];
}

/**
 * The registered translation that best matches `lang` (`de-AT` → `de`, `zh-Hans-CN` →
 * `zh-Hans`, `zh-CN` → `zh-Hans`), or null when none does (the elements then speak English).
 */
export function translationFor(lang: string): InputProgressTranslation | null {
  const { translations } = registry();
  // Nothing registered (the standalone bundle's English alone): no tag to work out.
  if (!translations.size) return null;
  // Every render asks: remember the answers until the next registration.
  if (!matches) {
    matches = new Map();
    onTranslationRegistered(() => matches!.clear());
  }
  let match = matches.get(lang);
  if (match === undefined) {
    match =
      candidates(lang)
        .map((tag) => translations.get(tag))
        .find(Boolean) ?? null;
    matches.set(lang, match);
  }
  return match;
}

let matches: Map<string, InputProgressTranslation | null> | null = null;
