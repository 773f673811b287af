/**
 * English, registered for `lang="en"` and its regions. The elements speak English without
 * it (it is their fallback); import it to list English among the registered translations.
 */
import { defaultStrings } from '../default-strings.js';
import { registerTranslation } from '../locale-registry.js';
import type { InputProgressTranslation } from '../strings.js';

export const en: InputProgressTranslation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  ...defaultStrings,
};

registerTranslation(en);
export default en;
