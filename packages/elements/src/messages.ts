/**
 * Translations as data: the shipped translations are JSON files of ICU messages,
 * `src/locales/<tag>.json`, in the format translators and their tools (Crowdin, FormatJS, …)
 * know (the subset in `message-format.ts`), which this module turns into the functions of an
 * `InputProgressTranslation`. A file has `$code`, `$name` and `$dir`, then one message a key
 * of {@link InputProgressStrings}; a message names its key's parameters (the table below), so
 * `itemsOf` is `{processed, number} of {total, number} {total, plural, one {item} other {items}}`.
 * English, the fallback, stays the functions of `default-strings.ts`.
 */
import { compileMessage, formatMessage, type CompiledMessage } from './message-format.js';
import type { Formatters } from './formatters.js';
import type { InputProgressStrings, InputProgressTranslation } from './strings.js';

type FunctionKey = {
  [Key in keyof InputProgressStrings]: InputProgressStrings[Key] extends string ? never : Key;
}[keyof InputProgressStrings];

/**
 * The parameters of every key that is a function, in order, as messages name them; `format`
 * (always last) is the element's `Formatters`, which a message never names. Keys not listed
 * are plain texts.
 */
const PARAMETERS: Readonly<Record<FunctionKey, string>> = {
  status: 'status',
  itemsOf: 'processed total format',
  valueText: 'items percent format',
  barValue: 'status value',
  progressOf: 'filename',
  eta: 'duration',
  rank: 'step format',
  failedRank: 'step format',
  showDetails: 'filename',
  created: 'time',
  finished: 'time',
  took: 'duration',
  inputError: 'message',
  metadataEntry: 'key value',
  port: 'name',
  listLabel: 'jobId',
  jobSummary: 'completed failed total format',
  jobBarValue: 'completed failed processing pending total format',
  jobStatus: 'status',
  elapsed: 'duration',
  throughput: 'perMinute format',
  count: 'label count format',
  ofPages: 'pageCount format',
  pageInvalid: 'pageCount format',
  backingOff: 'seconds format',
  errorState: 'reason',
  errorNotFound: 'jobId',
  errorNoApi: 'baseUrl status',
  errorBadRequest: 'detail',
  errorServer: 'status',
  stale: 'reason updated',
  settledOne: 'filename status',
  settledMany: 'count completed failed format',
  settledSoFar: 'finished total format',
  announceDone: 'completed failed format',
  announceRetrying: 'reason',
  announceStopped: 'reason',
  announcePage: 'page pageCount format',
};

/**
 * The translation `messages` describe: `$code`, `$name` and `$dir` as they are, every other
 * key compiled into a function where {@link InputProgressStrings} has one, else into its text.
 * Throws a `SyntaxError` naming the key of a message that does not compile (one that names
 * a parameter its key does not receive, or writes numbers where it receives no formatters).
 */
export function translationFromMessages(
  messages: Readonly<Record<string, string>>,
): InputProgressTranslation {
  const translation: Record<string, unknown> = {};
  for (const [key, message] of Object.entries(messages)) {
    if (key.startsWith('$')) {
      translation[key] = message;
      continue;
    }
    const signature = Object.hasOwn(PARAMETERS, key) ? PARAMETERS[key as FunctionKey] : '';
    const parameters = signature.split(' ').filter(Boolean);
    const formatAt = parameters.indexOf('format');
    const named = formatAt < 0 ? parameters : parameters.slice(0, formatAt);
    let compiled: CompiledMessage;
    try {
      compiled = compileMessage(message, named, formatAt >= 0);
    } catch (error) {
      throw new SyntaxError(`${messages['$code']}, "${key}": ${(error as Error).message}`);
    }
    translation[key] = signature
      ? (...args: unknown[]) => formatMessage(compiled, args, args[formatAt] as Formatters)
      : formatMessage(compiled, []);
  }
  if (translation['$dir'] !== 'ltr' && translation['$dir'] !== 'rtl')
    throw new SyntaxError(`${messages['$code']}: "$dir" is "ltr" or "rtl"`);
  return translation as unknown as InputProgressTranslation;
}
