/**
 * The status of the job a list shows, from the records its own header (an
 * `<input-progress-job>` in its shadow root) loads: the list words its empty state by it
 * without a request of its own.
 */
import type { LitElement } from 'lit';
import type { InputProgressJobLoadEvent } from '../events.js';

export class JobStatus {
  readonly #host: LitElement;
  #latest: { readonly jobId: string; readonly status: string } | null = null;

  constructor(host: LitElement) {
    this.#host = host;
    host.addEventListener('input-progress-job-load', (event) => this.#loaded(event));
  }

  /** The status of `jobId`'s latest record, or null when none of it loaded yet. */
  of(jobId: string | null | undefined): string | null {
    return this.#latest && this.#latest.jobId === jobId ? this.#latest.status : null;
  }

  #loaded(event: InputProgressJobLoadEvent): void {
    // Only the host's own header: a job element the page put inside the list is not its job.
    const source = event.composedPath()[0] as Node;
    if (source.getRootNode() !== this.#host.renderRoot) return;
    const { id: jobId, status } = event.detail.job;
    if (this.#latest?.jobId === jobId && this.#latest.status === status) return;
    this.#latest = { jobId, status };
    this.#host.requestUpdate();
  }
}
