/**
 * Simplified Chinese, registered for `lang="zh-Hans"`, `zh-Hans-CN`, and the tags whose likely
 * script is Simplified (`zh-CN`, `zh-SG`, plain `zh`) when imported. One plural form.
 */
import { registerTranslation } from '../locale-registry.js';
import { translationFromMessages } from '../messages.js';
import type { InputProgressTranslation } from '../strings.js';
import messages from './zh-Hans.json' with { type: 'json' };

export const zhHans: InputProgressTranslation = translationFromMessages(messages);
registerTranslation(zhHans);
export default zhHans;
