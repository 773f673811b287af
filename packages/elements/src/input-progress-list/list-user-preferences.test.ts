import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../define.js';
import { fakeClockEachTest } from '../test-support/each-test.js';
import { DISK_FULL, listOfNewJob } from '../test-support/list-helpers.js';
import { preferReducedMotion, restoreMotion } from '../test-support/reduced-motion.js';

fakeClockEachTest();
afterEach(async () => {
  await restoreMotion();
  await executeServerCommand('forced-colors', { active: false });
});

/** A list with rows in every state, in both densities, audited by axe. */
async function auditEveryState(): Promise<void> {
  const { el } = await listOfNewJob(
    { inputs: 6, concurrency: 2, itemsPerInput: 4, inputOverrides: [DISK_FULL] },
    { advance: 5500 },
  );
  for (const density of ['comfortable', 'compact'] as const) {
    el.density = density;
    await el.updateComplete;
    await expect(el, density).to.be.accessible();
  }
}

describe('<input-progress-list> under the user’s preferences', () => {
  it('passes the accessibility audit with reduced motion, rows in every state, both densities', async () => {
    await preferReducedMotion(true);
    await auditEveryState();
  });

  it('passes the accessibility audit in forced colours where the engine can emulate them', async () => {
    const emulated = await executeServerCommand<boolean, { active: boolean }>('forced-colors', {
      active: true,
    });
    // Firefox and WebKit expose no forced-colours switch to a running page: there the audit
    // runs in normal colours (Chromium runs it in forced colours).
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours on').to.equal(!!emulated);
    if (navigator.userAgent.includes('Chrome'))
      expect(emulated, 'Chromium emulates').to.equal(true);
    await auditEveryState();
  });
});
