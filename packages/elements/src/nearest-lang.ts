/**
 * The language that applies to `element`: the `lang` of its closest ancestor, looking through
 * shadow roots to their hosts, else the browser's.
 */
export function nearestLang(element: Element): string {
  // A document has no `host`, which ends the walk.
  for (let el: Element | undefined = element; el; el = (el.getRootNode() as ShadowRoot).host) {
    const lang = el.closest('[lang]')?.getAttribute('lang');
    if (lang) return lang;
  }
  return navigator.language;
}
