/** Japanese, registered for `lang="ja"` (and `ja-JP`) when imported. Japanese has one plural form. */
import { registerTranslation } from '../locale-registry.js';
import { translationFromMessages } from '../messages.js';
import type { InputProgressTranslation } from '../strings.js';
import messages from './ja.json' with { type: 'json' };

export const ja: InputProgressTranslation = translationFromMessages(messages);
registerTranslation(ja);
export default ja;
