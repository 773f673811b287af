import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { RenderItem } from '@input-progress/elements';
import { liveJob } from '../playground/live-job.js';
import { elementControls, listTemplate, type ElementArgs } from '../playground/element-stories.js';
import { mountHeadless } from '../playground/headless-view.js';
import { BASE_URL } from '../playground/page-api.js';
import { localeOf } from '../locales.js';

const controls = elementControls('input-progress-list', {
  limit: 8,
  'poll-interval': 1000,
  offset: 0,
});

const meta: Meta<ElementArgs> = {
  title: 'Recipes',
  args: controls.args,
  argTypes: controls.argTypes,
};
export default meta;

type Story = StoryObj<ElementArgs>;

/** A row template of your own (`renderItem`): the list keeps loading, paging, filters and announcements. */
const ownRow: RenderItem = (item, { index }) =>
  html`<div class="own-row">
    <strong>${index + 1}. ${item.input.data.filename}</strong>
    <progress
      max="100"
      .value=${item.percent ?? 0}
      aria-label=${`Progress of ${item.input.data.filename}`}
    ></progress>
    <span
      >${item.input.status}${item.percent === null ? '' : ` · ${Math.round(item.percent)}%`}</span
    >
  </div>`;

export const RenderItemStory: Story = {
  name: 'renderItem',
  tags: ['expect-own-rows'],
  render: (args, { id, globals }) =>
    listTemplate(args, {
      jobId: liveJob(id, args).id,
      strings: localeOf(globals.locale).strings,
      renderItem: ownRow,
    }),
};

/** The headless core driving plain DOM: `createFeed`, `subscribe`, `getSnapshot`, no Lit, no elements. */
export const HeadlessCore: Story = {
  name: 'Headless core, plain DOM',
  tags: ['expect-headless'],
  render: (args, { id }) => {
    const view = document.createElement('div');
    view.className = 'headless-view';
    mountHeadless(view, { baseUrl: BASE_URL, jobId: liveJob(id, args).id, pollInterval: 1000 });
    return view;
  },
};
