import { expect } from 'chai';
import { batch, schedule } from './notify-queue.js';

describe('notify queue', () => {
  it('runs what a batch schedules when the batch ends, in order', () => {
    const calls: string[] = [];
    batch(() => {
      schedule(() => calls.push('a'));
      batch(() => schedule(() => calls.push('b')));
      expect(calls, 'nothing runs inside the batch').to.deep.equal([]);
    });
    expect(calls).to.deep.equal(['a', 'b']);
  });

  it('runs what a notification schedules after the ones queued before it', () => {
    const calls: string[] = [];
    batch(() => {
      schedule(() => {
        calls.push('first');
        batch(() => schedule(() => calls.push('scheduled by first')));
      });
      schedule(() => calls.push('second'));
    });
    expect(calls).to.deep.equal(['first', 'second', 'scheduled by first']);
  });
});
