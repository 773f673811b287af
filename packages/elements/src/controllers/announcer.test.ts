import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { useFakeClock, type FakeClock } from '../test-support/fake-clock.js';
import { Announcer, type Announcement } from './announcer.js';

/** A bare host: the queue only needs connect/disconnect and requestUpdate. */
class AnnouncerHost extends ReactiveElement {
  clock: FakeClock | null = null;
  readonly announcer = new Announcer(this, { gap: 1000, clock: () => this.clock! });
}
customElements.define('announcer-test-host', AnnouncerHost);

let fake: FakeClock;
let host: AnnouncerHost;
/** Every sentence said, with the ms since the test started and its region. */
let said: Array<[number, string, 'polite' | 'assertive']>;
let start: number;

const announce = (topic: string, text: string, extra: Partial<Announcement> = {}) =>
  host.announcer.announce({ topic, say: () => text, ...extra });
/** Advances the clock in 100 ms steps, noting each new sentence at the end of its step. */
function advance(ms: number): void {
  for (let step = 0; step < ms; step += 100) {
    const before = host.announcer.said.count;
    fake.advance(100);
    const now = host.announcer.said;
    if (now.count !== before)
      said.push([fake.now() - start, now.text, now.assertive ? 'assertive' : 'polite']);
  }
}

beforeEach(() => {
  fake = useFakeClock();
  start = fake.now();
  said = [];
  host = document.createElement('announcer-test-host') as AnnouncerHost;
  host.clock = fake;
  document.body.append(host);
});
afterEach(() => {
  host.remove();
  fake.restore();
});

describe('Announcer', () => {
  it('says the first announcement at once, and the next ones at least the gap apart', () => {
    announce('a', 'One.');
    announce('b', 'Two.');
    announce('c', 'Three.', { assertive: true });
    advance(3000);
    expect(said).to.deep.equal([
      [100, 'One.', 'polite'],
      [1000, 'Two.', 'polite'],
      [2000, 'Three.', 'assertive'],
    ]);
  });

  it('says a topic with `every` at most that often, the latest announcement of it', () => {
    let batch = 0;
    const settle = () => announce('settle', '', { every: 10_000, say: () => `${batch} finished.` });
    batch = 2;
    settle();
    advance(5000);
    batch = 4;
    settle();
    advance(3000);
    batch = 6;
    settle();
    advance(5000);
    expect(said).to.deep.equal([
      [100, '2 finished.', 'polite'],
      [10_000, '6 finished.', 'polite'],
    ]);
  });

  it('replaces a waiting announcement of the same topic, and forgets a withdrawn one', () => {
    announce('a', 'First.');
    announce('page', 'Page 2 of 5');
    announce('page', 'Page 3 of 5');
    announce('failure', 'Could not load.');
    expect(host.announcer.withdraw('failure')).to.equal(true);
    expect(host.announcer.withdraw('failure')).to.equal(false);
    advance(5000);
    expect(said.map(([, text]) => text)).to.deep.equal(['First.', 'Page 3 of 5']);
  });

  it('never says the same sentence twice in a row, whatever the topic', () => {
    announce('a', 'Same.');
    advance(1000);
    announce('b', 'Same.', { assertive: true });
    advance(2000);
    announce('a', 'Other.');
    advance(2000);
    announce('a', 'Same.');
    advance(2000);
    expect(said.map(([, text]) => text)).to.deep.equal(['Same.', 'Other.', 'Same.']);
  });

  it('drops what waits and its timer when the host leaves, and says nothing while away', () => {
    announce('a', 'One.');
    announce('b', 'Two.');
    advance(100);
    host.remove();
    expect(fake.timerCount, 'timers left').to.equal(0);
    announce('c', 'Three.');
    expect(fake.timerCount, 'timers while removed').to.equal(0);
    document.body.append(host);
    advance(3000);
    expect(said.map(([, text]) => text)).to.deep.equal(['One.']);
  });
});
