// The floor: core's feed (`createFeed`) and hand-written DOM updates, no framework. Each row
// is built once with references to the nodes that change; a snapshot rebuilds nothing, it
// updates the rows whose item object changed (core shares unchanged ones) and, only when
// they changed, the header and the rows' order.
import { createClient, createFeed, type FeedItem, type FeedSnapshot } from '@input-progress/core';
import { startHarness, type ListOptions } from './harness.js';
import {
  chipText,
  listLabel,
  liveText,
  overallLabel,
  rowViewOf,
  summaryView,
  type RowView,
} from './row-view.js';

const STATUSES = ['pending', 'processing', 'completed', 'failed'] as const;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** Sets a node's text only when it differs, so an unchanged row mutates nothing. */
function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** Sets a line's text; hides the line when it has none. */
function setLine(line: HTMLElement, text: string): void {
  setText(line, text);
  line.hidden = !text;
}

function setAttr(node: Element, name: string, value: string | null): void {
  if (value === null) {
    if (node.hasAttribute(name)) node.removeAttribute(name);
  } else if (node.getAttribute(name) !== value) {
    node.setAttribute(name, value);
  }
}

/** One row's DOM, built once; `update` touches only what changed. */
class Row {
  readonly li = element('li', 'ip-item');
  readonly #row = element('div', 'ip-row');
  readonly #name = element('span', 'ip-name ip-clip');
  readonly #badge = element('span', 'ip-badge');
  readonly #details = element('p', 'ip-line ip-muted');
  readonly #bar = element('div', 'ip-bar');
  readonly #indicator = element('div', 'ip-indicator');
  readonly #progress = element('p', 'ip-line');
  readonly #message = element('p', 'ip-line');
  readonly #kind = element('span', 'ip-kind');
  readonly #messageText = element('span');
  readonly #error = element('p', 'ip-error');
  readonly #metadata = element('p', 'ip-line ip-muted');
  readonly #times = element('p', 'ip-line ip-muted');
  #item: FeedItem | null = null;

  constructor() {
    const header = element('div', 'ip-header');
    header.append(this.#name, ' ', this.#badge);
    this.#bar.setAttribute('role', 'progressbar');
    this.#bar.setAttribute('aria-valuemin', '0');
    this.#bar.setAttribute('aria-valuemax', '100');
    this.#bar.append(this.#indicator);
    this.#message.append(this.#kind, this.#messageText);
    this.#row.append(
      header,
      this.#details,
      this.#bar,
      this.#progress,
      this.#message,
      this.#error,
      this.#metadata,
      this.#times,
    );
    this.li.append(this.#row);
  }

  update(item: FeedItem): void {
    if (item === this.#item) return;
    this.#item = item;
    const view: RowView = rowViewOf(item);
    setAttr(this.#row, 'data-status', item.input.status);
    this.#renderName(view);
    setText(this.#badge, view.badge);
    setText(this.#details, view.details);
    setAttr(this.#bar, 'class', view.indeterminate ? 'ip-bar ip-indeterminate' : 'ip-bar');
    setAttr(this.#bar, 'aria-label', view.barLabel);
    setAttr(this.#bar, 'aria-valuenow', view.valueNow === null ? null : String(view.valueNow));
    setAttr(this.#bar, 'aria-valuetext', view.valueText);
    const transform = view.indeterminate ? '' : `scaleX(${view.fill})`;
    if (this.#indicator.style.transform !== transform) this.#indicator.style.transform = transform;
    setLine(this.#progress, view.progress);
    setText(this.#kind, view.kind ?? '');
    this.#kind.hidden = !view.kind;
    setText(this.#messageText, view.message ?? '');
    this.#message.hidden = !view.kind && !view.message;
    setLine(this.#error, view.error ?? '');
    setLine(this.#metadata, view.metadata);
    setText(this.#times, view.times);
  }

  #renderName(view: RowView): void {
    setAttr(this.#name, 'title', view.name);
    const link = this.#name.firstElementChild as HTMLAnchorElement | null;
    if (view.link) {
      if (link && link.getAttribute('href') === view.link) return setText(link, view.name);
      const a = element('a', '', view.name);
      a.href = view.link;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      this.#name.replaceChildren(a);
    } else if (link || this.#name.textContent !== view.name) {
      this.#name.replaceChildren(view.name);
    }
  }
}

/** The list: a counts header and the rows of the current page. */
function mountPlain(
  container: HTMLElement,
  { jobId, baseUrl, limit, pollInterval }: ListOptions,
): () => void {
  const root = element('div', 'ip-list');
  const header = element('div', 'ip-list-header');
  const summary = element('p', 'ip-summary');
  const overall = element('div', 'ip-bar');
  const overallIndicator = element('div', 'ip-indicator');
  overall.setAttribute('role', 'progressbar');
  overall.setAttribute('aria-label', overallLabel);
  overall.setAttribute('aria-valuemin', '0');
  overall.setAttribute('aria-valuemax', '100');
  overall.append(overallIndicator);
  const chips = element('div', 'ip-chips');
  const chipNodes = STATUSES.map(() => {
    const chip = chips.appendChild(element('button', 'ip-chip'));
    chip.setAttribute('aria-pressed', 'false');
    return chip;
  });
  const live = element('span', 'ip-live', liveText);
  header.append(summary, live, overall, chips);
  const ul = element('ul');
  ul.setAttribute('aria-label', listLabel(jobId));
  root.append(header, ul);
  container.append(root);

  const rows = new Map<string, Row>();
  let shown: FeedSnapshot | null = null;

  const render = (snapshot: FeedSnapshot) => {
    setAttr(live, 'data-fetching', snapshot.isFetching ? '' : null);
    if (snapshot.counts !== shown?.counts) {
      const { summary: text, percent } = summaryView(snapshot.counts);
      setText(summary, text);
      setAttr(overall, 'aria-valuenow', String(percent));
      overallIndicator.style.transform = `scaleX(${percent / 100})`;
      STATUSES.forEach((status, i) => {
        setText(chipNodes[i]!, chipText(status, snapshot.counts, status));
      });
    }
    if (snapshot.items !== shown?.items) {
      const seen = new Set<string>();
      snapshot.items.forEach((item, index) => {
        const id = item.input.id;
        seen.add(id);
        let row = rows.get(id);
        if (!row) rows.set(id, (row = new Row()));
        row.update(item);
        // Keep the DOM in the page's order, moving only rows that are out of place.
        if (ul.children[index] !== row.li) ul.insertBefore(row.li, ul.children[index] ?? null);
      });
      for (const [id, row] of rows) {
        if (!seen.has(id)) {
          row.li.remove();
          rows.delete(id);
        }
      }
    }
    shown = snapshot;
  };

  const feed = createFeed({
    client: createClient({ baseUrl }),
    jobId,
    query: { limit },
    pollInterval,
    // Shared and kept after unmount, as the element's feed is.
    share: true,
  });
  const unsubscribe = feed.subscribe(render);
  render(feed.getSnapshot());
  return () => {
    unsubscribe();
    feed.destroy();
    root.remove();
  };
}

startHarness({
  mount: mountPlain,
  rows: (container) => [...container.querySelectorAll('li.ip-item')].map((li) => [li]),
});
