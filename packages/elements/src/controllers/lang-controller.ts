/**
 * The language of the nearest `lang` (through shadow roots), read when the host connects and
 * followed afterwards: one MutationObserver on the document, shared by every host, re-renders
 * the hosts whose language changed, so switching the page's language shows at once. A
 * translation registered later (a locale module that loaded after the elements) re-renders
 * every host too.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { onTranslationRegistered } from '../locale-registry.js';

const hosts = new Set<LangController>();
let observer: MutationObserver | null = null;

/** The browser's language, or English where there is none (a server without `navigator`). */
const fallbackLang = (): string =>
  (globalThis as { navigator?: { language?: string } }).navigator?.language ?? 'en';

/** The `lang` of `element`'s closest ancestor, looking through shadow roots to their hosts. */
function nearestLang(element: Element): string | null {
  // A document has no `host`, which ends the walk.
  for (let el: Element | undefined = element; el; el = (el.getRootNode() as ShadowRoot).host) {
    const lang = el.closest('[lang]')?.getAttribute('lang');
    if (lang) return lang;
  }
  return null;
}

/** Gives its host the language to format and word things in. */
export class LangController implements ReactiveController {
  readonly #host: ReactiveElement;
  #lang: string | null = null;
  #stopFollowingRegistry: (() => void) | null = null;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * The language in use: the nearest `lang` once connected; before that (on a server) the
   * element's own `lang`, else the browser's or English. Server-render with `lang` on the
   * element (or the page's language) so the hydrated text matches.
   */
  get lang(): string {
    return this.#lang ?? this.#host.getAttribute('lang') ?? fallbackLang();
  }

  hostConnected(): void {
    this.#lang = nearestLang(this.#host);
    hosts.add(this);
    this.#stopFollowingRegistry = onTranslationRegistered(() => this.#host.requestUpdate());
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((controller) => controller.#follow()));
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang'],
        subtree: true,
      });
    }
  }

  hostDisconnected(): void {
    this.#stopFollowingRegistry?.();
    this.#stopFollowingRegistry = null;
    hosts.delete(this);
    if (!hosts.size) {
      observer?.disconnect();
      observer = null;
    }
  }

  #follow(): void {
    const lang = nearestLang(this.#host);
    if (lang === this.#lang) return;
    this.#lang = lang;
    this.#host.requestUpdate();
  }
}
