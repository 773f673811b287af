/** Spanish, registered for `lang="es"` and its regions (`es-MX`, `es-419`, …) when imported. */
import { registerTranslation } from '../locale-registry.js';
import { translationFromMessages } from '../messages.js';
import type { InputProgressTranslation } from '../strings.js';
import messages from './es.json' with { type: 'json' };

export const es: InputProgressTranslation = translationFromMessages(messages);
registerTranslation(es);
export default es;
