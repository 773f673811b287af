import { liveJobElement, liveMeta, type ElementStory } from '../playground/element-stories.js';

/**
 * `<input-progress-job>`: the job at a glance (segmented bar, summary with failures,
 * throughput, time left), alone, on a job of the in-page simulator.
 */
export default {
  title: 'Elements/Job',
  tags: ['expect-job'],
  ...liveMeta('input-progress-job', { inputs: 200, concurrency: 12 }),
};

export const Running: ElementStory = {};

export const Finished: ElementStory = { render: liveJobElement({}, { elapsedMs: 'finished' }) };

/** The 10,000-input preset at a glance. */
export const TenThousandInputs: ElementStory = {
  name: '10,000 inputs',
  args: { inputs: 10_000, concurrency: 60, speed: 8 },
};
