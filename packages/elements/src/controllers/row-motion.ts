/**
 * Moves rows to their new place smoothly (FLIP: measure every row, let the update move them,
 * measure again, and play each one's way from the old place to the new with the Web
 * Animations API), and instantly when the user prefers reduced motion, followed live.
 *
 * One controller does it for the whole list, and only for an update in which a row that stays
 * on screen changes place: never for the first rows, a new page, or a poll that only changed
 * what some rows show (measuring is a layout read of every row). A directive per row (such as
 * `@lit-labs/motion`'s `animate`) would be one more object, controller and directive update
 * per row in every render, paid on every poll by lists of hundreds of rows that rarely move.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedItem } from '@input-progress/core';

const REDUCE = '(prefers-reduced-motion: reduce)';
/** How a row travels to its new place: position only, so a row whose height changed is not stretched. */
const MOVE: KeyframeAnimationOptions = { duration: 250, easing: 'ease-out' };

/** The host's rows (`[part~="item"]` in its render root) and their order of input ids. */
export interface RowMotionHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
}

export class RowMotion implements ReactiveController {
  readonly #host: RowMotionHost;
  readonly #ids: RowIds;
  #query: MediaQueryList | null = null;
  /** The ids of the rows on screen since the latest update, in their order. */
  #shown: readonly string[] = [];
  /** Where each row was before an update that moves rows (null for any other update). */
  #before: Map<Element, DOMRect> | null = null;
  /** Each row's move under way: a new move starts from where the row is drawn now. */
  readonly #moves = new WeakMap<Element, Animation>();

  /** `items` returns the rows the host renders. */
  constructor(host: RowMotionHost, items: () => readonly FeedItem[] | undefined) {
    this.#host = host;
    this.#ids = new RowIds(items);
    host.addController(this);
  }

  hostConnected(): void {
    this.#query = matchMedia(REDUCE);
  }

  hostDisconnected(): void {
    this.#query = null;
  }

  hostUpdate(): void {
    this.#before =
      this.#query?.matches || !moved(this.#shown, this.#ids.current())
        ? null
        : new Map(this.#rows().map((row) => [row, row.getBoundingClientRect()]));
  }

  hostUpdated(): void {
    this.#shown = this.#ids.current();
    const before = this.#before;
    this.#before = null;
    if (!before) return;
    for (const [row, was] of before) {
      if (!row.isConnected) continue;
      this.#moves.get(row)?.cancel();
      const now = row.getBoundingClientRect();
      const dx = was.left - now.left;
      const dy = was.top - now.top;
      if (!dx && !dy) continue;
      this.#moves.set(
        row,
        row.animate([{ transform: `translate(${dx}px, ${dy}px)` }, { transform: 'none' }], MOVE),
      );
    }
  }

  #rows(): Element[] {
    return [...this.#host.renderRoot.querySelectorAll('[part~="item"]')];
  }
}

/** Whether a row that is in both `before` and `after` is at another place in `after`. */
function moved(before: readonly string[], after: readonly string[]): boolean {
  if (before === after || before.length === 0) return false;
  const places = new Map(before.map((id, place) => [id, place]));
  return after.some((id, place) => {
    const was = places.get(id);
    return was !== undefined && was !== place;
  });
}

/** The rows' input ids in their order, worked out once per items array. */
class RowIds {
  #items: readonly FeedItem[] | undefined;
  #ids: readonly string[] = [];

  constructor(readonly items: () => readonly FeedItem[] | undefined) {}

  current(): readonly string[] {
    const items = this.items();
    if (items !== this.#items) {
      this.#items = items;
      this.#ids = (items ?? []).map((item) => item.input.id);
    }
    return this.#ids;
  }
}
