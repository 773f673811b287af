// The web components as React components: @lit/react wrappers that set properties (not
// attributes) and turn `onInputProgress…` props into typed event listeners. Importing this
// module registers the tags (through the elements' define module), on the server too, where
// Lit keeps its own registry and no DOM is touched.
import React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import {
  InputProgressErrorEvent,
  InputProgressFilterChangeEvent,
  InputProgressJob as InputProgressJobElement,
  InputProgressList as InputProgressListElement,
  InputProgressPageChangeEvent,
  InputProgressRow as InputProgressRowElement,
  InputProgressSettleEvent,
  InputProgressUpdateEvent,
  InputProgressWarningEvent,
} from '@input-progress/elements/define.js';

/** The event props of the `input-progress-*` events, each typed with its event class. */
export const events = {
  onInputProgressUpdate: InputProgressUpdateEvent.eventName as EventName<InputProgressUpdateEvent>,
  onInputProgressError: InputProgressErrorEvent.eventName as EventName<InputProgressErrorEvent>,
  onInputProgressSettle: InputProgressSettleEvent.eventName as EventName<InputProgressSettleEvent>,
  onInputProgressPageChange:
    InputProgressPageChangeEvent.eventName as EventName<InputProgressPageChangeEvent>,
  onInputProgressFilterChange:
    InputProgressFilterChangeEvent.eventName as EventName<InputProgressFilterChangeEvent>,
  onInputProgressWarning:
    InputProgressWarningEvent.eventName as EventName<InputProgressWarningEvent>,
};

/** The event props an element without events takes. */
const noEvents = {};

/** One element as a React component named after its class. */
const wrap = <I extends HTMLElement, E extends Record<string, EventName | string>>(
  tagName: string,
  elementClass: new () => I,
  elementEvents: E,
  displayName: string,
): ReactWebComponent<I, E> =>
  createComponent({ react: React, tagName, elementClass, events: elementEvents, displayName });

/**
 * `<input-progress-list>` as a React component: a live, paginated list of a batch job's
 * inputs. Props are the element's properties (`jobId`, `baseUrl`, `limit`, `pollInterval`,
 * `feed`, `client`, `strings`, …) and its events as `onInputProgressUpdate`,
 * `onInputProgressError`, `onInputProgressSettle`, `onInputProgressPageChange`,
 * `onInputProgressFilterChange` and `onInputProgressWarning`, each called with the typed event.
 *
 * @example
 * <InputProgressList jobId="job_123" baseUrl="/api" onInputProgressSettle={(e) => log(e.detail.filename)} />
 */
export const InputProgressList = wrap(
  'input-progress-list',
  InputProgressListElement,
  events,
  'InputProgressList',
);

/**
 * `<input-progress-row>` as a React component: one input (`item`, an element of a feed
 * snapshot's `items`), for lists you lay out yourself.
 */
export const InputProgressRow = wrap(
  'input-progress-row',
  InputProgressRowElement,
  noEvents,
  'InputProgressRow',
);

/**
 * `<input-progress-job>` as a React component: the job at a glance (name and status,
 * segmented bar, summary with failures, throughput, time left, elapsed). Give it `jobId` and
 * `baseUrl`, or the `feed` of {@link useInputProgressFeed} to share that feed's polling;
 * `onInputProgressError` is called when the job record cannot be loaded.
 *
 * @example
 * const { feed } = useInputProgressFeed({ jobId, baseUrl });
 * return <InputProgressJob feed={feed} />;
 */
export const InputProgressJob = wrap(
  'input-progress-job',
  InputProgressJobElement,
  { onInputProgressError: events.onInputProgressError },
  'InputProgressJob',
);

/** Props of {@link InputProgressList}. */
export type InputProgressListProps = React.ComponentProps<typeof InputProgressList>;
/** Props of {@link InputProgressRow}. */
export type InputProgressRowProps = React.ComponentProps<typeof InputProgressRow>;
/** Props of {@link InputProgressJob}. */
export type InputProgressJobProps = React.ComponentProps<typeof InputProgressJob>;
