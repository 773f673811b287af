import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { liveJob } from '../playground/live-job.js';
import { elementControls, jobTemplate, type ElementArgs } from '../playground/element-stories.js';
import { localeOf } from '../locales.js';

const controls = elementControls('input-progress-job', { 'poll-interval': 1000 });

/**
 * `<input-progress-job>`: the job at a glance (segmented bar, summary with failures,
 * throughput, time left), alone, on a job of the in-page simulator.
 */
const meta: Meta<ElementArgs> = {
  title: 'Elements/Job',
  component: 'input-progress-job',
  tags: ['expect-job'],
  args: { ...controls.args, inputs: 200, concurrency: 12 },
  argTypes: controls.argTypes,
  render: (args, { id, globals }) =>
    html`${controls.styleTemplate(args)}${jobTemplate(args, {
      jobId: liveJob(id, args).id,
      strings: localeOf(globals.locale).strings,
    })}`,
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Running: Story = {};

export const Finished: Story = {
  render: (args, { id, globals }) =>
    jobTemplate(args, {
      jobId: liveJob(id, args, { elapsedMs: 'finished' }).id,
      strings: localeOf(globals.locale).strings,
    }),
};

/** The 10,000-input preset at a glance. */
export const TenThousandInputs: Story = {
  name: '10,000 inputs',
  args: { inputs: 10_000, concurrency: 60, speed: 8 },
};
