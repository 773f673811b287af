import { expect } from 'chai';
import { createEnvironment } from './environment.js';

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

  it('runs timers and lets single sources be replaced', async () => {
    const env = createEnvironment({ isOnline: () => false });
    expect(env.isOnline()).to.equal(false);
    await new Promise<void>((resolve) => env.setTimeout(resolve, 1));
    let fired = false;
    env.clearTimeout(env.setTimeout(() => (fired = true), 1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fired).to.equal(false);
  });
});
