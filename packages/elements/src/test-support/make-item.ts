import type { FeedItem, Input, InputData, LatestProgress } from '@input-progress/core';

let counter = 0;

/** What a test may change in an item; nested objects are merged over realistic defaults. */
export interface ItemPatch {
  id?: string;
  status?: string;
  data?: Partial<InputData>;
  input?: Partial<Omit<Input, 'data'>>;
  progress?: Partial<LatestProgress> | null;
  step?: number | null;
  percent?: number | null;
  eta?: number | null;
}

/** A feed item as core's feed would deliver it, built as a plain object. */
export function makeItem(patch: ItemPatch = {}): FeedItem {
  const id = patch.id ?? `inp_test${++counter}`;
  const status = patch.status ?? 'processing';
  const input: Input = {
    id,
    jobId: 'job_test',
    portName: 'worker.inference',
    fileId: `file_${id}`,
    status,
    errorMessage: null,
    createdAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    completedAt: null,
    ...patch.input,
    data: {
      ref: `https://storage.example.com/files/${id}.csv`,
      filename: `${id}.csv`,
      fileType: 'text/csv',
      fileExtension: '.csv',
      numBytes: 245_760,
      metadata: {},
      ...patch.data,
    },
  };
  const latestProgress: LatestProgress | null =
    patch.progress === null
      ? null
      : {
          id: 1,
          kind: 'inference',
          step: 5,
          metrics: { percentComplete: 50, itemsProcessed: 5, itemsTotal: 10 },
          payload: {},
          inputId: id,
          index: 0,
          message: 'Processing input 5 of 10',
          createdAt: new Date(Date.now() - 60_000).toISOString(),
          ...patch.progress,
        };
  return {
    input,
    latestProgress,
    step: patch.step ?? null,
    percent: patch.percent === undefined ? 50 : patch.percent,
    eta: patch.eta ?? null,
  };
}
