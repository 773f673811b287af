import { expect } from 'chai';
import { decidePoll as decide } from './poll-schedule.js';

/** Everything the next poll depends on, named (decidePoll takes it positionally). */
interface PollState {
  readonly pollInterval: number;
  readonly active: boolean;
  readonly visible: boolean;
  readonly online: boolean;
  readonly failureCount: number;
  readonly retryAfterMs: number | null;
  readonly settledAt: number;
  readonly random: number;
  readonly maxBackoffMs?: number;
}

const decidePoll = (s: PollState) =>
  decide(
    s.pollInterval,
    s.active,
    s.visible,
    s.online,
    s.failureCount,
    s.retryAfterMs,
    s.settledAt,
    s.random,
    s.maxBackoffMs,
  );

describe('decidePoll', () => {
  const state: PollState = {
    pollInterval: 5000,
    active: true,
    visible: true,
    online: true,
    failureCount: 0,
    retryAfterMs: null,
    settledAt: 1_000_000,
    random: 0.5,
  };

  it('polls at the interval after the last load while inputs are still moving', () => {
    expect(decidePoll(state)).to.deep.equal({ live: 'live', nextPollAt: 1_005_000 });
  });

  it('stops when everything is terminal and when polling is off (0, or not a positive number)', () => {
    expect(decidePoll({ ...state, active: false })).to.deep.equal({
      live: 'stopped',
      nextPollAt: null,
    });
    for (const pollInterval of [0, -1, NaN]) {
      expect(decidePoll({ ...state, pollInterval })).to.deep.equal({
        live: 'stopped',
        nextPollAt: null,
      });
    }
  });

  it('pauses while hidden and makes no requests while offline', () => {
    expect(decidePoll({ ...state, visible: false })).to.deep.equal({
      live: 'paused-hidden',
      nextPollAt: null,
    });
    expect(decidePoll({ ...state, online: false })).to.deep.equal({
      live: 'offline',
      nextPollAt: null,
    });
  });

  it('backs off by doubling the interval, up to the cap, with ±20% jitter', () => {
    const waits = [1, 2, 3, 4, 5].map(
      (failureCount) => decidePoll({ ...state, failureCount }).nextPollAt! - state.settledAt,
    );
    expect(waits).to.deep.equal([10_000, 20_000, 40_000, 60_000, 60_000]);
    expect(
      decidePoll({ ...state, failureCount: 1, random: 0 }).nextPollAt! - state.settledAt,
    ).to.equal(8000);
    expect(
      decidePoll({ ...state, failureCount: 1, random: 0.999999 }).nextPollAt! - state.settledAt,
    ).to.be.closeTo(12_000, 1);
    expect(decidePoll({ ...state, failureCount: 1 }).live).to.equal('backing-off');
  });

  it('keeps retrying after errors even when the last good page was all done', () => {
    expect(decidePoll({ ...state, active: false, failureCount: 1 }).live).to.equal('backing-off');
  });

  it('honours Retry-After up to the cap', () => {
    expect(
      decidePoll({ ...state, failureCount: 1, retryAfterMs: 30_000 }).nextPollAt! - state.settledAt,
    ).to.equal(30_000);
    expect(
      decidePoll({ ...state, failureCount: 1, retryAfterMs: 3_600_000 }).nextPollAt! -
        state.settledAt,
    ).to.equal(60_000);
    expect(
      decidePoll({ ...state, failureCount: 1, retryAfterMs: 100 }).nextPollAt! - state.settledAt,
    ).to.equal(10_000);
  });

  it('stops after failures when polling is off (the feed passes 0 after a failure retrying cannot fix)', () => {
    expect(decidePoll({ ...state, failureCount: 1, pollInterval: 0 })).to.deep.equal({
      live: 'stopped',
      nextPollAt: null,
    });
  });
});
