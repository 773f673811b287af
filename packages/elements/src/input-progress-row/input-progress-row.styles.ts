import { css } from 'lit';

/** Styles of `<input-progress-row>`; the theme comes from `themeStyles`. */
export const rowStyles = css`
  :host {
    display: block;
    contain: content;
  }
  .base {
    display: grid;
    gap: calc(var(--_space) / 3);
    padding: var(--_space);
    line-height: 1.4;
  }
  .header {
    display: flex;
    gap: calc(var(--_space) / 2);
    align-items: baseline;
    justify-content: space-between;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
    margin: 0;
    font-size: inherit;
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .badge {
    flex: none;
    padding: 0 0.5em;
    border-radius: 1em;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_on-status);
    background: var(--_status-color);
    border: 1px solid transparent;
  }
  .details,
  .times,
  .message,
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    margin: 0;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .kind {
    font-weight: 600;
  }
  .error {
    margin: 0;
    color: var(--_failed);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    margin: 0;
    font-size: 0.8125em;
  }
  dt,
  dd {
    display: inline;
    margin: 0;
    overflow-wrap: anywhere;
  }
  dt::after {
    content: ':';
  }
  :host {
    --_status-color: var(--_processing);
  }
  :host([status='pending']) {
    --_status-color: var(--_pending);
  }
  :host([status='completed']) {
    --_status-color: var(--_completed);
  }
  :host([status='failed']) {
    --_status-color: var(--_failed);
  }
  .indicator {
    background: var(--_status-color);
  }
  .bar.indeterminate .indicator {
    width: 40%;
    animation: slide 1.5s ease-in-out infinite;
  }
  @keyframes slide {
    from {
      transform: translateX(-100%);
    }
    to {
      transform: translateX(250%);
    }
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    :host([status='failed']) .indicator {
      background: Mark;
    }
  }
`;
