/** @jsxImportSource solid-js */
// The Solid entry adds both tags to solid-js' JSX.IntrinsicElements, with `on:` events.
import type {} from '@input-progress/elements/solid';

export const ok = (
  <input-progress-list
    job-id="job_1"
    order="desc"
    limit={20}
    on:input-progress-settle={(event) => event.detail.inputId}
  />
);

// @ts-expect-error order is 'asc' | 'desc'
export const badOrder = <input-progress-list order="sideways" />;
// @ts-expect-error limit is a number
export const badLimit = <input-progress-list limit="ten" />;
export const badDetail = (
  <input-progress-list
    // @ts-expect-error the settle event's detail has no `fileName`
    on:input-progress-settle={(e) => e.detail.fileName}
  />
);
