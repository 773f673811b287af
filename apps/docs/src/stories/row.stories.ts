import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { FeedItem } from '@input-progress/core';
import { elementControls, type ElementArgs } from '../playground/element-stories.js';
import { itemIn, sampleItems } from '../playground/sample-items.js';
import { localeOf } from '../locales.js';

const controls = elementControls('input-progress-row', {});

interface RowStoryArgs extends ElementArgs {
  /** Which sample input the row shows. */
  sample: 'completed' | 'failed' | 'processing' | 'processing without metrics' | 'pending';
}

/**
 * `<input-progress-row>` is presentational: give it an `item` (one of a feed's `items`) and
 * it renders that input. The items here are real ones, loaded through core's feed from a job
 * of the in-page simulator stopped at a moment with an input in every status.
 */
const meta: Meta<RowStoryArgs> = {
  title: 'Elements/Row',
  component: 'input-progress-row',
  tags: ['expect-row'],
  loaders: [async () => ({ items: await sampleItems() })],
  args: { ...controls.args, sample: 'processing' },
  argTypes: {
    ...controls.argTypes,
    sample: {
      description: 'The sample input shown.',
      control: 'select',
      options: ['completed', 'failed', 'processing', 'processing without metrics', 'pending'],
    },
  },
  render: (args, { loaded, globals }) => {
    const items = loaded.items as readonly FeedItem[];
    const item =
      args.sample === 'processing without metrics'
        ? itemIn(items, 'processing', false)
        : itemIn(items, args.sample);
    return html`${controls.styleTemplate(args)}<input-progress-row
        density=${String(args.density ?? 'comfortable')}
        ?expanded=${Boolean(args.expanded)}
        .item=${item}
        .strings=${localeOf(globals.locale).strings}
      ></input-progress-row>`;
  },
};
export default meta;

type Story = StoryObj<RowStoryArgs>;

export const Processing: Story = {};
export const ProcessingWithoutMetrics: Story = {
  name: 'Processing, no metrics',
  args: { sample: 'processing without metrics' },
};
export const Pending: Story = { args: { sample: 'pending' } };
export const Completed: Story = { args: { sample: 'completed' } };
export const Failed: Story = { args: { sample: 'failed' } };
export const Compact: Story = { args: { sample: 'processing', density: 'compact' } };
export const CompactExpanded: Story = {
  name: 'Compact, expanded',
  args: { sample: 'failed', density: 'compact', expanded: true },
};
