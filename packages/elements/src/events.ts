import type { FeedItem, FeedSnapshot, InputStatus, Job, Order } from '@input-progress/core';

/** The shape every event class below shares: a bubbling, composed event named `eventName`. */
interface InputProgressEventClass<D> {
  /** The event's type, as passed to `addEventListener`. */
  readonly eventName: string;
  new (detail: D): CustomEvent<D>;
}

/**
 * The base class of one event type: each public event class extends what this returns, so it
 * stays its own class (`instanceof` tells them apart) while the constructor is written once.
 */
const eventClass = <D>(eventName: string): InputProgressEventClass<D> =>
  class extends CustomEvent<D> {
    static readonly eventName = eventName;
    constructor(detail: D) {
      super(eventName, { bubbles: true, composed: true, detail });
    }
  };

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
export class InputProgressUpdateEvent extends eventClass<InputProgressUpdateDetail>(
  'input-progress-update',
) {
  declare static readonly eventName: 'input-progress-update';
}

/** Detail of {@link InputProgressErrorEvent}. */
export interface InputProgressErrorDetail {
  /** Usually one of core's typed errors (`ApiError`, `NetworkError`, `TimeoutError`, `ResponseShapeError`). */
  readonly error: Error;
  /** True when earlier data is still shown (a later poll failed), false when nothing could load. */
  readonly stale: boolean;
}

/** A load failed, or the list has neither a `job-id` nor a `feed`. The element shows the error itself; listen to log or report it. */
export class InputProgressErrorEvent extends eventClass<InputProgressErrorDetail>(
  'input-progress-error',
) {
  declare static readonly eventName: 'input-progress-error';
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
export class InputProgressPageChangeEvent extends eventClass<InputProgressPageChangeDetail>(
  'input-progress-page-change',
) {
  declare static readonly eventName: 'input-progress-page-change';
}

/** Detail of {@link InputProgressFilterChangeEvent}. */
export interface InputProgressFilterChangeDetail {
  /** Statuses shown; empty means every status. */
  readonly statuses: readonly InputStatus[];
  readonly order: Order;
  readonly portName: string | null;
}

/** The user toggled a status filter or the order. */
export class InputProgressFilterChangeEvent extends eventClass<InputProgressFilterChangeDetail>(
  'input-progress-filter-change',
) {
  declare static readonly eventName: 'input-progress-filter-change';
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
export class InputProgressSettleEvent extends eventClass<InputProgressSettleDetail>(
  'input-progress-settle',
) {
  declare static readonly eventName: 'input-progress-settle';
}

/** Detail of {@link InputProgressJobLoadEvent}. */
export interface InputProgressJobLoadDetail {
  /** The job record as loaded (`GET /batch/jobs/{id}`). */
  readonly job: Job;
}

/**
 * `<input-progress-job>` (alone, or as the list's header) loaded the job record: when the
 * counts first arrive, when every input finished, and at most once a minute while inputs run.
 */
export class InputProgressJobLoadEvent extends eventClass<InputProgressJobLoadDetail>(
  'input-progress-job-load',
) {
  declare static readonly eventName: 'input-progress-job-load';
}

/** What an {@link InputProgressWarningEvent} is about. */
export type InputProgressWarningCode =
  /** The server sent more items than the page size asked for (`limit`); the extra ones are not shown. */
  'ignored-items';

/** Detail of {@link InputProgressWarningEvent}. */
export interface InputProgressWarningDetail {
  readonly code: InputProgressWarningCode;
  /** What is wrong, in an English sentence for logs (never shown to users). */
  readonly message: string;
  /** The feed's snapshot the warning is about, as rendered (e.g. `ignoredItems`, `query.limit`). */
  readonly snapshot: FeedSnapshot;
}

/**
 * Something is wrong that the element works around without the user noticing, such as a
 * server that does not honour the page size: worth a log line, not an error state. Fired once
 * per feed, however many polls bring the same trouble.
 */
export class InputProgressWarningEvent extends eventClass<InputProgressWarningDetail>(
  'input-progress-warning',
) {
  declare static readonly eventName: 'input-progress-warning';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'input-progress-job-load': InputProgressJobLoadEvent;
    'input-progress-update': InputProgressUpdateEvent;
    'input-progress-error': InputProgressErrorEvent;
    'input-progress-page-change': InputProgressPageChangeEvent;
    'input-progress-filter-change': InputProgressFilterChangeEvent;
    'input-progress-settle': InputProgressSettleEvent;
    'input-progress-warning': InputProgressWarningEvent;
  }
}
