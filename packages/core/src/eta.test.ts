import { expect } from 'chai';
import { trackEta, type EtaTrack } from './eta.js';

const at = (seconds: number) => new Date(Date.UTC(2026, 3, 14, 10, 0, seconds)).toISOString();

/** A percent read at a time, and whether the input had finished then. */
type Sample = [percent: number | null, time: string, finished?: boolean];
/** A sample `seconds` after the start. */
const reading = (percent: number | null, seconds: number, finished = false): Sample => [
  percent,
  at(seconds),
  finished,
];

/** Feeds samples one after the other and returns each ETA. */
function etas(samples: Sample[], smoothing?: number) {
  let track: EtaTrack | undefined;
  return samples.map(([percent, time, finished = false]) => {
    track = trackEta(track, percent, time, finished, smoothing);
    return track?.eta ?? null;
  });
}

describe('trackEta', () => {
  const exact: Array<{ what: string; samples: Sample[]; etas: Array<number | null> }> = [
    {
      what: 'is null until two samples show progress, then estimates the time left',
      samples: [reading(10, 0), reading(10, 0), reading(20, 10)],
      etas: [null, null, 80_000],
    },
    {
      what: 'gives the same estimate when the same progress row is read again',
      samples: [reading(10, 0), reading(20, 10), reading(20, 10)],
      etas: [null, 80_000, 80_000],
    },
    {
      what: 'forgets an unknown percent',
      samples: [reading(10, 0), reading(null, 5), reading(20, 10)],
      etas: [null, null, null],
    },
    {
      what: 'forgets an unreadable time',
      samples: [[10, 'not a date'], reading(20, 10)],
      etas: [null, null],
    },
    {
      what: 'forgets a finished input',
      samples: [reading(10, 0), reading(100, 10, true)],
      etas: [null, null],
    },
  ];
  for (const { what, samples, etas: expected } of exact) {
    it(what, () => {
      expect(etas(samples)).to.deep.equal(expected);
    });
  }

  it('smooths a sudden change of pace instead of jumping', () => {
    // 1 %/s, then one step at 3 %/s: that step alone would say 20 s are left.
    const [, , smoothed] = etas([reading(0, 0), reading(10, 10), reading(40, 20)], 0.3);
    expect(smoothed).to.be.greaterThan(20_000);
    expect(smoothed).to.be.lessThan(60_000); // but sooner than at the old pace
  });

  it('slows the estimate down when progress stalls', () => {
    const [, second, stalled] = etas([reading(0, 0), reading(10, 10), reading(10, 20)]);
    expect(stalled).to.be.greaterThan(second!);
  });
});
