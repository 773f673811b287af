import { expect } from 'chai';
import { decidePoll, type PollState } from './poll-schedule.js';

describe('decidePoll', () => {
  const state: PollState = {
    subscribed: true,
    pollInterval: 5000,
    active: true,
    visible: true,
    online: true,
    failureCount: 0,
    fatal: false,
    retryLimit: 3,
    retryAfterMs: null,
    settledAt: 1_000_000,
    random: 0.5,
    maxBackoffMs: 60_000,
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

  it('schedules nothing without a subscriber or after a failure retrying cannot fix', () => {
    const stopped = { live: 'stopped', nextPollAt: null };
    expect(decidePoll({ ...state, subscribed: false })).to.deep.equal(stopped);
    expect(decidePoll({ ...state, subscribed: false, failureCount: 1 })).to.deep.equal(stopped);
    expect(decidePoll({ ...state, failureCount: 1, fatal: true })).to.deep.equal(stopped);
    expect(decidePoll({ ...state, pollInterval: 0, failureCount: 1, fatal: true })).to.deep.equal(
      stopped,
    );
  });

  it('retries with polling off: 1 s doubled per retry, ±20%, then stops at the limit', () => {
    const off = { ...state, pollInterval: 0 };
    const waits = [1, 2, 3].map(
      (failureCount) => decidePoll({ ...off, failureCount }).nextPollAt! - state.settledAt,
    );
    expect(waits).to.deep.equal([1000, 2000, 4000]);
    expect(
      decidePoll({ ...off, failureCount: 1, random: 0 }).nextPollAt! - state.settledAt,
    ).to.equal(800);
    expect(decidePoll({ ...off, failureCount: 1 }).live).to.equal('backing-off');
    expect(decidePoll({ ...off, failureCount: 4 })).to.deep.equal({
      live: 'stopped',
      nextPollAt: null,
    });
    expect(decidePoll({ ...off, failureCount: 1, retryLimit: 0 }).live).to.equal('stopped');
    // Hidden, the retry waits like a poll would.
    expect(decidePoll({ ...off, failureCount: 1, visible: false }).live).to.equal('paused-hidden');
  });

  it('retries no sooner than Retry-After with polling off, capped by maxBackoffMs', () => {
    const off = { ...state, pollInterval: 0, failureCount: 1 };
    expect(decidePoll({ ...off, retryAfterMs: 2000 }).nextPollAt! - state.settledAt).to.equal(2000);
    expect(decidePoll({ ...off, retryAfterMs: 3_600_000 }).nextPollAt! - state.settledAt).to.equal(
      60_000,
    );
  });

  it('polling on, the back-off goes on past the retry limit', () => {
    expect(decidePoll({ ...state, failureCount: 9 }).live).to.equal('backing-off');
  });
});
