// A core `FeedItem` as the fields a row shows (src/pages/row-view.ts): the variants on core's
// feed (plain DOM, React + core) read them from here.
import type { FeedItem } from '@input-progress/core';
import type { RowFields } from './row-view.js';

export const fieldsOf = (item: FeedItem): RowFields => {
  const { input, latestProgress: progress } = item;
  return {
    filename: input.data.filename,
    ref: input.data.ref,
    status: input.status,
    fileType: input.data.fileType,
    fileExtension: input.data.fileExtension,
    numBytes: input.data.numBytes,
    portName: input.portName,
    rank: item.step,
    percent: item.percent,
    itemsProcessed: progress?.metrics.itemsProcessed ?? null,
    itemsTotal: progress?.metrics.itemsTotal ?? null,
    eta: item.eta,
    reportedAt: progress?.createdAt ?? null,
    kind: progress?.kind ?? null,
    message: progress?.message ?? null,
    errorMessage: input.errorMessage,
    metadata: input.data.metadata,
    createdAt: input.createdAt,
    completedAt: input.completedAt,
  };
};
