import { css } from 'lit';

/** Styles of `<input-progress-job>`; the theme comes from `themeStyles`. */
export const jobStyles = css`
  [part='base'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
  }
  .line,
  .pace {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: center;
    justify-content: space-between;
  }
  .line:first-child {
    flex-wrap: nowrap;
  }
  [part='name'],
  [part='summary'] {
    font-weight: 600;
  }
  [part='summary'] {
    font-size: 1.15em;
  }
  [part='status'] {
    flex: none;
    font-size: 0.875em;
  }
  [part='bar'] {
    display: flex;
  }
  [part='segment'] {
    height: 100%;
    background: var(--_track);
    transition: width 0.3s;
  }
  /* Neighbouring segments are told apart by a line of the surface between them, whatever
     their colours. */
  [part='segment'] + [part='segment'] {
    box-shadow: inset 2px 0 var(--_surface);
  }
  [part='segment']:dir(rtl) + [part='segment'] {
    box-shadow: inset -2px 0 var(--_surface);
  }
  [part='segment'][data-status='completed'] {
    background: var(--_completed);
  }
  [part='segment'][data-status='failed'] {
    background: var(--_failed);
  }
  [part='segment'][data-status='processing'] {
    background: var(--input-progress-color-processing, var(--_accent));
  }
  [part='segment'][data-status='pending'] {
    background: var(--input-progress-color-pending, var(--_muted));
  }
  .pace {
    justify-content: flex-start;
    font-size: 0.875em;
  }
  [part='throughput'] {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
  }
  [part='sparkline'] {
    width: 5em;
    height: 1.25em;
    stroke: var(--_completed);
    stroke-width: 1.5;
  }
  @media (forced-colors: active) {
    [part='segment'] {
      forced-color-adjust: none;
      border-right: 1px solid Canvas;
    }
    [part='sparkline'] {
      stroke: CanvasText;
    }
  }
`;
