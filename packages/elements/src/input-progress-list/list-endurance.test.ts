/**
 * A day of polling every 2 s on the one fake clock: the list's timers, the listeners on the
 * page's long-lived targets, its DOM and what it keeps alive are the same at the end of the
 * day as after the first hour. Where `window.gc` is exposed (Chromium: the shared test config
 * starts it with `--js-flags=--expose-gc --enable-precise-memory-info`), the snapshots, rows
 * and answers still alive after a full collection are counted (a `FinalizationRegistry`),
 * and the JS heap is compared.
 *
 * Every load is a real request answered by the simulator inside the page (no network: a poll
 * costs a millisecond or two). 43,200 polls would still take over a minute, so the day runs in
 * parts, each proving something else:
 * - the first half hour every 2 s (900 loads, each a full round of the feed, the events and
 *   the render), one step of the day, then the first measure at 1 h;
 * - the middle of the day in 30-minute steps, the job moving on a minute at each (rows change,
 *   inputs finish, announcements queue): every timer that counts time (the ticker, the
 *   traces' cadence, the announcer) runs as often as it would, while the one poll of each
 *   step stays in flight across it (the client's timeout is longer than a step);
 * - the last hour every 2 s (1,800 loads), measured at its middle and its end: the heap may
 *   not grow over the last 900 loads.
 *
 * The simulator's request log is filled to its cap first, so it does not grow under the
 * measures; and this file does not import the list helpers, whose `fetch` wrapper keeps every
 * URL it sees.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { createClient, createFeed, type FeedSnapshot } from '@input-progress/core';
import { createSimulator } from '@input-progress/simulator';
import '../define.js';
import { testClock, useFakeClock, type FakeClock } from '../test-support/fake-clock.js';
import type { InputProgressList } from './input-progress-list.js';

const HOUR = 3_600_000;
const POLL_INTERVAL = 2000;
const STEP = 30 * 60_000;
/** Requests the simulator keeps in its log (its `MAX_RECORDED`); it drops the oldest beyond. */
const SIMULATOR_LOG = 10_000;
const JOB = 'job_endurance';

