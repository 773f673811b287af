import { expect } from 'chai';
import { trackEta, type EtaTrack } from './eta.js';

const at = (seconds: number) => new Date(Date.UTC(2026, 3, 14, 10, 0, seconds)).toISOString();

/** Feeds samples one after the other and returns each ETA. */
function etas(samples: Array<[number | null, string, boolean?]>, smoothing?: number) {
  let track: EtaTrack | undefined;
  return samples.map(([percent, time, finished = false]) => {
    track = trackEta(track, percent, time, finished, smoothing);
    return track?.eta ?? null;
  });
}

describe('trackEta', () => {
  it('is null until two samples show progress, then estimates the time left', () => {
    expect(
      etas([
        [10, at(0)],
        [10, at(0)],
        [20, at(10)],
      ]),
    ).to.deep.equal([null, null, 80_000]);
  });

  it('gives the same estimate when the same progress row is read again', () => {
    expect(
      etas([
        [10, at(0)],
        [20, at(10)],
        [20, at(10)],
      ]),
    ).to.deep.equal([null, 80_000, 80_000]);
  });

  it('smooths a sudden change of pace instead of jumping', () => {
    // 1 %/s, then one step at 3 %/s: that step alone would say 20 s are left.
    const [, , smoothed] = etas(
      [
        [0, at(0)],
        [10, at(10)],
        [40, at(20)],
      ],
      0.3,
    );
    expect(smoothed).to.be.greaterThan(20_000);
    expect(smoothed).to.be.lessThan(60_000); // but sooner than at the old pace
  });

  it('slows the estimate down when progress stalls', () => {
    const [, second, stalled] = etas([
      [0, at(0)],
      [10, at(10)],
      [10, at(20)],
    ]);
    expect(stalled).to.be.greaterThan(second!);
  });

  it('forgets unknown percents, unreadable times and finished inputs', () => {
    expect(
      etas([
        [10, at(0)],
        [null, at(5)],
        [20, at(10)],
      ]),
    ).to.deep.equal([null, null, null]);
    expect(
      etas([
        [10, 'not a date'],
        [20, at(10)],
      ]),
    ).to.deep.equal([null, null]);
    expect(
      etas([
        [10, at(0)],
        [100, at(10), true],
      ]),
    ).to.deep.equal([null, null]);
  });
});
