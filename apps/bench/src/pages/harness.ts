// The page side of every benchmark page. It mounts the variant's list as the URL says,
// reports when the last row is on screen (to tachometer through `window.tachometerResult`,
// to the CDP runner through `window.bench`), and gives the CDP runner its hooks: counting
// the rows whose DOM mutated, and mount/unmount cycles. Each variant only says how to mount
// its list and where its rows are.

/** What every variant's list is given: the same job, page and poll interval. */
export interface ListOptions {
  readonly jobId: string;
  readonly baseUrl: string;
  readonly limit: number;
  readonly pollInterval: number;
}

/** One way of showing the list (our element, React + TanStack Query, plain DOM). */
export interface Variant {
  /** Shows the list in `container`; returns what removes it again (stopping its polls). */
  mount(container: HTMLElement, options: ListOptions): () => void;
  /**
   * The rows whose content is on the page, each as the nodes that hold its DOM: the `<li>`
   * and, for a row in a shadow root of its own, that shadow root.
   */
  rows(container: HTMLElement): Node[][];
}

/** What the CDP runner calls in the page (see src/cdp.ts). */
export interface BenchHooks {
  /** Ms from navigation until the last row of the first render was on screen. */
  readonly firstRender: Promise<number>;
  /** Starts counting mutations with one MutationObserver per row on screen now. */
  watchRows(): number;
  /** Stops counting: how many rows' DOM mutated, and in how many mutation records. */
  stopWatching(): { rowsTouched: number; records: number };
  /** Mounts, waits for every row, unmounts, `cycles` times. Resolves with the ms it took. */
  cycle(cycles: number, limit: number): Promise<number>;
  /**
   * What each row on the page says: its text without whitespace (where the variants' markup
   * differs), then its bar's accessible name, value text and value.
   */
  rowTexts(): string[];
}

declare global {
  interface Window {
    bench: BenchHooks;
    tachometerResult?: number;
  }
}

/**
 * Resolves with `performance.now()` just after the first frame that painted `count` rows:
 * checked in animation frames (before the frame's style and layout), the time is taken in a
 * task queued from there, so it includes that frame's rendering.
 */
function afterRowsPainted(
  variant: Variant,
  container: HTMLElement,
  count: number,
): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      if (variant.rows(container).length < count) {
        requestAnimationFrame(check);
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(check);
  });
}

/** Reads the URL (`job`, `rows`, `poll`, `autostart=0`), mounts, and installs `window.bench`. */
export function startHarness(variant: Variant): void {
  const params = new URLSearchParams(location.search);
  const options = (limit: number): ListOptions => ({
    jobId: params.get('job') ?? 'bench_static',
    baseUrl: `${location.origin}/api`,
    limit,
    pollInterval: Number(params.get('poll') ?? 700),
  });
  const app = document.getElementById('app')!;
  const rows = Number(params.get('rows') ?? 500);

  let firstRender: Promise<number>;
  if (params.get('autostart') === '0') {
    firstRender = new Promise(() => {});
  } else {
    variant.mount(app, options(rows));
    firstRender = afterRowsPainted(variant, app, rows).then((ms) => {
      window.tachometerResult = ms;
      return ms;
    });
  }

  let observers: MutationObserver[] = [];
  let touched = new Set<number>();
  let records = 0;

  window.bench = {
    firstRender,
    watchRows() {
      touched = new Set();
      records = 0;
      observers = variant.rows(app).map((nodes, index) => {
        const observer = new MutationObserver((list) => {
          touched.add(index);
          records += list.length;
        });
        for (const node of nodes) {
          observer.observe(node, {
            subtree: true,
            childList: true,
            attributes: true,
            characterData: true,
          });
        }
        return observer;
      });
      return observers.length;
    },
    stopWatching() {
      // Records not delivered yet still count.
      for (const observer of observers) {
        const pending = observer.takeRecords();
        if (pending.length) {
          touched.add(observers.indexOf(observer));
          records += pending.length;
        }
        observer.disconnect();
      }
      observers = [];
      return { rowsTouched: touched.size, records };
    },
    rowTexts() {
      return variant.rows(app).map((nodes) => {
        const row = nodes[nodes.length - 1] as ParentNode & Node;
        const bar = row.querySelector('[role="progressbar"]');
        const said = ['aria-label', 'aria-valuetext', 'aria-valuenow'].map(
          (name) => bar?.getAttribute(name) ?? '',
        );
        return [(row.textContent ?? '').replace(/\s+/g, ''), ...said].join(' | ');
      });
    },
    async cycle(cycles, limit) {
      const start = performance.now();
      for (let i = 0; i < cycles; i++) {
        const container = document.createElement('div');
        app.append(container);
        const unmount = variant.mount(container, options(limit));
        await afterRowsPainted(variant, container, limit);
        unmount();
        container.remove();
      }
      return performance.now() - start;
    },
  };
}
