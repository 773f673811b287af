import type { FeedItem, FeedSnapshot, InputStatus, Order } from '@input-progress/core';

const init = { bubbles: true, composed: true } as const;

/** Detail of {@link InputProgressUpdateEvent}. */
export interface InputProgressUpdateDetail {
  /** The feed's snapshot after the load, as rendered. */
  readonly snapshot: FeedSnapshot;
}

/**
 * A load brought data that differs from the previous event's: the items, the counts or the
 * total changed (always for the first load of a feed). Polls and refreshes that found
 * everything as it was fire nothing.
 */
export class InputProgressUpdateEvent extends CustomEvent<InputProgressUpdateDetail> {
  static readonly eventName = 'input-progress-update';
  constructor(detail: InputProgressUpdateDetail) {
    super(InputProgressUpdateEvent.eventName, { ...init, detail });
  }
}

/** Detail of {@link InputProgressErrorEvent}. */
export interface InputProgressErrorDetail {
  /** Usually one of core's typed errors (`ApiError`, `NetworkError`, `TimeoutError`, `ResponseShapeError`). */
  readonly error: Error;
  /** True when earlier data is still shown (a later poll failed), false when nothing could load. */
  readonly stale: boolean;
}

/** A load failed, or the list has neither a `job-id` nor a `feed`. The element shows the error itself; listen to log or report it. */
export class InputProgressErrorEvent extends CustomEvent<InputProgressErrorDetail> {
  static readonly eventName = 'input-progress-error';
  constructor(detail: InputProgressErrorDetail) {
    super(InputProgressErrorEvent.eventName, { ...init, detail });
  }
}

/** Detail of {@link InputProgressPageChangeEvent}. */
export interface InputProgressPageChangeDetail {
  /** 1-based page now requested. */
  readonly page: number;
  /** Items skipped before the page, as requested from the API (`offset`). */
  readonly offset: number;
  /** The page size (`limit`). */
  readonly limit: number;
}

/** The user moved to another page or chose another page size. */
export class InputProgressPageChangeEvent extends CustomEvent<InputProgressPageChangeDetail> {
  static readonly eventName = 'input-progress-page-change';
  constructor(detail: InputProgressPageChangeDetail) {
    super(InputProgressPageChangeEvent.eventName, { ...init, detail });
  }
}

/** Detail of {@link InputProgressFilterChangeEvent}. */
export interface InputProgressFilterChangeDetail {
  /** Statuses shown; empty means every status. */
  readonly statuses: readonly InputStatus[];
  readonly order: Order;
  readonly portName: string | null;
}

/** The user toggled a status filter or the order. */
export class InputProgressFilterChangeEvent extends CustomEvent<InputProgressFilterChangeDetail> {
  static readonly eventName = 'input-progress-filter-change';
  constructor(detail: InputProgressFilterChangeDetail) {
    super(InputProgressFilterChangeEvent.eventName, { ...init, detail });
  }
}

/** Detail of {@link InputProgressSettleEvent}. */
export interface InputProgressSettleDetail {
  /** The input's id (`input.id`). */
  readonly inputId: string;
  readonly filename: string;
  /**
   * `completed` or `failed`. `null` when the input left the page (a finished input moves to
   * its status bucket, often on another page, or out of the status filter) while both the
   * completed and the failed count rose, so which way it went is unknown.
   */
  readonly status: InputStatus | null;
  /** The input as last shown: its finished state, or its last pending/processing state when it left the page. */
  readonly item: FeedItem;
}

/**
 * An input finished since the previous poll: one on the page reached `completed` or
 * `failed`, or one that was pending or processing on the page is gone from it while the
 * job's completed/failed counts rose (as many such inputs as the counts account for). One
 * event per input.
 */
export class InputProgressSettleEvent extends CustomEvent<InputProgressSettleDetail> {
  static readonly eventName = 'input-progress-settle';
  constructor(detail: InputProgressSettleDetail) {
    super(InputProgressSettleEvent.eventName, { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'input-progress-update': InputProgressUpdateEvent;
    'input-progress-error': InputProgressErrorEvent;
    'input-progress-page-change': InputProgressPageChangeEvent;
    'input-progress-filter-change': InputProgressFilterChangeEvent;
    'input-progress-settle': InputProgressSettleEvent;
  }
}
