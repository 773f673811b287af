/**
 * Rows never move under the person: while the pointer is over the list or focus is inside it,
 * rows keep the places they have (their content still updates, rows that left the page go,
 * new ones come last). When the pointer leaves and focus moves out, the API's order is
 * applied, with the rows' usual motion. A new query (another page, filter or order: the
 * person asked for it) is shown in its own order at once.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { FeedItem, Pagination } from '@input-progress/core';

const idOf = (item: FeedItem) => item.input.id;

export class HeldOrder implements ReactiveController {
  readonly #host: ReactiveElement;
  #pointerInside = false;
  #focusInside = false;
  /** The last arrangement: what it was made from, and the rows in their shown order. */
  #from: readonly FeedItem[] = [];
  #query: Pagination | null = null;
  #shown: readonly FeedItem[] = [];

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether rows keep their places now. */
  get held(): boolean {
    return this.#pointerInside || this.#focusInside;
  }

  /** `items` (of `query`) in the order to show them; the same array while nothing changed. */
  arrange(items: readonly FeedItem[], query: Pagination | null): readonly FeedItem[] {
    if (items === this.#from && query === this.#query) return this.#shown;
    const keep = this.held && query === this.#query;
    this.#from = items;
    this.#query = query;
    if (!keep) return (this.#shown = items);
    const byId = new Map(items.map((item) => [idOf(item), item]));
    const kept = this.#shown.flatMap((item) => byId.get(idOf(item)) ?? []);
    const keptIds = new Set(kept.map(idOf));
    const next = [...kept, ...items.filter((item) => !keptIds.has(idOf(item)))];
    const same = next.length === items.length && next.every((item, index) => item === items[index]);
    return (this.#shown = same ? items : next);
  }

  hostConnected(): void {
    this.#host.addEventListener('pointerenter', this.#enter);
    this.#host.addEventListener('pointerleave', this.#leave);
    this.#host.addEventListener('focusin', this.#focusIn);
    this.#host.addEventListener('focusout', this.#focusOut);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('pointerenter', this.#enter);
    this.#host.removeEventListener('pointerleave', this.#leave);
    this.#host.removeEventListener('focusin', this.#focusIn);
    this.#host.removeEventListener('focusout', this.#focusOut);
    this.#pointerInside = this.#focusInside = false;
  }

  #set(pointerInside: boolean, focusInside: boolean): void {
    const wasHeld = this.held;
    this.#pointerInside = pointerInside;
    this.#focusInside = focusInside;
    // Let go: the rows take the API's order now (a new arrangement is made on the next render).
    if (wasHeld && !this.held) {
      this.#from = [];
      this.#host.requestUpdate();
    }
  }

  readonly #enter = () => this.#set(true, this.#focusInside);
  readonly #leave = () => this.#set(false, this.#focusInside);
  readonly #focusIn = () => this.#set(this.#pointerInside, true);
  readonly #focusOut = (event: FocusEvent) => {
    // Focus moving between the list's own controls stays inside (a target in the shadow root
    // is seen here as the host itself).
    const to = event.relatedTarget as Node | null;
    this.#set(this.#pointerInside, !!to && (to === this.#host || this.#host.contains(to)));
  };
}