/** A macrotask without the 4 ms clamp of nested `setTimeout(0)`: lets a load answer in the page settle. */
const channel = new MessageChannel();
const nextTask = () =>
  new Promise<void>((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Counts listeners registered and not removed on the page's long-lived targets (`window`,
 * `document`, media query lists): the ones a leak keeps forever. Listeners on the elements'
 * own nodes go with the nodes.
 */
function listenerCounter() {
  const proto = EventTarget.prototype;
  const { addEventListener: add, removeEventListener: remove } = proto;
  const registered = new Map<EventTarget, Set<string | object>>();
  const longLived = (target: EventTarget) =>
    target === window || target === document || target instanceof MediaQueryList;
  const keyOf = (type: string, listener: unknown, options: unknown) => {
    const capture =
      typeof options === 'boolean' ? options : !!(options as AddEventListenerOptions)?.capture;
    return `${type} ${capture} ${listenerIds.get(listener as object) ?? idOf(listener as object)}`;
  };
  const listenerIds = new WeakMap<object, number>();
  let ids = 0;
  const idOf = (listener: object) => {
    listenerIds.set(listener, ++ids);
    return ids;
  };
  proto.addEventListener = function (type, listener, options) {
    if (listener && longLived(this)) {
      const set = registered.get(this) ?? new Set();
      registered.set(this, set.add(keyOf(type, listener, options)));
    }
    return add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (type, listener, options) {
    if (listener && longLived(this)) registered.get(this)?.delete(keyOf(type, listener, options));
    return remove.call(this, type, listener, options);
  };
  return {
    get count() {
      let count = 0;
      for (const set of registered.values()) count += set.size;
      return count;
    },
    restore() {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
    },
  };
}

/**
 * Counts the objects of one kind still alive: each one handed to `track` is counted until
 * the garbage collector reclaims it.
 */
function aliveCounter() {
  let alive = 0;
  const seen = new WeakSet<object>();
  const registry = new FinalizationRegistry<null>(() => alive--);
  return {
    track(value: object) {
      if (seen.has(value)) return;
      seen.add(value);
      alive++;
      registry.register(value, null);
    },
    get alive() {
      return alive;
    },
  };
}

/**
 * Collects garbage (Chromium with `--js-flags=--expose-gc`) and lets the finalizers of what
 * went run; returns the JS heap used, in bytes, or null where the browser cannot tell.
 */
async function collect(): Promise<number | null> {
  const gc = (window as { gc?: () => void }).gc;
  if (!gc) return null;
  for (let round = 0; round < 5; round++) {
    gc();
    await nextTask();
  }
  return (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null;
}

let fake: FakeClock;
let listeners: ReturnType<typeof listenerCounter>;
afterEach(async () => {
  await fixtureCleanup();
  fake?.restore();
  listeners?.restore();
});

describe('<input-progress-list> over a day', () => {
  it('keeps timers, listeners, DOM and heap constant over 24 hours of polling every 2 s', async function () {
    this.timeout(300_000);
    // Polled stretches: half an hour where the heap can be measured (Chromium, `gc`); five
    // minutes elsewhere, where timers, listeners and the DOM are what is checked.
    const polled = (window as { gc?: unknown }).gc ? HOUR / 2 : 5 * 60_000;
    listeners = listenerCounter();
    const atStart = listeners.count;
    fake = useFakeClock(Date.parse('2026-04-14T10:00:00Z'));
    const dayEnds = fake.now() + 24 * HOUR;
    const sim = createSimulator({ clock: fake, presets: false });
    // 400 inputs, 4 at a time, 50 s each: busy all day at a minute of job time per step.
    const job = sim.createJob({
      id: JOB,
      inputs: 400,
      concurrency: 4,
      itemsPerInput: 100,
      msPerItem: 500,
      spread: 0,
      failureRate: 0.1,
      seed: 7,
      clock: 'manual',
    });
    const base = 'https://api.example.test/api';
    // The simulator keeps a log of the last requests; full from the start, it no longer grows.
    for (let i = 0; i < SIMULATOR_LOG; i++)
      await sim.handle(new Request(`${base}/batch/jobs/${JOB}/inputs/progress/counts`));
    // What a load leaves behind, counted while alive: the snapshots, rows and answers.
    const snapshots = aliveCounter();
    const rowObjects = aliveCounter();
    const responses = aliveCounter();
    let inFlight = 0;
    const client = createClient({
      baseUrl: base,
      clock: fake,
      timeoutMs: STEP + 60_000,
      fetch: async (url, init) => {
        inFlight++;
        let response: Response;
        try {
          response = await sim.handle(new Request(url, init as RequestInit));
        } catch (error) {
          inFlight--;
          throw error;
        }
        responses.track(response);
        // In flight until the client has read the body: it clears its timeout only then, and
        // a loaded engine can take tasks to read it (a timer counted at the end of the day).
        const read = response.text.bind(response);
        response.text = () => read().finally(() => inFlight--);
        return response;
      },
    });
    // The feed the list would build from its attributes, handed in so the test can follow
    // every snapshot it shows.
    const feed = createFeed({
      client,
      jobId: JOB,
      query: { limit: 20 },
      pollInterval: POLL_INTERVAL,
      clock: testClock(),
      share: true,
    });
    const el = await fixture<InputProgressList>(
      html`<input-progress-list .clock=${testClock()} .feed=${feed}></input-progress-list>`,
    );
    const root = el.shadowRoot!;
    while (!feed.getSnapshot().lastUpdatedAt) await nextTask();
    const track = (snapshot: FeedSnapshot) => {
      snapshots.track(snapshot);
      snapshot.items.forEach((row) => rowObjects.track(row));
    };
    track(feed.getSnapshot());
    const unsubscribe = feed.subscribe(track);
    /** Waits until every load in flight (the page, the job record, the traces) settled. */
    const settled = async () => {
      const busy = () => {
        const { isFetching, nextPollAt } = feed.getSnapshot();
        return inFlight > 0 || isFetching || nextPollAt === null;
      };
      while (busy()) await nextTask();
      await el.updateComplete;
    };
    let polls = 0;
    /** Polls every 2 s until `until` (ms since the epoch). */
    const pollEvery2s = async (until: number) => {
      while (fake.now() < until) {
        fake.advance(feed.getSnapshot().nextPollAt! - fake.now());
        polls++;
        await settled();
      }
    };
    const measure = async () => {
      const heap = await collect();
      return {
        at: (fake.now() - dayEnds) / HOUR + 24,
        polls,
        timers: fake.timerCount,
        listeners: listeners.count,
        nodes: root.querySelectorAll('*').length,
        rows: root.querySelectorAll('[part~="row"]').length,
        snapshots: snapshots.alive,
        rowObjects: rowObjects.alive,
        responses: responses.alive,
        heap,
      };
    };

    /** One step of the day: the job moves on a minute, the clock by up to 30 minutes. */
    const step = async (until: number) => {
      job.advance(60_000);
      fake.advance(Math.min(STEP, until - fake.now()));
      polls++;
      await settled();
    };
    // A stretch every 2 s, one step, a minute every 2 s: the first measure.
    await pollEvery2s(fake.now() + polled);
    await step(dayEnds);
    await pollEvery2s(fake.now() + 60_000);
    const first = await measure();
    // The middle of the day in 30-minute steps, then a stretch every 2 s.
    while (fake.now() < dayEnds - 2 * polled) await step(dayEnds - 2 * polled);
    await pollEvery2s(dayEnds - polled);
    const lastHalfHour = await measure();
    // The last stretch every 2 s.
    await pollEvery2s(dayEnds);
    const end = await measure();

    console.log(
      [first, lastHalfHour, end]
        .map(
          (m) =>
            `${m.at.toFixed(2)} h, ${m.polls} loads: ${m.timers} timers, ${m.listeners} listeners, ` +
            `${m.nodes} DOM nodes; alive: ${m.snapshots} snapshots, ${m.rowObjects} rows, ` +
            `${m.responses} responses; heap ${m.heap ?? 'n/a'} bytes`,
        )
        .join('\n'),
    );
    expect(feed.getSnapshot().live, 'still polling at the end of the day').to.equal('live');
    expect(end.polls - lastHalfHour.polls, 'a load every 2 s').to.equal(polled / POLL_INTERVAL);
    for (const m of [first, lastHalfHour, end]) {
      expect(m.rows, `rows at ${m.at} h`).to.equal(20);
      expect(m.timers, `timers at ${m.at} h`).to.equal(first.timers);
      expect(m.listeners, `listeners at ${m.at} h`).to.equal(first.listeners);
    }
    if (first.heap !== null && lastHalfHour.heap !== null && end.heap !== null) {
      // Only where `gc` is exposed (Chromium here): the page's data, counted while alive, is
      // what is on screen and nothing more.
      for (const m of [first, lastHalfHour, end]) {
        expect(m.snapshots, `snapshots alive at ${m.at} h`).to.equal(1);
        expect(m.rowObjects, `rows alive at ${m.at} h`).to.equal(20);
        expect(m.responses, `answers alive at ${m.at} h`).to.equal(0);
      }
      // 900 loads in the last half hour: a leak of 36 bytes a load would show (it moves by a
      // few kB without one). The first half hour after the steps still warms code up, once.
      expect(end.heap - lastHalfHour.heap, 'heap growth over the last half hour').to.be.below(
        32 * 1024,
      );
      expect(end.heap - first.heap, 'heap growth over the day').to.be.below(512 * 1024);
    }
    unsubscribe();
    el.remove();
    feed.destroy();
    await nextTask();
    expect(fake.timerCount, 'no timer left once removed').to.equal(0);
    expect(listeners.count, 'no listener left once removed').to.equal(atStart);
  });
});
