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
  /* The name's link is its own clipping box: its focus ring is drawn inside it, where no
     ellipsis can cut it off. */
  [part~='row-name'] {
    min-width: 0;
  }
  [part~='row-link'] {
    display: block;
    outline-offset: -2px;
  }
  /* Compact: one line of at most 40 px at a 16 px root font, in fixed columns (name, badge,
     bar, percent, time left, disclosure) that line up from row to row whatever each row says;
     a failed input's error takes the percent and time-left columns. Narrower than 34em (a
     phone, or 200 % text) the row takes two lines: name and badge, then the rest. */
  .input-row.compact {
    gap: 0.25rem;
    padding: 0.375rem var(--_space);
    container-type: inline-size;
  }
  .input-row.compact [part~='row-header'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 8em minmax(3em, 10em) 3.5em 8em 2.25em;
    grid-template-areas: 'name badge bar percent eta toggle';
    gap: 0.25rem 0.75em;
    font-weight: 400;
  }
  @container (max-width: 34em) {
    .input-row.compact [part~='row-header'] {
      grid-template-columns: minmax(0, 1fr) 3.5em 6.5em 2.25em;
      grid-template-areas:
        'name name badge badge'
        'bar percent eta toggle';
    }
  }
  .input-row.compact [part~='row-name'] {
    grid-area: name;
    font-weight: 600;
  }
  .input-row.compact [part~='row-badge'] {
    grid-area: badge;
    justify-self: start;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .input-row.compact .bar {
    grid-area: bar;
  }
  .input-row.compact [part~='row-progress'] {
    display: contents;
  }
  .input-row.compact .percent {
    grid-area: percent;
  }
  .input-row.compact .eta {
    grid-area: eta;
  }
  .input-row.compact .percent,
  .input-row.compact .eta,
  .input-row.compact [part~='row-header'] > [part~='row-error'] {
    font-size: 0.875em;
  }
  .input-row.compact [part~='row-header'] > [part~='row-error'] {
    grid-row: bar;
    grid-column: percent-start / eta-end;
  }
  .input-row.compact [part~='row-toggle'] {
    grid-area: toggle;
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
    /* A control's edge at 3:1 or more against the surface. */
    border: 1px solid var(--_muted);
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
  /* Right to left (Arabic, Hebrew, …): the slide starts at the right end and runs leftwards. */
  .indeterminate .indicator:dir(rtl) {
    animation-name: slide-rtl;
  }
  @keyframes slide-rtl {
    from {
      transform: translateX(100%);
    }
    to {
      transform: translateX(-250%);
    }
  }
`;
