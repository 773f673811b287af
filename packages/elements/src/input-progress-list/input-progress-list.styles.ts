import { css } from 'lit';

/** Styles of `<input-progress-list>`; the theme comes from `themeStyles`. */
export const listStyles = css`
  :host {
    display: block;
  }
  .base {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .header,
  .toolbar,
  .pagination,
  .status-line {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }
  .header {
    display: grid;
  }
  .status-line {
    flex-wrap: nowrap;
  }
  .summary {
    flex: 1;
    min-width: 0;
    margin: 0;
    font-weight: 600;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    flex: 1;
  }
  button,
  select {
    font: inherit;
    font-size: 0.875em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.75em;
    min-height: 2em;
    cursor: pointer;
  }
  button:disabled {
    cursor: default;
    color: var(--_muted);
  }
  button:focus-visible,
  select:focus-visible,
  .list:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .chip {
    border-radius: 1em;
  }
  .chip[aria-pressed='true'] {
    color: var(--_on-status);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .live {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
    font-size: 0.875em;
  }
  .dot {
    width: 0.5em;
    height: 0.5em;
    border-radius: 50%;
    background: var(--_muted);
  }
  .live[data-state='live'] .dot {
    background: var(--_completed);
    animation: pulse 2s ease-in-out infinite;
  }
  .live[data-state='backing-off'] .dot,
  .live[data-state='offline'] .dot {
    background: var(--_failed);
  }
  @keyframes pulse {
    50% {
      opacity: 0.3;
    }
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    border-top: 1px solid var(--_border);
  }
  /* Rows follow the list's colour scheme (a row alone follows the user's). */
  input-progress-row {
    color-scheme: inherit;
  }
  .list > li {
    border-bottom: 1px solid var(--_border);
  }
  .list[aria-busy='true'] {
    opacity: 0.7;
  }
  .skeleton {
    height: var(--_skeleton-height, 7.5rem);
    box-sizing: border-box;
    padding: var(--_space);
    display: grid;
    gap: 0.5rem;
    align-content: start;
  }
  .skeleton span {
    display: block;
    height: 0.9rem;
    border-radius: var(--_radius);
    background: var(--_track);
    animation: pulse 1.5s ease-in-out infinite;
  }
  .skeleton span:first-child {
    width: 40%;
  }
  .skeleton span:last-child {
    width: 70%;
  }
  .message-box {
    padding: calc(var(--_space) * 2) var(--_space);
    text-align: center;
    display: grid;
    gap: var(--_space);
    justify-items: center;
  }
  .error,
  .stale {
    color: var(--_failed);
    font-weight: 600;
    margin: 0;
  }
  .stale {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
    justify-content: space-between;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_failed);
    border-radius: var(--_radius);
  }
  .pagination {
    justify-content: space-between;
  }
  .pagination label {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
    font-size: 0.875em;
  }
  .visually-hidden:not(:focus):not(:active) {
    position: absolute;
  }
  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
    .dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
