/**
 * The subset of ICU MessageFormat that the shipped translations are written in (see
 * `messages.ts`), compiled once and rendered with the element's `Formatters`:
 *
 * - `{name}`: a parameter as text;
 * - `{name, number}`: a number, written by `format.number`; `{name, number, percent}` a
 *   percentage, 0–100 as the strings receive it, written by `format.percent`;
 * - `{name, plural, one {…} other {…}}`: the case of the number's plural category in the
 *   element's language (`zero`, `one`, `two`, `few`, `many`, `other`); `#` in it is the number;
 * - `{name, select, pending {…} other {…}}`: the case named by the value (`null` for a
 *   missing one), else `other`;
 * - `''` is an apostrophe; `'{'`, `'}'` (and `'#'` in a plural case) quote those characters.
 *
 * `other` is required in every plural and select.
 */
import type { Formatters, PluralForms } from './formatters.js';

const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** A compiled message: literal text, and the parameters placed in it by their index. */
export type CompiledMessage = readonly Part[];
type Part =
  | string
  | { readonly style: 'text' | 'number' | 'percent'; readonly index: number }
  | {
      readonly style: 'plural' | 'select';
      readonly index: number;
      readonly cases: ReadonlyMap<string, CompiledMessage>;
      /** Each case's name by itself: `format.plural` then answers which case to take. */
      readonly forms: PluralForms;
    };

/**
 * Compiles `message`, which may name `parameters` only, and format numbers only when
 * `numbers` (its strings receive the formatters). Throws a `SyntaxError` saying where it failed.
 */
export function compileMessage(
  message: string,
  parameters: readonly string[],
  numbers: boolean,
): CompiledMessage {
  let at = 0;
  const fail = (why: string): never => {
    throw new SyntaxError(`${why} at ${at} in ${JSON.stringify(message)}`);
  };
  const space = () => void (at += /^\s*/.exec(message.slice(at))![0].length);
  const word = (): string => {
    space();
    const found = /^[\w-]*/.exec(message.slice(at))![0];
    if (!found) fail('a name expected');
    at += found.length;
    space();
    return found;
  };
  const take = (char: string) => {
    if (message[at] !== char) fail(`"${char}" expected`);
    at++;
  };
  /** The word after a comma, or null where there is no comma. */
  const option = (): string | null => {
    if (message[at] !== ',') return null;
    at++;
    return word();
  };

  /** Text and arguments up to the end or a closing brace; `#` is parameter `pound`'s number. */
  function parts(pound: number | null): Part[] {
    const result: Part[] = [];
    let text = '';
    while (at < message.length && message[at] !== '}') {
      const [char, next] = [message[at], message.charAt(at + 1)];
      if (char === '{' || (char === '#' && pound !== null)) {
        if (text) result.push(text);
        text = '';
        result.push(char === '{' ? argument() : { style: 'number', index: pound! });
        if (char === '#') at++;
      } else if (
        char === "'" &&
        (next === "'" || /[{}]/.test(next) || (next === '#' && pound !== null))
      ) {
        const end = next === "'" ? at + 1 : message.indexOf("'", at + 1);
        if (end < 0) fail('an unclosed quote');
        text += next === "'" ? "'" : message.slice(at + 1, end);
        at = end + 1;
      } else {
        text += char;
        at++;
      }
    }
    if (text) result.push(text);
    return result;
  }

  /** `{name}`, `{name, number}`, `{name, number, percent}`, `{name, plural|select, cases}`. */
  function argument(): Part {
    take('{');
    const name = word();
    const index = parameters.indexOf(name);
    if (index < 0) fail(`"${name}" is not one of its parameters (${parameters.join(', ')})`);
    let style = option() ?? 'text';
    const numberStyle = style === 'number' ? option() : null;
    if (numberStyle !== null && numberStyle !== 'percent') fail(`"${numberStyle}"`);
    if (numberStyle === 'percent') style = 'percent';
    if (!['text', 'number', 'percent', 'plural', 'select'].includes(style)) fail(`"${style}"`);
    if (!numbers && style !== 'text' && style !== 'select') fail('it receives no formatters');
    if (style !== 'plural' && style !== 'select') {
      take('}');
      return { style: style as 'text', index };
    }
    take(',');
    const cases = new Map<string, CompiledMessage>();
    for (space(); message[at] !== '}'; space()) {
      const name = word();
      if (style === 'plural' && !PLURAL_CATEGORIES.includes(name)) fail(`"${name}"`);
      if (cases.has(name)) fail(`a second "${name}" case`);
      take('{');
      cases.set(name, parts(style === 'plural' ? index : null));
      take('}');
    }
    if (!cases.has('other')) fail('an "other" case expected');
    take('}');
    const forms = { other: 'other', ...Object.fromEntries([...cases.keys()].map((n) => [n, n])) };
    return { style: style as 'select', index, cases, forms };
  }

  const compiled = parts(null);
  if (at < message.length) fail('an unmatched "}"');
  return compiled;
}

/** `message` with `args` in it; `format` is required where it writes numbers. */
export function formatMessage(
  message: CompiledMessage,
  args: readonly unknown[],
  format?: Formatters,
): string {
  let text = '';
  for (const part of message) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const value = args[part.index];
    if ('cases' in part) {
      const name = part.style === 'plural' ? format!.plural(value as number, part.forms) : value;
      text += formatMessage(part.cases.get(String(name)) ?? part.cases.get('other')!, args, format);
    } else if (part.style === 'text') text += String(value);
    else text += format![part.style](value as number);
  }
  return text;
}
