/**
 * The strings an element renders with: English, under the registered translation that best
 * matches its `lang`, under the `strings` overrides it was given.
 */
import { defaultStrings } from './default-strings.js';
import { translationFor } from './locale-registry.js';
import type { InputProgressStrings, InputProgressTranslation } from './strings.js';

/** Merged strings by overrides, then by translation (null: English alone). */
const merged = new WeakMap<object, WeakMap<object, InputProgressStrings>>();
const NO_OVERRIDES = {};

/**
 * The strings for `lang` with `overrides` on top. A translation missing keys (one registered
 * by an older or newer version) has them from English. Returns the same object for the same
 * overrides object and translation (rows of one list share it), so identity changes only when
 * the strings do: set a new `strings` object to change them.
 */
export function resolveStrings(
  overrides: Partial<InputProgressStrings> | null | undefined,
  lang = 'en',
): InputProgressStrings {
  const translation: InputProgressTranslation | null = translationFor(lang);
  if (!overrides && !translation) return defaultStrings;
  const byTranslation = merged.get(overrides ?? NO_OVERRIDES) ?? new WeakMap();
  merged.set(overrides ?? NO_OVERRIDES, byTranslation);
  const base = translation ?? defaultStrings;
  let strings = byTranslation.get(base);
  if (!strings) {
    strings = { ...defaultStrings, ...translation, ...overrides };
    byTranslation.set(base, strings);
  }
  return strings;
}
