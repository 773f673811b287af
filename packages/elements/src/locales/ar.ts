/**
 * Arabic, registered for `lang="ar"` and its regions (`ar-EG`, `ar-SA`, …) when imported. It
 * runs right to left: give the page (or an ancestor of the element) `dir="rtl"`, as every
 * Arabic page has. Arabic has six plural forms; counted nouns follow them:
 * "item" and "input" after a number take the singular for 1, 2 and 100+, the plural for 3–10
 * and the accusative singular for 11–99.
 */
import { registerTranslation } from '../locale-registry.js';
import { translationFromMessages } from '../messages.js';
import type { InputProgressTranslation } from '../strings.js';
import messages from './ar.json' with { type: 'json' };

export const ar: InputProgressTranslation = translationFromMessages(messages);
registerTranslation(ar);
export default ar;
