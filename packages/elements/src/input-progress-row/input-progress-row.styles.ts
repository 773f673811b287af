import { css } from 'lit';

/** Styles of `<input-progress-row>`; the theme comes from `themeStyles`. */
export const rowStyles = css`
  :host {
    --_status: var(--input-progress-color-processing, var(--_accent));
  }
  :host([status='pending']) {
    --_status: var(--input-progress-color-pending, var(--_muted));
  }
  :host([status='completed']) {
    --_status: var(--_completed);
  }
  :host([status='failed']) {
    --_status: var(--_failed);
  }
  [part='base'] {
    display: grid;
    /* Lines never grow past the row: a long name is cut, not the row widened. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
    padding: var(--_space);
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  [part='header'],
  .line {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    align-items: baseline;
  }
  /* The badge never drops below the name: the name gives way, ending in an ellipsis. */
  [part='header'] {
    flex-wrap: nowrap;
    justify-content: space-between;
    align-items: center;
    font-weight: 600;
  }
  [part='badge'],
  [part='toggle'] {
    flex: none;
    white-space: nowrap;
  }
  .line {
    font-size: 0.875em;
  }
  a {
    color: var(--_accent);
  }
  [part='badge'] {
    padding: 0 0.5em;
    border-radius: 1em;
    font-size: 0.8125em;
    color: var(--_on-status);
    background: var(--_status);
    border: 1px solid transparent;
  }
  /* Compact: one line of at most 40 px at a 16 px root font. */
  :host([density='compact']) [part='base'] {
    gap: 0.25rem;
    padding: 0.375rem var(--_space);
  }
  :host([density='compact']) [part='header'] {
    gap: 0.75em;
    font-weight: 400;
  }
  /* On a narrow screen the bar and the progress text give way first; the name keeps a few
     characters and its whole self in its title. */
  :host([density='compact']) [part='name'] {
    flex: 1 1 8em;
    min-width: 5em;
    font-weight: 600;
  }
  :host([density='compact']) .bar {
    flex: 1 1 6em;
    min-width: 2em;
    max-width: 10em;
  }
  :host([density='compact']) [part='progress'],
  :host([density='compact']) [part='error'] {
    flex: 0 1 auto;
    max-width: 16em;
    font-size: 0.875em;
  }
  /* The percentage stays whole; the time left after it gives way. */
  :host([density='compact']) [part='progress'] {
    min-width: 3.5em;
  }
  .expanded [part='error'] {
    white-space: normal;
  }
  [part='more'] {
    display: grid;
    gap: 0.25rem;
  }
  [hidden] {
    display: none;
  }
  [part='toggle'] {
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
  .expanded .chevron::before {
    transform: rotate(90deg);
  }
  [part='kind'] {
    font-weight: 600;
  }
  .indeterminate .indicator {
    width: 40%;
    animation: slide 1.5s infinite;
  }
  @keyframes slide {
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
