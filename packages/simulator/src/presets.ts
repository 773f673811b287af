import type { JobConfig } from './types.js';

/** Ids of the jobs every simulator creates at start-up (unless `presets: false`). */
export const PRESET_JOB_IDS = [
  'job_demo_small',
  'job_demo_large',
  'job_demo_flaky',
  'job_demo_finished',
  'job_demo_empty',
] as const;

const SMALL_FILES = [
  'tep_inference_01.csv',
  'tep_inference_02.csv',
  'pump_vibration_03.csv',
  'pump_vibration_04.csv',
  'hvac_sensor_05.csv',
  'hvac_sensor_06.csv',
  'line_3_torque_07.csv',
  'line_3_torque_08.csv',
  'conveyor_09.csv',
  'conveyor_10.csv',
];

/**
 * The preset jobs. They run once from the moment the simulator is created (real clock by
 * default) and do not loop; restart the server (or delete and re-create) to run them again.
 */
export function presetJobConfigs(): JobConfig[] {
  return [
    {
      id: 'job_demo_small',
      name: 'Demo: 10 CSV files',
      inputs: 10,
      concurrency: 3,
      itemsPerInput: 10,
      msPerItem: 1800,
      spread: 0.2,
      failureRate: 0,
      startDelayMs: 2000,
      referenceInputs: 2,
      inputOverrides: SMALL_FILES.map((filename, i) => ({
        filename,
        ...(i === 6
          ? { fails: true, errorMessage: 'Malformed CSV: row 42 has 11 columns, expected 12' }
          : {}),
        ...(i === 3 ? { metrics: 'percent-only' as const } : {}),
        ...(i === 8 ? { metrics: 'none' as const } : {}),
        ...(i === 5 ? { kind: 'training' } : {}),
        ...(i !== 3 && i !== 8 ? { metrics: 'full' as const } : {}),
      })),
    },
    {
      id: 'job_demo_large',
      name: 'Demo: 10,000 inputs',
      inputs: 10_000,
      concurrency: 50,
      itemsPerInput: [5, 20],
      msPerItem: 400,
      spread: 0.4,
      failureRate: 0.02,
    },
    {
      id: 'job_demo_flaky',
      name: 'Demo: flaky network',
      inputs: 40,
      concurrency: 4,
      itemsPerInput: 10,
      msPerItem: 1500,
      failureRate: 0.08,
      faults: {
        rules: [
          { kind: 'rate-limit', probability: 0.05, retryAfter: 1 },
          { kind: 'server-error', probability: 0.03, status: 500 },
          { kind: 'server-error', probability: 0.03, status: 503, retryAfter: 2 },
          { kind: 'html-gateway', probability: 0.03 },
          { kind: 'not-json', probability: 0.02 },
          { kind: 'wrong-shape', probability: 0.02 },
          { kind: 'drop-connection', probability: 0.02 },
        ],
        latency: { ms: 50, spreadMs: 400 },
      },
    },
    {
      id: 'job_demo_finished',
      name: 'Demo: finished job',
      inputs: 40,
      concurrency: 8,
      // Pinned, not drawn: exactly one failure whatever the seed (the README promises one).
      failureRate: 0,
      inputOverrides: Array.from({ length: 6 }, (_, i) =>
        i === 5
          ? { fails: true, errorMessage: 'Malformed CSV: row 42 has 11 columns, expected 12' }
          : null,
      ),
      elapsedMs: 'finished',
    },
    { id: 'job_demo_empty', name: 'Demo: empty job', inputs: 0 },
  ];
}
