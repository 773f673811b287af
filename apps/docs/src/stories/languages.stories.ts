import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { liveJob } from '../playground/live-job.js';
import { elementControls, listTemplate, type ElementArgs } from '../playground/element-stories.js';
import { LOCALES, localeOf } from '../locales.js';

const controls = elementControls('input-progress-list', {
  limit: 5,
  'poll-interval': 1000,
  offset: 0,
});

/**
 * Texts come from a strings table, numbers and times from `Intl` in the nearest `lang`.
 * Every story follows the toolbar's language and direction; these show them side by side.
 */
const meta: Meta<ElementArgs> = {
  title: 'Languages',
  component: 'input-progress-list',
  tags: ['expect-rows'],
  args: controls.args,
  argTypes: controls.argTypes,
};
export default meta;

type Story = StoryObj<ElementArgs>;

/** One list per locale the docs know (`src/locales.ts`: adding a locale is one line there). */
export const EveryLocale: Story = {
  name: 'Every locale',
  render: (args, { id }) => {
    const job = liveJob(id, args);
    return html`${LOCALES.map(
      (locale) =>
        html`<section
          lang=${locale.lang}
          dir=${locale.dir}
          aria-label=${locale.label}
          class="locale-sample"
        >
          <h2>${locale.label}</h2>
          ${listTemplate(args, { jobId: job.id, strings: locale.strings })}
        </section>`,
    )}`;
  },
};

/** Right to left: the layout mirrors (logical properties throughout). */
export const RightToLeft: Story = {
  name: 'Right to left',
  globals: { direction: 'rtl' },
  render: (args, { id, globals }) =>
    listTemplate(args, { jobId: liveJob(id, args).id, strings: localeOf(globals.locale).strings }),
};
