/**
 * Focus never falls to the document because of an update:
 * - a keyed re-order moves row nodes, and a browser drops the focus of a node it moves: the
 *   focused element gets it back;
 * - a focused control that left (its input finished and left the page or filter, "Show all"
 *   removed itself, a new page replaced the rows, a skeleton or error state gave way to rows)
 *   hands focus to the nearest sensible place: in a row, the same control of the next row
 *   that stayed, else of the previous one; elsewhere the same control drawn anew, else the
 *   control before it in its group; then the list (`part="list"`, `tabindex="-1"`); then the
 *   filter group's pressed chip, else its first chip.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

/** Where focus was before an update, and what to look for if it goes. */
interface FocusSpot {
  readonly element: HTMLElement;
  /** The first part name of the focused control (or of its host in the list's root). */
  readonly part: string | null;
  /** The row (`item` part) holding focus, if any, and every row in order. */
  readonly row: Element | null;
  readonly rows: readonly Element[];
  /** Focusable controls before it among its siblings, nearest first. */
  readonly before: readonly Element[];
}

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

/** Whether `element` can take focus now. */
const canFocus = (element: Element | null | undefined): element is HTMLElement =>
  element instanceof HTMLElement &&
  element.isConnected &&
  !(element as HTMLButtonElement).disabled &&
  !element.closest('[hidden]');

export class FocusKeeper implements ReactiveController {
  readonly #host: ReactiveElement;
  #spot: FocusSpot | null = null;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#spot = this.#where();
  }

  hostUpdated(): void {
    const spot = this.#spot;
    this.#spot = null;
    if (!spot) return;
    if (spot.element.isConnected) {
      if (this.#deepActive() !== spot.element) spot.element.focus({ preventScroll: true });
      return;
    }
    // Only focus that fell to the document is caught; focus moved on purpose stays.
    const active = document.activeElement;
    if (active && active !== document.body && active !== document.documentElement) return;
    this.#fallback(spot)?.focus();
  }

  get #root(): ShadowRoot {
    return this.#host.renderRoot as ShadowRoot;
  }

  /** The focused element inside the host, through nested shadow roots; null when focus is elsewhere. */
  #deepActive(): HTMLElement | null {
    let active = this.#root.activeElement as HTMLElement | null;
    while (active?.shadowRoot?.activeElement)
      active = active.shadowRoot.activeElement as HTMLElement;
    return active;
  }

  #where(): FocusSpot | null {
    const element = this.#deepActive();
    // The focused element, or the element of the list's root that holds it (a rendered row element).
    const anchor = this.#root.activeElement;
    if (!element || !anchor) return null;
    const row = anchor.closest('[part~="item"]');
    const siblings = [...(anchor.parentElement?.children ?? [])];
    return {
      element,
      part: anchor.getAttribute('part')?.trim().split(/\s+/)[0] ?? null,
      row,
      rows: row ? [...this.#root.querySelectorAll('[part~="item"]')] : [],
      before: row
        ? []
        : siblings
            .slice(0, siblings.indexOf(anchor))
            .filter((sibling) => sibling.matches(FOCUSABLE))
            .reverse(),
    };
  }

  /** Where focus goes when the focused control left. */
  #fallback({ part, row, rows, before }: FocusSpot): HTMLElement | null {
    const inside = (scope: ParentNode) => (part ? scope.querySelector(`[part~="${part}"]`) : null);
    let candidates: Array<Element | null>;
    if (row) {
      const index = rows.indexOf(row);
      const stayed = (list: readonly Element[]) => list.filter((other) => other.isConnected);
      const next = stayed(rows.slice(index + 1));
      const previous = stayed(rows.slice(0, index)).reverse();
      // The row itself first: it may only have been drawn anew (another density).
      candidates = [...stayed([row]), ...next, ...previous].map(inside);
    } else {
      candidates = [inside(this.#root), ...before];
    }
    candidates.push(
      this.#root.querySelector('[part~="list"][tabindex]'),
      this.#root.querySelector('[part~="chip"][aria-pressed="true"]'),
      this.#root.querySelector('[part~="chip"]'),
    );
    return candidates.find(canFocus) ?? null;
  }
}
