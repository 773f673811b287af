import { testClock } from './test-support/fake-clock.js';
import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { InputProgressRow } from './input-progress-row/input-progress-row.js';
import { makeItem } from './test-support/make-item.js';
import { createJob, listFixture, part, untilRows } from './test-support/list-helpers.js';

// These tests run the elements with their template text minified as the published modules
// ship it (scripts/minify-templates.mjs, wired into web-test-runner.config.mjs), so every
// text assertion in the suite also checks what the minifier kept. This file checks the wiring
// itself: a template's indentation between block-level elements, where whitespace cannot
// render, is gone from the DOM (it would cost a text node per gap in every row).

const BLOCK = new Set(['DIV', 'P', 'UL', 'OL', 'LI', 'NAV', 'SECTION', 'HEADER', 'FOOTER']);
/** An edge of a block-level parent (or of a shadow root), or a block-level element. */
const blockSide = (node: Node | null, parent: Node) =>
  node === null
    ? parent instanceof ShadowRoot || BLOCK.has((parent as Element).tagName)
    : node instanceof Element && BLOCK.has(node.tagName);

/**
 * Whitespace-only text nodes with a block-level element or a block's edge on both sides,
 * in `root` and the shadow roots inside it, each described by its neighbours.
 */
function unrenderableWhitespace(root: Node): string[] {
  const found: string[] = [];
  const name = (node: Node | null) => {
    if (!(node instanceof Element)) return 'edge';
    const part = node.getAttribute('part');
    const cls = node.getAttribute('class');
    return `<${node.localName}${part ? ` part="${part}"` : cls ? ` class="${cls}"` : ''}>`;
  };
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child instanceof Element) {
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      } else if (
        child instanceof Text &&
        child.data.trim() === '' &&
        blockSide(child.previousSibling, node) &&
        blockSide(child.nextSibling, node)
      ) {
        found.push(
          `${JSON.stringify(child.data)} between ${name(child.previousSibling)} and ${name(child.nextSibling)} in ${name(node instanceof ShadowRoot ? node.host : node)}`,
        );
      }
    }
  };
  visit(root);
  return found;
}

describe('the elements’ templates, minified as published', () => {
  it('leave no whitespace between block-level elements in a list, its job header and its rows', async () => {
    const jobId = await createJob({ inputs: 3 });
    const el = await listFixture(jobId);
    await untilRows(el, 3);
    expect(part(el, 'job'), 'the job header').to.exist;
    expect(unrenderableWhitespace(el.shadowRoot!)).to.deep.equal([]);
    el.density = 'compact';
    await el.updateComplete;
    expect(unrenderableWhitespace(el.shadowRoot!), 'compact').to.deep.equal([]);
  });

  it('leave none in a row with every line shown, in both densities', async () => {
    const item = makeItem({
      eta: 60_000,
      data: { metadata: { batch: 7 } },
      input: { errorMessage: 'Decoder failed' },
    });
    for (const density of ['comfortable', 'compact'] as const) {
      const el = await fixture<InputProgressRow>(
        html`<input-progress-row
          .clock=${testClock()}
          .item=${item}
          density=${density}
        ></input-progress-row>`,
      );
      expect(unrenderableWhitespace(el.shadowRoot!), density).to.deep.equal([]);
    }
  });
});
