/**
 * Server-renders the elements with @lit-labs/ssr, as a Node server would: the Node SSR test
 * reads the markup, and the hydration test gets it from the test server (see
 * web-test-runner.config.mjs). Runs in Node only.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import type { FeedItem } from '@input-progress/core';
import '../define.js';

/** A list as a page would serve it, with `defer-hydration` so a test decides when it hydrates. */
export function renderList(
  jobId: string,
  baseUrl: string,
  deferHydration = false,
): Promise<string> {
  return collectResult(
    render(
      html`<input-progress-list
        job-id=${jobId}
        base-url=${baseUrl}
        ?defer-hydration=${deferHydration}
      ></input-progress-list>`,
    ),
  );
}

/** A job header as a page would serve it, with `defer-hydration` so a test decides when it hydrates. */
export function renderJob(jobId: string, baseUrl: string, deferHydration = false): Promise<string> {
  return collectResult(
    render(
      html`<input-progress-job
        job-id=${jobId}
        base-url=${baseUrl}
        poll-interval="0"
        ?defer-hydration=${deferHydration}
      ></input-progress-job>`,
    ),
  );
}

/** A row for `item`, with `defer-hydration` so a test can hand the item over first. */
export function renderRow(item: FeedItem, deferHydration = false): Promise<string> {
  return collectResult(
    render(
      html`<input-progress-row
        .item=${item}
        ?defer-hydration=${deferHydration}
      ></input-progress-row>`,
    ),
  );
}
