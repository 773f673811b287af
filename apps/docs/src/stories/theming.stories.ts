import { html } from 'lit';
import { caption, liveList, liveMeta, type ElementStory } from '../playground/element-stories.js';

const themed = liveMeta('input-progress-list', { limit: 5 });

/** The list in each colour scheme and in a theme of its own. */
export default { title: 'Theming', tags: ['expect-rows'], ...themed };

/** The default colours, light. */
export const Light: ElementStory = { globals: { scheme: 'light' } };

/** `color-scheme: dark` on the element (it follows `prefers-color-scheme` by default). */
export const Dark: ElementStory = { globals: { scheme: 'dark' } };

/**
 * A theme made only of the public custom properties and parts: no private class or
 * selector, so it survives upgrades. Move the controls to try others.
 */
export const CustomTheme: ElementStory = {
  name: 'Custom theme',
  args: {
    '--input-progress-font': "Georgia, 'Times New Roman', serif",
    '--input-progress-color-accent': '#6d28d9',
    '--input-progress-color-processing': '#6d28d9',
    '--input-progress-color-completed': '#047857',
    '--input-progress-color-border': '#c4b5fd',
    '--input-progress-radius': '0',
    '--input-progress-bar-height': '4px',
    '--input-progress-spacing': '0.5rem',
  },
  render: (args, context) =>
    html`<style>
        .custom-theme input-progress-list::part(base) {
          border: 2px solid #6d28d9;
          box-shadow: 4px 4px 0 #c4b5fd;
        }
        .custom-theme input-progress-list::part(chip) {
          text-transform: uppercase;
          letter-spacing: 0.04em;
        }
      </style>
      <div class="custom-theme">${themed.render!(args, context)}</div>`,
};

/**
 * Windows high contrast: bars, badges, chips and the live dot take system colours. To see it
 * here, turn on forced colours in your system, or in Chrome's DevTools (Rendering → Emulate
 * CSS media feature forced-colors). The story test opens it with forced colours emulated.
 */
export const ForcedColors: ElementStory = {
  name: 'Forced colours',
  tags: ['forced-colors'],
  render: (args, context) =>
    html`${caption('Emulate forced-colors: active (DevTools → Rendering) to see this story as high-contrast users do.')}
    ${liveList()(args, context)}`,
};
