/**
 * A tiny subscribable base with lazy start and stop (after TanStack Query's Subscribable):
 * work starts with the first listener and stops with the last, so an unobserved store
 * costs nothing.
 */
export class Subscribable<Listener extends (...args: never[]) => void> {
  protected listeners = new Set<Listener>();

  /** Adds a listener; returns the function that removes it (calling it twice is harmless). */
  subscribe(listener: Listener): () => void {
    const wrapped = ((...args: never[]) => listener(...args)) as Listener;
    this.listeners.add(wrapped);
    if (this.listeners.size === 1) this.onSubscribe();
    return () => {
      if (this.listeners.delete(wrapped) && !this.listeners.size) this.onUnsubscribe();
    };
  }

  /** Called when the first listener arrives. */
  protected onSubscribe(): void {}

  /** Called when the last listener leaves. */
  protected onUnsubscribe(): void {}
}
