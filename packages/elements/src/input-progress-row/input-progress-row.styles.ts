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
  [part='header'] {
    justify-content: space-between;
    font-weight: 600;
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
`;
