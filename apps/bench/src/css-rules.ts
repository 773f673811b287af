// A small reader of plain CSS (no nesting beyond at-rules), enough to compare the elements'
// rules with the bench pages' (src/css-drift.test.ts): every style rule as the at-rule it sits
// in, its selectors and its declarations, each normalised (comments dropped, whitespace
// collapsed, one kind of quote) so that the same rule written twice reads the same.

/** One style rule, or one keyframe of an `@keyframes` (its selector is `from`, `to`, `50%`). */
export interface CssRule {
  /** The enclosing at-rule's prelude (`@media (…)`, `@keyframes slide`), or '' at the top. */
  readonly context: string;
  readonly selectors: readonly string[];
  /** `[property, value]` in source order; `!important` stays in the value. */
  readonly declarations: ReadonlyArray<readonly [string, string]>;
}

const normalise = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/"/g, "'")
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s*,\s*/g, ',')
    .trim();

/** The text inside every Lit `css\`…\`` literal of a TypeScript module, in order. */
export function cssOfModule(source: string): string {
  const literals = [...source.matchAll(/\bcss`([^`]*)`/g)].map((match) => match[1]!);
  if (literals.some((text) => text.includes('${'))) {
    throw new Error('css`` with an interpolation: compare its parts by hand.');
  }
  return literals.join('\n');
}

/** Every style rule of `css`, at-rules flattened into each rule's `context`. */
export function parseCss(css: string, context = ''): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  let position = 0;
  while (position < text.length) {
    const open = text.indexOf('{', position);
    if (open < 0) break;
    const prelude = normalise(text.slice(position, open));
    // Find the block's matching brace.
    let depth = 1;
    let close = open + 1;
    for (; close < text.length && depth > 0; close++) {
      if (text[close] === '{') depth++;
      else if (text[close] === '}') depth--;
    }
    const body = text.slice(open + 1, close - 1);
    if (prelude.startsWith('@')) {
      rules.push(...parseCss(body, context ? `${context} ${prelude}` : prelude));
    } else {
      rules.push({
        context,
        selectors: prelude.split(',').map((selector) => selector.trim()),
        declarations: body
          .split(';')
          .map((declaration) => declaration.trim())
          .filter(Boolean)
          .map((declaration) => {
            const colon = declaration.indexOf(':');
            return [
              declaration.slice(0, colon).trim().toLowerCase(),
              normalise(declaration.slice(colon + 1)),
            ] as const;
          }),
      });
    }
    position = close;
  }
  return rules;
}

/**
 * What `selector` (normalised like the parsed rules) gets in `context`: the declarations of
 * every rule that lists it, later ones winning, as a property → value map. Empty when no
 * rule lists it.
 */
export function declarationsOf(
  rules: readonly CssRule[],
  selector: string,
  context = '',
): Map<string, string> {
  const wanted = normalise(selector);
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (rule.context !== normalise(context) || !rule.selectors.includes(wanted)) continue;
    for (const [property, value] of rule.declarations) result.set(property, value);
  }
  return result;
}

export { normalise as normaliseCss };
