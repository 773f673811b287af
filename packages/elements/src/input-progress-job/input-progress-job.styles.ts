import { css } from 'lit';

/**
 * Styles of the job header, in `<input-progress-job>` and in the list; the theme comes from
 * `themeStyles`. They select by class: in the list, the parts are named `job-*`.
 */
export const jobStyles = css`
  /* On the surface colour in its own element and in the list alike. */
  .job {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    background: var(--_surface);
  }
  .job-line,
  .job-pace {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: center;
    justify-content: space-between;
  }
  .job-line:first-child {
    flex-wrap: nowrap;
  }
  .job-name,
  .job-summary {
    font-weight: 600;
  }
  .job-summary {
    font-size: 1.15em;
  }
  .job-status {
    flex: none;
    font-size: 0.875em;
  }
  .job-bar {
    display: flex;
  }
  .job-segment {
    height: 100%;
    background: var(--_track);
    transition: width 0.3s;
  }
  /* Neighbouring segments are told apart by a line of the surface between them, whatever
     their colours. */
  .job-segment + .job-segment {
    box-shadow: inset 2px 0 var(--_surface);
  }
  .job-segment:dir(rtl) + .job-segment {
    box-shadow: inset -2px 0 var(--_surface);
  }
  .job-segment[data-status='completed'] {
    background: var(--_completed);
  }
  .job-segment[data-status='failed'] {
    background: var(--_failed);
  }
  .job-segment[data-status='processing'] {
    background: var(--input-progress-color-processing, var(--_accent));
  }
  .job-segment[data-status='pending'] {
    background: var(--input-progress-color-pending, var(--_muted));
  }
  .job-pace {
    justify-content: flex-start;
    font-size: 0.875em;
  }
  .job-throughput {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
  }
  .job-sparkline {
    width: 5em;
    height: 1.25em;
    stroke: var(--_completed);
    stroke-width: 1.5;
  }
  @media (forced-colors: active) {
    .job-segment {
      forced-color-adjust: none;
      border-right: 1px solid Canvas;
    }
    .job-sparkline {
      stroke: CanvasText;
    }
  }
`;
