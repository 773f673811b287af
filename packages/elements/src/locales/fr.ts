/** French, registered for `lang="fr"` and its regions (`fr-CA`, `fr-BE`, …) when imported. */
import { registerTranslation } from '../locale-registry.js';
import { translationFromMessages } from '../messages.js';
import type { InputProgressTranslation } from '../strings.js';
import messages from './fr.json' with { type: 'json' };

export const fr: InputProgressTranslation = translationFromMessages(messages);
registerTranslation(fr);
export default fr;
