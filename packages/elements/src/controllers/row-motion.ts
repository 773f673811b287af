/**
 * Moves reordered rows to their new place smoothly (FLIP, with `@lit-labs/motion`'s
 * `animate` on each row) and instantly when the user prefers reduced motion, followed live.
 * Rows are measured only when the items changed, never on a poll that changed nothing.
 */
import { AnimateController } from '@lit-labs/motion';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const REDUCE = '(prefers-reduced-motion: reduce)';

/** Default options of the host's `animate()` directives, and their on/off switch. */
export class RowMotion implements ReactiveController {
  readonly #animations: AnimateController;
  #query: MediaQueryList | null = null;
  readonly #follow = () => {
    this.#animations.disabled = !!this.#query?.matches;
  };

  /** `items` returns what the rows show; a new value (identity) is what makes rows move. */
  constructor(host: ReactiveControllerHost, items: () => unknown) {
    this.#animations = new AnimateController(host, {
      defaultOptions: {
        // Position only: a row whose height changed must not be stretched on its way.
        properties: ['left', 'top'],
        keyframeOptions: { duration: 250, easing: 'ease-out' },
        guard: items,
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
