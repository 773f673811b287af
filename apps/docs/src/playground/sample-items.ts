/**
 * Real feed items for the row stories: a small job on a manual clock in the page's
 * simulator, stopped at a moment when it has an input in every status, loaded once through
 * core's feed exactly as a list would.
 */
import { createClient, createFeed, type FeedItem } from '@input-progress/core';
import { apiFetch, BASE_URL, simulator } from './page-api.js';

const JOB_ID = 'job_docs_rows';

let loading: Promise<readonly FeedItem[]> | null = null;

/** Loads the sample job's items once: completed, failed, processing (with and without metrics), pending. */
export function sampleItems(): Promise<readonly FeedItem[]> {
  loading ??= (async () => {
    const job = simulator.createJob({
      id: JOB_ID,
      inputs: 6,
      concurrency: 3,
      clock: 'manual',
      spread: 0,
      msPerItem: 1000,
      failureRate: 0,
      inputOverrides: [
        { filename: 'pump_vibration_01.csv', items: 2 },
        {
          filename: 'line_3_torque_02.csv',
          items: 3,
          fails: true,
          errorMessage: 'Malformed CSV: row 42 has 11 columns, expected 12',
        },
        { filename: 'hvac_sensor_03.csv', items: 10, metrics: 'full' },
        { filename: 'conveyor_04.csv', items: 10, metrics: 'none' },
        { filename: 'tep_inference_05.csv', items: 10 },
        { filename: 'tep_inference_06.csv', items: 10 },
      ],
    });
    job.advance(4_500);
    const feed = createFeed({
      client: createClient({ baseUrl: BASE_URL, fetch: apiFetch }),
      jobId: JOB_ID,
      pollInterval: 0,
    });
    try {
      await feed.refresh();
      const { items, error } = feed.getSnapshot();
      if (error) throw error;
      return items;
    } finally {
      feed.destroy();
    }
  })();
  return loading;
}

/** The first sample item in `status` (and, for processing, with or without a percent). */
export function itemIn(
  items: readonly FeedItem[],
  status: string,
  withPercent = true,
): FeedItem | null {
  return (
    items.find(
      (item) =>
        item.input.status === status &&
        (status !== 'processing' || (item.percent !== null) === withPercent),
    ) ?? null
  );
}
