import type { PropertyDeclarations } from 'lit';
import type { InputProgressClient, InputProgressFeed } from '@input-progress/core';
import { DEFAULT_POLL_INTERVAL } from './controllers/feed-binding.js';
import { WordedElement } from './worded-element.js';

/**
 * What `<input-progress-list>` and `<input-progress-job>` share: where their feed comes from
 * (a job on an API root with a key, a client, or a feed handed in) and how often it polls;
 * with the clock and the text overrides every element has (`WordedElement`). Each builds its
 * `FeedBinding` from these.
 */
export class FeedElement extends WordedElement {
  static override properties: PropertyDeclarations = {
    jobId: { attribute: 'job-id' },
    baseUrl: { attribute: 'base-url' },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    apiKey: { attribute: false },
    client: { attribute: false },
    feed: { attribute: false },
  };

  /** The batch job to show (required unless `feed` is set). */
  declare jobId: string | null;

  /** The API root, e.g. `/api` on your own backend (core's default: the public API). */
  declare baseUrl: string | null;

  /**
   * Milliseconds between polls while inputs are pending or processing; `0` turns polling off.
   * A change applies to the running feed at once (the data stays). Ignored when `feed` is set.
   */
  declare pollInterval: number;

  /**
   * An API key, for trusted internal tools only (public pages should point `base-url` at a
   * backend that adds it). Sent only as an `Authorization` header: never reflected to an
   * attribute, rendered, logged or put in a URL.
   */
  declare apiKey: string | null;

  /** A core client to use instead of one built from `base-url` and `apiKey`. */
  declare client: InputProgressClient | null;

  /**
   * A core feed to show instead of building one; several elements can share it (a list and
   * an `<input-progress-job>` of the same job). The element never destroys a feed it was given.
   */
  declare feed: InputProgressFeed | null;

  constructor() {
    super();
    this.jobId = null;
    this.baseUrl = null;
    this.pollInterval = DEFAULT_POLL_INTERVAL;
    this.apiKey = null;
    this.client = null;
    this.feed = null;
  }
}
