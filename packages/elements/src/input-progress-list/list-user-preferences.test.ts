import { expect, fixtureCleanup } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../define.js';
import { useFakeClock, type FakeClock } from '../test-support/fake-clock.js';
import { control, createJob, listFixture, untilRows } from '../test-support/list-helpers.js';
import { preferReducedMotion, restoreMotion } from '../test-support/reduced-motion.js';

let fake: FakeClock;
afterEach(async () => {
  await fixtureCleanup();
  fake?.restore();
  await restoreMotion();
  await executeServerCommand('forced-colors', { active: false });
});

/** A list with rows in every state, in both densities, audited by axe. */
async function auditEveryState(): Promise<void> {
  const jobId = await createJob({
    inputs: 6,
    concurrency: 2,
    itemsPerInput: 4,
    inputOverrides: [{ fails: true, errorMessage: 'Disk quota exceeded' }],
  });
  await control.advance(jobId, 5500);
  const el = await listFixture(jobId);
  await untilRows(el, 6);
  for (const density of ['comfortable', 'compact'] as const) {
    el.density = density;
    await el.updateComplete;
    await expect(el, density).to.be.accessible();
  }
}

describe('<input-progress-list> under the user’s preferences', () => {
  it('passes the accessibility audit with reduced motion, rows in every state, both densities', async () => {
    fake = useFakeClock();
    await preferReducedMotion(true);
    await auditEveryState();
  });

  it('passes the accessibility audit in forced colours where the engine can emulate them', async () => {
    fake = useFakeClock();
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
