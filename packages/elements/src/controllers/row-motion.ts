/**
 * Moves reordered rows to their new place smoothly (FLIP, with `@lit-labs/motion`'s
 * `animate` on each row) and instantly when the user prefers reduced motion, followed live.
 * Rows are measured only when their order changed (an input moved, came or went), never on
 * a poll that only changed what some rows show: measuring is a layout read of every row.
 */
import { AnimateController } from '@lit-labs/motion';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedItem } from '@input-progress/core';

const REDUCE = '(prefers-reduced-motion: reduce)';

/** Default options of the host's `animate()` directives, and their on/off switch. */
export class RowMotion implements ReactiveController {
  readonly #animations: AnimateController;
  #query: MediaQueryList | null = null;
  readonly #follow = () => {
    this.#animations.disabled = !!this.#query?.matches;
  };

  /** `items` returns the rows shown; each row's `animate()` runs when their order changed. */
  constructor(host: ReactiveControllerHost, items: () => readonly FeedItem[] | undefined) {
    const order = new RowOrder(items);
    this.#animations = new AnimateController(host, {
      defaultOptions: {
        // Position only: a row whose height changed must not be stretched on its way.
        properties: ['left', 'top'],
        keyframeOptions: { duration: 250, easing: 'ease-out' },
        guard: () => order.key(),
      },
    });
    host.addController(this);
  }

  /** Whether moves are instant (the user prefers reduced motion). */
  get disabled(): boolean {
    return this.#animations.disabled;
  }

  hostConnected(): void {
    this.#query = matchMedia(REDUCE);
    this.#follow();
    this.#query.addEventListener('change', this.#follow);
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#follow);
    this.#query = null;
  }
}

/**
 * The rows' order as one string of input ids, worked out once per items array: every row's
 * `animate()` asks for it on each update of the list, and compares it by identity.
 */
class RowOrder {
  #items: readonly FeedItem[] | undefined;
  #key = '';

  constructor(readonly items: () => readonly FeedItem[] | undefined) {}

  key(): string {
    const items = this.items();
    if (items !== this.#items) {
      this.#items = items;
      const key = JSON.stringify((items ?? []).map((item) => item.input.id));
      // The same order keeps the earlier string object, so each row's check is a pointer
      // comparison rather than one of two long strings.
      if (key !== this.#key) this.#key = key;
    }
    return this.#key;
  }
}
