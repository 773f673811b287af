import { LitElement, type PropertyDeclarations } from 'lit';
import { systemClock, type Clock } from '@input-progress/core';
import { LangController } from './controllers/lang-controller.js';
import { formattersFor, type Formatters } from './formatters.js';
import { resolveStrings } from './resolve-strings.js';
import type { InputProgressStrings } from './strings.js';

/** The words an element renders in: its strings and the formatters of its language. */
export interface Words {
  readonly strings: InputProgressStrings;
  readonly formatters: Formatters;
}

/**
 * What every element of the package shares: its text overrides, the clock its times count on,
 * and the words of its nearest `lang` (followed live).
 */
export class WordedElement extends LitElement {
  static override properties: PropertyDeclarations = {
    clock: { attribute: false },
    strings: { attribute: false },
  };

  /**
   * The clock the element's times count on, and the client and feed it builds run on (default:
   * the real one). Give every element of a page the same clock, e.g. core's
   * `createFakeClock()` in your tests; the list hands its own to its job header, and a feed
   * handed in keeps its own.
   */
  declare clock: Clock;

  /** Text overrides; missing keys use the translation of the nearest `lang`, then English. */
  declare strings: Partial<InputProgressStrings> | null;

  readonly #lang = new LangController(this);

  constructor() {
    super();
    // Reactive properties are `declare`d and set in constructors: a class field would hide
    // Lit's accessor (the subclasses do the same).
    this.clock = systemClock;
    this.strings = null;
  }

  /** English, under the translation of the nearest `lang`, under `strings`; and its formatters. */
  protected words(): Words {
    return {
      strings: resolveStrings(this.strings, this.#lang.lang),
      formatters: formattersFor(this.#lang.lang),
    };
  }
}
