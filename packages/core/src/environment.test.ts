import { expect } from 'chai';
import { createEnvironment } from './environment.js';
import { createFakeClock } from './testing/fake-clock.js';

describe('createEnvironment (platform defaults)', () => {
  const inBrowser = typeof document !== 'undefined';

  it('reads visibility and network state without throwing, in Node and in browsers', () => {
    const env = createEnvironment();
    expect(env.isVisible()).to.equal(inBrowser ? document.visibilityState !== 'hidden' : true);
    expect(env.isOnline()).to.equal(inBrowser ? navigator.onLine : true);
    expect(env.now()).to.be.closeTo(Date.now(), 1000);
  });

  it('tells its listeners about visibility and network events until they unsubscribe', () => {
    const env = createEnvironment();
    const calls: string[] = [];
    const offVisibility = env.onVisibilityChange(() => calls.push('visibility'));
    const offOnline = env.onOnlineChange(() => calls.push('network'));
    if (inBrowser) {
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event('offline'));
      window.dispatchEvent(new Event('online'));
    }
    offVisibility();
    offOnline();
    if (inBrowser) {
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event('online'));
    }
    expect(calls).to.deep.equal(inBrowser ? ['visibility', 'network', 'network'] : []);
  });

  it('runs its timers and time on the given clock, and lets single sources be replaced', () => {
    const clock = createFakeClock({ seed: 7 });
    const env = createEnvironment({ isOnline: () => false }, clock);
    expect(env.isOnline()).to.equal(false);
    expect(env.now()).to.equal(clock.now());
    const fired: string[] = [];
    env.setTimeout(() => fired.push('kept'), 1);
    env.clearTimeout(env.setTimeout(() => fired.push('cleared'), 1));
    expect(clock.timerCount).to.equal(1);
    clock.advance(1);
    expect(fired).to.deep.equal(['kept']);
    expect(env.now()).to.equal(clock.now());
    expect(env.random()).to.equal(createFakeClock({ seed: 7 }).random());
  });
});
