/** German, registered for `lang="de"` and its regions (`de-AT`, `de-CH`, …) when imported. */
import { registerTranslation } from '../locale-registry.js';
import { translationFromMessages } from '../messages.js';
import type { InputProgressTranslation } from '../strings.js';
import messages from './de.json' with { type: 'json' };

export const de: InputProgressTranslation = translationFromMessages(messages);
registerTranslation(de);
export default de;
