import { css } from 'lit';

/**
 * Styles of a row, in `<input-progress-row>` and in the list's own shadow root alike (every
 * rule is scoped to the row's root, `.input-row`); the theme comes from `themeStyles`.
 */
export const rowStyles = css`
  .input-row {
    --_status: var(--input-progress-color-processing, var(--_accent));
  }
  .input-row[data-status='pending'] {
    --_status: var(--input-progress-color-pending, var(--_muted));
  }
  .input-row[data-status='completed'] {
    --_status: var(--_completed);
  }
  .input-row[data-status='failed'] {
    --_status: var(--_failed);
  }
  .input-row {
    display: grid;
    /* Lines never grow past the row: a long name is cut, not the row widened. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
    padding: var(--_space);
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  [part~='row-header'],
  .input-row .line {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    align-items: baseline;
  }
  /* The badge never drops below the name: the name gives way, ending in an ellipsis. */
  [part~='row-header'] {
    flex-wrap: nowrap;
    justify-content: space-between;
    align-items: center;
    font-weight: 600;
  }
  [part~='row-badge'],
  [part~='row-toggle'] {
    flex: none;
    white-space: nowrap;
  }
  .input-row .line {
    font-size: 0.875em;
  }
  .input-row a {
    color: var(--_accent);
  }
  [part~='row-badge'] {
    padding: 0 0.5em;
    border-radius: 1em;
    font-size: 0.8125em;
    color: var(--_on-status);
    background: var(--_status);
    border: 1px solid transparent;
  }
  /* Compact: one line of at most 40 px at a 16 px root font. */
  .input-row.compact {
    gap: 0.25rem;
    padding: 0.375rem var(--_space);
  }
  .input-row.compact [part~='row-header'] {
    gap: 0.75em;
    font-weight: 400;
  }
  /* On a narrow screen the bar and the progress text give way first; the name keeps a few
     characters and its whole self in its title. */
  .input-row.compact [part~='row-name'] {
    flex: 1 1 8em;
    min-width: 5em;
    font-weight: 600;
  }
  .input-row.compact .bar {
    flex: 1 1 6em;
    min-width: 2em;
    max-width: 10em;
  }
  .input-row.compact [part~='row-progress'],
  .input-row.compact [part~='row-error'] {
    flex: 0 1 auto;
    max-width: 16em;
    font-size: 0.875em;
  }
  /* The percentage stays whole; the time left after it gives way. */
  .input-row.compact [part~='row-progress'] {
    min-width: 3.5em;
  }
  .input-row.expanded [part~='row-error'] {
    white-space: normal;
  }
  [part~='row-more'] {
    display: grid;
    gap: 0.25rem;
  }
  .input-row [hidden] {
    display: none;
  }
  [part~='row-toggle'] {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 0.5em;
    line-height: 1.4;
  }
  .chevron::before {
    content: '▸';
    display: inline-block;
  }
  .input-row.expanded .chevron::before {
    transform: rotate(90deg);
  }
  [part~='row-kind'] {
    font-weight: 600;
  }
  .input-row .indeterminate .indicator {
    width: 40%;
    animation: row-slide 1.5s infinite;
  }
  @keyframes row-slide {
    from {
      transform: translateX(-100%);
    }
    to {
      transform: translateX(250%);
    }
  }
`;
