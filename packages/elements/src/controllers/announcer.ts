/**
 * The polite live region that tells screen-reader users which inputs finished: settles are
 * gathered and said at most once per `every` ms, so a burst is read as one sentence.
 */
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Clock } from '@input-progress/core';
import type { Settled, SettledInput } from '../settled-items.js';

/** Settles gathered while the throttle waits. */
export interface SettledBatch {
  /** The first input that can be named, if any. */
  readonly first: SettledInput | undefined;
  /** How many of the job's inputs completed and failed in the batch. */
  readonly completed: number;
  readonly failed: number;
}

/** Options of {@link Announcer}. */
export interface AnnouncerOptions {
  /** The least time between two announcements, in ms. */
  readonly every: number;
  /** Words the batch, in the host's language as it is when the sentence is said. */
  readonly sentence: (batch: SettledBatch) => string;
  /** The host's clock, read when the throttle needs the time or a timer. */
  readonly clock: () => Clock;
}

/** Throttles and words settle announcements; {@link render} is the live region's content. */
export class Announcer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: AnnouncerOptions;
  #text = '';
  /** Counts announcements: a new key gives a repeated sentence a new text node, so it is read again. */
  #count = 0;
  #batch: { first: SettledInput | undefined; completed: number; failed: number } | null = null;
  #timer: unknown = undefined;
  /** The clock `#timer` was armed on. */
  #armedOn: Clock | null = null;
  #lastAt = -Infinity;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: AnnouncerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Adds what finished to the next announcement. */
  add(settled: Settled): void {
    // A removed element has nobody to tell.
    if (!this.#connected || (!settled.completed && !settled.failed)) return;
    const batch = (this.#batch ??= { first: undefined, completed: 0, failed: 0 });
    batch.first ??= settled.inputs[0];
    batch.completed += settled.completed;
    batch.failed += settled.failed;
    if (this.#timer !== undefined) return;
    this.#armedOn = this.#options.clock();
    const wait = Math.max(0, this.#lastAt + this.#options.every - this.#armedOn.now());
    this.#timer = this.#armedOn.setTimeout(() => this.#say(), wait);
  }

  /** The live region's content: the latest sentence, keyed so a repeat is read again. */
  render(): TemplateResult {
    return html`${keyed(this.#count, this.#text)}`;
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#armedOn?.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#batch = null;
  }

  #say(): void {
    this.#timer = undefined;
    this.#lastAt = this.#options.clock().now();
    const batch = this.#batch;
    this.#batch = null;
    if (!batch) return;
    this.#text = this.#options.sentence(batch);
    this.#count++;
    this.#host.requestUpdate();
  }
}
