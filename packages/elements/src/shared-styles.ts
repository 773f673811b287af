import { css } from 'lit';

/**
 * The theme both elements share. Public `--input-progress-*` properties are read with
 * defaults into private `--_*` ones, so a value set on `<input-progress-list>` still reaches
 * the rows inside its shadow root (a default declared on the row's `:host` would hide it).
 * Colours use `light-dark()`, which follows `prefers-color-scheme` through `color-scheme`.
 */
export const themeStyles = css`
  :host {
    display: block;
    color-scheme: light dark;
    --_muted: var(--input-progress-color-muted, light-dark(#59636e, #9198a1));
    --_surface: var(--input-progress-color-surface, light-dark(#fff, #0d1117));
    --_border: var(--input-progress-color-border, light-dark(#d1d9e0, #3d444d));
    --_track: var(--input-progress-color-track, light-dark(#e6e9ec, #262c36));
    --_accent: var(--input-progress-color-accent, light-dark(#0a5fc2, #58a6ff));
    --_on-status: var(--input-progress-color-on-status, var(--_surface));
    --_completed: var(--input-progress-color-completed, light-dark(#1a7f37, #3fb950));
    --_failed: var(--input-progress-color-failed, light-dark(#b42318, #ff7b72));
    --_radius: var(--input-progress-radius, 0.375rem);
    --_space: var(--input-progress-spacing, 0.75rem);
    font-family: var(--input-progress-font, inherit);
    color: var(--input-progress-color-text, light-dark(#1f2328, #e6edf3));
    background: var(--_surface);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }
  /* Text that gives way on one line, ending in an ellipsis (its whole self is in a title). */
  .clip {
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .bar {
    overflow: hidden;
    height: var(--input-progress-bar-height, 0.5rem);
    border-radius: var(--_radius);
    background: var(--_track);
    /* The bar's size never depends on what is inside it: a change in there lays out and
       paints the bar alone, never the page around it. */
    contain: strict;
  }
  /* The filled part is scaled, not resized: a moving bar is composited, with no layout or
     paint of the page in any frame of its transition. */
  .indicator {
    height: 100%;
    background: var(--_status, var(--_accent));
    transform-origin: left;
    transition: transform 0.3s;
  }
  .bar:dir(rtl) .indicator {
    transform-origin: right;
  }
  p {
    margin: 0;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .error {
    color: var(--_failed);
    font-weight: 600;
  }
`;

/**
 * Forced colours and reduced motion, in one place for every element. Each element lists this
 * sheet last, so these rules win over its own colours and motion at equal specificity.
 */
export const userPreferenceStyles = css`
  @media (forced-colors: active) {
    .bar,
    [part~='row-badge'] {
      border: 1px solid;
    }
    .indicator {
      background: Highlight;
    }
    .input-row[data-status='failed'] .indicator {
      background: Mark;
    }
    [aria-pressed='true'],
    [data-state] .dot {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
