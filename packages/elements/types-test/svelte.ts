// The Svelte entry adds both tags to svelte/elements' SvelteHTMLElements.
import type {} from '@input-progress/elements/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

type ListAttributes = SvelteHTMLElements['input-progress-list'];

export const ok: ListAttributes = {
  'job-id': 'job_1',
  order: 'asc',
  'poll-interval': 1000,
  class: 'jobs',
  'oninput-progress-settle': (event) => event.detail.status,
};

// @ts-expect-error order is 'asc' | 'desc'
export const badOrder: ListAttributes = { order: 'sideways' };
// @ts-expect-error poll-interval is a number
export const badPoll: ListAttributes = { 'poll-interval': 'often' };
// @ts-expect-error a row's item is a feed item
export const badItem: SvelteHTMLElements['input-progress-row'] = { item: 'inp_1' };
