/**
 * Turns a loaded page into the feed's rows: each API item plus its percent and ETA, sharing
 * structure with the previous rows so that a row whose data did not change keeps its object.
 */
import { trackEta, type EtaTrack } from './eta.js';
import { derivePercent } from './percent.js';
import { shareRows } from './structural-share.js';
import type { InputProgressItem, InputsProgressPage } from './types.js';

/** One row of the feed: the API's item plus what the feed derives from it. */
export interface FeedItem extends InputProgressItem {
  /** Percent complete, 0–100, or `null` when the metrics cannot tell (never NaN). */
  readonly percent: number | null;
  /**
   * Estimated ms remaining as of the latest progress row (`latestProgress.createdAt`);
   * `null` until two samples show progress, and once the input finished.
   */
  readonly eta: number | null;
}

/** The rows of one page, with the ETA tracks of its inputs for the next load. */
export interface PageRows {
  readonly rows: readonly FeedItem[];
  /** ETA tracks of the inputs on this page, by input id (departed inputs are forgotten). */
  readonly tracks: ReadonlyMap<string, EtaTrack>;
}

/** Whether an input status still moves (anything else is terminal, or unknown). */
export const isActive = (status: string): boolean =>
  status === 'pending' || status === 'processing';

/**
 * The rows of `page`, each row kept from `previous` when its data is unchanged: at most
 * `limit` of them, the page size asked for. Items a server sends beyond it are ignored
 * (never derived, kept or rendered), so an answer can cost no more than the request allowed.
 * `page` is trusted to be valid (`createClient` validates it); a custom client's nonsense
 * throws here.
 */
export function toPageRows(
  page: InputsProgressPage,
  previous: PageRows | null,
  limit: number,
): PageRows {
  const tracks = new Map<string, EtaTrack>();
  const rows = page.items.slice(0, limit).map((item): FeedItem => {
    const { input, latestProgress } = item;
    const percent = derivePercent(input.status, latestProgress?.metrics);
    const track = trackEta(
      previous?.tracks.get(input.id),
      percent,
      latestProgress?.createdAt,
      !isActive(input.status),
    );
    if (track) tracks.set(input.id, track);
    return { ...item, percent, eta: track?.eta ?? null };
  });
  return { rows: shareRows(previous?.rows ?? [], rows, (row) => row.input.id), tracks };
}
