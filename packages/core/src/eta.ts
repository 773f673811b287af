/**
 * Per-input ETA from successive progress samples. A sample is (progress row time, percent);
 * the rate between two samples is smoothed with an exponential moving average so a single
 * fast or slow step does not make the estimate jump.
 */
interface Track {
  readonly at: number;
  readonly percent: number;
  readonly rate: number | null;
  readonly eta: number | null;
}

/** Remembers samples per input id and estimates the time left. */
export interface EtaTracker {
  /**
   * Records a sample and returns the estimated ms remaining as of that sample, or `null`
   * until two samples show progress (and for unknown percents or finished inputs).
   * Re-reading the same sample returns the same value.
   */
  update(
    id: string,
    percent: number | null,
    at: string | null | undefined,
    finished: boolean,
  ): number | null;
  /** Forgets every input not in `ids` (inputs that left the page). */
  retain(ids: ReadonlySet<string>): void;
}

/**
 * @param smoothing weight of the newest rate in the moving average, 0–1 (default 0.3)
 */
export function createEtaTracker(smoothing = 0.3): EtaTracker {
  const tracks = new Map<string, Track>();
  return {
    update(id, percent, at, finished) {
      const time = Date.parse(at ?? '');
      if (finished || percent === null || Number.isNaN(time)) {
        tracks.delete(id);
        return null;
      }
      const last = tracks.get(id);
      if (last && time <= last.at) return last.eta;
      let rate: number | null = null;
      if (last) {
        const sampled = Math.max(0, percent - last.percent) / (time - last.at);
        rate = last.rate === null ? sampled || null : last.rate + smoothing * (sampled - last.rate);
      }
      const eta = rate ? Math.round((100 - percent) / rate) : null;
      tracks.set(id, { at: time, percent, rate, eta });
      return eta;
    },
    retain(ids) {
      for (const id of tracks.keys()) if (!ids.has(id)) tracks.delete(id);
    },
  };
}
