/**
 * Keeps focus where it was across an update: a keyed re-order moves row nodes, and a browser
 * drops the focus of a node it moves. The focused element (looked up through the rows' shadow
 * roots) gets it back, unless it left the page.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export class FocusKeeper implements ReactiveController {
  readonly #host: ReactiveElement;
  #focused: HTMLElement | null = null;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#focused = this.#deepActive();
  }

  hostUpdated(): void {
    const focused = this.#focused;
    this.#focused = null;
    if (focused?.isConnected && this.#deepActive() !== focused)
      focused.focus({ preventScroll: true });
  }

  /** The focused element inside the host, through nested shadow roots; null when focus is elsewhere. */
  #deepActive(): HTMLElement | null {
    let active = (this.#host.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    while (active?.shadowRoot?.activeElement)
      active = active.shadowRoot.activeElement as HTMLElement;
    return active;
  }
}
