import { html } from 'lit';
import type { RenderItem } from '@input-progress/elements';
import { liveJob } from '../playground/live-job.js';
import { liveList, liveMeta, type ElementStory } from '../playground/element-stories.js';
import { mountHeadless } from '../playground/headless-view.js';
import { BASE_URL } from '../playground/page-api.js';

const { args, argTypes } = liveMeta('input-progress-list', { limit: 8 });

export default { title: 'Recipes', args, argTypes };

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

export const RenderItemStory: ElementStory = {
  name: 'renderItem',
  tags: ['expect-own-rows'],
  render: liveList({ renderItem: ownRow }),
};

/** The headless core driving plain DOM: `createFeed`, `subscribe`, `getSnapshot`, no Lit, no elements. */
export const HeadlessCore: ElementStory = {
  name: 'Headless core, plain DOM',
  tags: ['expect-headless'],
  render: (args, { id }) => {
    const view = document.createElement('div');
    view.className = 'headless-view';
    mountHeadless(view, { baseUrl: BASE_URL, jobId: liveJob(id, args).id, pollInterval: 1000 });
    return view;
  },
};
