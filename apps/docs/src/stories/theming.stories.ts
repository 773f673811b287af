import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { liveJob } from '../playground/live-job.js';
import {
  caption,
  elementControls,
  listTemplate,
  type ElementArgs,
} from '../playground/element-stories.js';
import { localeOf } from '../locales.js';

const controls = elementControls('input-progress-list', {
  limit: 5,
  'poll-interval': 1000,
  offset: 0,
});

/** The list in each colour scheme and in a theme of its own. */
const meta: Meta<ElementArgs> = {
  title: 'Theming',
  component: 'input-progress-list',
  tags: ['expect-rows'],
  args: controls.args,
  argTypes: controls.argTypes,
  render: (args, { id, globals }) =>
    html`${controls.styleTemplate(args)}${listTemplate(args, {
      jobId: liveJob(id, args).id,
      strings: localeOf(globals.locale).strings,
    })}`,
};
export default meta;

type Story = StoryObj<ElementArgs>;

/** The default colours, light. */
export const Light: Story = { globals: { scheme: 'light' } };

/** `color-scheme: dark` on the element (it follows `prefers-color-scheme` by default). */
export const Dark: Story = { globals: { scheme: 'dark' } };

/**
 * A theme made only of the public custom properties and parts: no private class or
 * selector, so it survives upgrades. Move the controls to try others.
 */
export const CustomTheme: Story = {
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
  render: (args, { id, globals }) =>
    html`${controls.styleTemplate(args)}
      <style>
        .custom-theme input-progress-list::part(base) {
          border: 2px solid #6d28d9;
          box-shadow: 4px 4px 0 #c4b5fd;
        }
        .custom-theme input-progress-list::part(chip) {
          text-transform: uppercase;
          letter-spacing: 0.04em;
        }
      </style>
      <div class="custom-theme">
        ${listTemplate(args, { jobId: liveJob(id, args).id, strings: localeOf(globals.locale).strings })}
      </div>`,
};

/**
 * Windows high contrast: bars, badges, chips and the live dot take system colours. To see it
 * here, turn on forced colours in your system, or in Chrome's DevTools (Rendering → Emulate
 * CSS media feature forced-colors). The story test opens it with forced colours emulated.
 */
export const ForcedColors: Story = {
  name: 'Forced colours',
  tags: ['forced-colors'],
  render: (args, { id, globals }) =>
    html`${caption('Emulate forced-colors: active (DevTools → Rendering) to see this story as high-contrast users do.')}
    ${listTemplate(args, { jobId: liveJob(id, args).id, strings: localeOf(globals.locale).strings })}`,
};
