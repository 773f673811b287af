/**
 * The registries of shared loads (see `shared-load.ts`): a key's load is created when a feed
 * first asks for it and dropped when its last feed leaves. The one registry of every feed
 * created with `share: true` keeps a dropped key's last page for {@link RETAIN_MS}, as
 * TanStack Query keeps an unobserved query for its `gcTime`: a list shown again (a tab, a
 * route, a remount) shows that page at once and loads again only when it is older than the
 * poll interval.
 */
import type { Clock } from './clock.js';
import {
  createSharedLoad,
  NOTHING_LOADED,
  type LoadRegistry,
  type LoadState,
  type LoadSuccess,
  type Seed,
  type SharedLoad,
} from './shared-load.js';

/** How long the shared registry keeps the last page of a key no feed watches, in ms. */
const RETAIN_MS = 5 * 60_000;
/** How many such pages it keeps at most (the longest unwatched goes first). */
const RETAIN_KEYS = 20;

/** A page kept after its last feed left: when, on the clock of its load. */
interface Kept {
  readonly outcome: LoadSuccess;
  readonly clock: Clock;
  readonly at: number;
}

/**
 * A registry of shared loads; each key is dropped when its last feed leaves, and its last
 * page is kept for `retainMs` (0: not kept) for the next feed of the key.
 */
export function createLoadRegistry(retainMs = 0): LoadRegistry {
  const loads = new Map<string, SharedLoad>();
  /** By key, in the order their last feed left. */
  const kept = new Map<string, Kept>();
  const expired = ({ clock, at }: Kept) => clock.now() - at >= retainMs;

  function keep(key: string, { outcome }: LoadState, clock: Clock | null) {
    if (!retainMs || !clock || !outcome?.ok) return;
    kept.set(key, { outcome, clock, at: clock.now() });
    for (const [oldKey, page] of kept)
      if (kept.size > RETAIN_KEYS || expired(page)) kept.delete(oldKey);
  }

  /** What a key's new load starts from: the kept page while it is young enough, else nothing. */
  function seedOf(key: string): Seed {
    const page = kept.get(key);
    kept.delete(key);
    return page && !expired(page)
      ? {
          state: { ...NOTHING_LOADED, outcome: page.outcome, settledAt: page.outcome.at },
          clock: page.clock,
        }
      : { state: NOTHING_LOADED, clock: null };
  }

  return {
    get(key) {
      let load = loads.get(key);
      if (!load) {
        // Released at most once: a released load has no feed left to attach to it again.
        load = createSharedLoad(key, seedOf(key), (state, clock) => {
          loads.delete(key);
          keep(key, state, clock);
        });
        loads.set(key, load);
      }
      return load;
    },
  };
}

let pageRegistry: LoadRegistry | undefined;

/** The one registry of every feed created with `share: true` in this page or process. */
export function sharedLoadRegistry(): LoadRegistry {
  pageRegistry ??= createLoadRegistry(RETAIN_MS);
  return pageRegistry;
}
