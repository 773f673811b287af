/**
 * The language that applies to `node`: the `lang` of its closest ancestor, looking through
 * shadow roots to their hosts, then the document's, then the browser's.
 */
export function nearestLang(node: Node): string {
  let current: Node | null = node;
  while (current) {
    const element: Element | null =
      current instanceof Element ? current : current instanceof ShadowRoot ? current.host : current.parentElement;
    const withLang = element?.closest('[lang]');
    if (withLang) {
      const lang = withLang.getAttribute('lang');
      if (lang) return lang;
    }
    const root: Node | undefined = element?.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return globalThis.navigator?.language ?? 'en';
}
