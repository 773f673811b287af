import { noChange } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * `<div ${width('40%')}>`: sets the element's width through the CSSOM on every render, the
 * first included. A `style` attribute (and Lit's `styleMap`, which writes the attribute on
 * its first render) is inline style, blocked by a Content-Security-Policy whose `style-src`
 * lacks `'unsafe-inline'`; CSSOM writes are not.
 */
class WidthDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
  }

  render(_value: string | null): unknown {
    return noChange;
  }

  override update(part: ElementPart, [value]: [string | null]): unknown {
    const style = (part.element as HTMLElement).style;
    // Only real changes: an unchanged row must not produce style mutations.
    if (style.width !== (value ?? '')) style.width = value ?? '';
    return noChange;
  }
}

/** Sets an element's width through the CSSOM (CSP-safe); `null` removes it. */
export const width = directive(WidthDirective);
