/**
 * Moves reordered rows to their new place smoothly (FLIP, with `@lit-labs/motion`'s
 * `animate` on each row) and instantly when the user prefers reduced motion, followed live.
 * Measuring is a layout read of every row, so rows are measured only for an update that
 * reorders rows already on screen: never for the first rows, nor for a poll that only
 * changed what some rows show.
 */
import { Animate, AnimateController } from '@lit-labs/motion';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directive } from 'lit/directive.js';
import type { FeedItem } from '@input-progress/core';

const REDUCE = '(prefers-reduced-motion: reduce)';

/**
 * `animate()` that leaves a row alone in the update that first rendered it. The plain one
 * measures every new element there (for an "in" animation, which rows do not have), and a
 * new page of 500 rows would be laid out synchronously, in script, to be measured for nothing.
 */
class RowAnimate extends Animate {
  /** Set by the first update that starts with the row already on screen. */
  #onScreen = false;

  override hostUpdate(): void {
    this.#onScreen = true;
    super.hostUpdate();
  }

  override async hostUpdated(): Promise<void> {
    if (this.#onScreen) await super.hostUpdated();
  }
}

/** Put on each row's element: the row moves to its new place when the rows reorder. */
export const animateRow = directive(RowAnimate);

/** Default options of the host's `animate()` directives, and when they may run. */
export class RowMotion implements ReactiveController {
  readonly #animations: AnimateController;
  readonly #order: RowOrder;
  #query: MediaQueryList | null = null;
  /** The order of the rows on screen since the latest update ('' while there are none). */
  #shown = '';

  /** `items` returns the rows the host renders. */
  constructor(host: ReactiveControllerHost, items: () => readonly FeedItem[] | undefined) {
    this.#order = new RowOrder(items);
    this.#animations = new AnimateController(host, {
      defaultOptions: {
        // Position only: a row whose height changed must not be stretched on its way.
        properties: ['left', 'top'],
        keyframeOptions: { duration: 250, easing: 'ease-out' },
      },
    });
    // Added before any row's `animate()` (they add themselves when first rendered), so
    // `hostUpdate` below decides before they look.
    host.addController(this);
  }

  /** Whether moves are instant (the user prefers reduced motion). */
  get disabled(): boolean {
    return !!this.#query?.matches;
  }

  hostConnected(): void {
    this.#query = matchMedia(REDUCE);
  }

  hostDisconnected(): void {
    this.#query = null;
  }

  hostUpdate(): void {
    const order = this.#order.key();
    this.#animations.disabled = this.disabled || this.#shown === '' || order === this.#shown;
  }

  hostUpdated(): void {
    this.#shown = this.#order.key();
  }
}

/**
 * The rows' order as one string of input ids ('' for no rows), worked out once per items
 * array, so asking for it on every update of the list costs a comparison.
 */
class RowOrder {
  #items: readonly FeedItem[] | undefined;
  #key = '';

  constructor(readonly items: () => readonly FeedItem[] | undefined) {}

  key(): string {
    const items = this.items();
    if (items !== this.#items) {
      this.#items = items;
      this.#key = items?.length ? JSON.stringify(items.map((item) => item.input.id)) : '';
    }
    return this.#key;
  }
}
