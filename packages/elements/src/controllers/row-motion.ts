/**
 * Moves rows to their new place smoothly (FLIP, with `@lit-labs/motion`'s `animate` on each
 * row) and instantly when the user prefers reduced motion, followed live. Measuring is a
 * layout read of every row, so rows are measured only for an update in which a row that stays
 * on screen changes place: never for the first rows, a new page, or a poll that only changed
 * what some rows show.
 */
import { Animate, AnimateController } from '@lit-labs/motion';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directive } from 'lit/directive.js';
import type { FeedItem } from '@input-progress/core';

const REDUCE = '(prefers-reduced-motion: reduce)';

/**
 * `animate()` for a row:
 * - it leaves the row alone in the update that first rendered it (the plain one measures
 *   every new element there, for an "in" animation rows do not have, which lays a new page of
 *   500 rows out synchronously in script);
 * - it is the host's controller only while its row is on the page (the plain one stays one
 *   for good, so a long-lived list would keep every row it ever showed, and visit them all on
 *   each update).
 */
class RowAnimate extends Animate {
  #host: ReactiveControllerHost | undefined;
  /** Set by the first update that starts with the row already on screen. */
  #onScreen = false;

  override update(
    part: Parameters<Animate['update']>[0],
    props: Parameters<this['render']>,
  ): ReturnType<Animate['update']> {
    this.#host ??= part.options?.host as ReactiveControllerHost | undefined;
    return super.update(part, props);
  }

  override hostUpdate(): void {
    this.#onScreen = true;
    super.hostUpdate();
  }

  override async hostUpdated(): Promise<void> {
    if (this.#onScreen) await super.hostUpdated();
  }

  override async disconnected(): Promise<void> {
    this.#host?.removeController(this);
    await super.disconnected();
  }

  override reconnected(): void {
    this.#host?.addController(this);
    super.reconnected();
  }
}

/** Put on each row's element: the row moves to its new place when it changes place. */
export const animateRow = directive(RowAnimate);

/** Default options of the host's `animate()` directives, and when they may run. */
export class RowMotion implements ReactiveController {
  readonly #animations: AnimateController;
  readonly #ids: RowIds;
  #query: MediaQueryList | null = null;
  /** The ids of the rows on screen since the latest update, in their order. */
  #shown: readonly string[] = [];

  /** `items` returns the rows the host renders. */
  constructor(host: ReactiveControllerHost, items: () => readonly FeedItem[] | undefined) {
    this.#ids = new RowIds(items);
    this.#animations = new AnimateController(host, {
      defaultOptions: {
        // Position only: a row whose height changed must not be stretched on its way.
        properties: ['left', 'top'],
        keyframeOptions: { duration: 250, easing: 'ease-out' },
      },
    });
    // Added before any row's `animate()` (they add themselves when first rendered, and again
    // when put back), so `hostUpdate` below decides before they look.
    host.addController(this);
  }

  hostConnected(): void {
    this.#query = matchMedia(REDUCE);
  }

  hostDisconnected(): void {
    this.#query = null;
  }

  hostUpdate(): void {
    const reduce = !!this.#query?.matches;
    this.#animations.disabled = reduce || !moved(this.#shown, this.#ids.current());
  }

  hostUpdated(): void {
    this.#shown = this.#ids.current();
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
