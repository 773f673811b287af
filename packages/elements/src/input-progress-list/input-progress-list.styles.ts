import { css } from 'lit';

/** Styles of `<input-progress-list>`; the theme comes from `themeStyles`. */
export const listStyles = css`
  [part='base'],
  [part='header'],
  .box {
    display: grid;
    /* Nothing inside may widen the list: long names are cut in the rows. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  [part='base'] {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .row,
  [part='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .row {
    justify-content: space-between;
  }
  [part='header'],
  nav {
    font-size: 0.875em;
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.75em;
  }
  /* Fields show their edge at 3:1 or more against the surface. */
  select,
  input {
    border-color: var(--_muted);
  }
  input {
    width: 5em;
    padding: 0.25em 0.5em;
  }
  [aria-invalid='true'] {
    border-color: var(--_failed);
  }
  [part='page-error'] {
    flex-basis: 100%;
  }
  :disabled {
    color: var(--_muted);
  }
  [aria-pressed='true'] {
    color: var(--_on-status);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  [part='chip'] {
    border-radius: 1em;
  }
  .live {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
  }
  .dot {
    width: 0.5em;
    height: 0.5em;
    border-radius: 50%;
    background: var(--_muted);
  }
  [data-state='live'] .dot {
    background: var(--_completed);
    animation: pulse 2s infinite;
  }
  [data-state='backing-off'] .dot,
  [data-state='offline'] .dot {
    background: var(--_failed);
  }
  @keyframes pulse {
    50% {
      opacity: 0.3;
    }
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    border-top: 1px solid var(--_border);
  }
  /* Rows off screen are neither laid out nor painted until they come near the viewport (they
     stay in the accessibility tree and in find-in-page); each keeps the height it last had,
     and a row never shown counts as a typical one. Only the height is given: the width is
     the list's. Paint is contained to each item, which the rows' padding leaves room for the
     focus rings in. */
  [part='item'] {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 9rem;
  }
  /* Compact rows are all one line (about 2.3rem): no remembered height, so rows off screen
     are one line high from the moment the density changes. */
  :host([density='compact']) [part='item'] {
    contain-intrinsic-block-size: 2.25rem;
  }
  /* A light veil: muted text under it keeps 4.5:1 or more in both schemes. */
  [aria-busy='true'] {
    opacity: 0.9;
  }
  [part='skeleton'] {
    height: 7.5rem;
  }
  :host([density='compact']) [part='skeleton'] {
    height: 2.25rem;
  }
  [part='skeleton']::before {
    content: '';
    display: block;
    margin: var(--_space);
    height: 1rem;
    width: 40%;
    border-radius: var(--_radius);
    background: var(--_track);
    animation: pulse 1.5s infinite;
  }
  .box {
    padding: var(--_space);
    justify-items: center;
  }
  .stale {
    padding: 0.5em var(--_space);
    border: 1px solid;
    border-radius: var(--_radius);
  }
`;
