// useInputProgressFeed: a core feed owned by a component, read through useSyncExternalStore,
// for React apps that render their own rows. Building a feed has no side effect (it starts
// on its first subscriber), so it is made during render; its life is tied to the effects.
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import {
  createClient,
  createFeed,
  type Clock,
  type FeedEnvironment,
  type FeedSnapshot,
  type InputProgressClient,
  type InputProgressFeed,
  type PaginationInit,
} from '@input-progress/core';

interface CommonOptions {
  /** The batch job whose inputs to load. A change builds a new feed (and drops the old one). */
  readonly jobId: string;
  /**
   * The first query (filters, order, port, page size, offset). A later change of its value
   * goes to `feed.setQuery` (back to the first page, as the feed does); the same value on a
   * re-render changes nothing, so pages the user moved to with the feed stay.
   */
  readonly query?: Partial<PaginationInit>;
  /**
   * Ms between polls while inputs are pending or processing (the feed's default: 5 000);
   * `0` turns polling off. A change goes to `feed.setPollInterval`, keeping the data.
   */
  readonly pollInterval?: number;
  /**
   * The clock of the built client and feed (default: the real one), e.g. core's
   * `createFakeClock()` in tests. A change builds a new feed.
   */
  readonly clock?: Clock;
  /**
   * Replaces the feed's visibility or online sources (tests, embedded views). Read when a
   * feed is built.
   */
  readonly environment?: Partial<FeedEnvironment>;
}

/** Options of {@link useInputProgressFeed}: a `baseUrl` to build a client from, or a `client`. */
export type UseInputProgressFeedOptions = CommonOptions &
  (
    | {
        /**
         * The API root, e.g. `/api` on your own backend (default: the public API). A
         * change builds a new feed.
         */
        readonly baseUrl?: string;
        readonly client?: undefined;
      }
    | {
        /** A core client to load through (see `createClient`). A change builds a new feed. */
        readonly client: InputProgressClient;
        readonly baseUrl?: undefined;
      }
  );

/** What {@link useInputProgressFeed} returns. */
export interface InputProgressFeedState {
  /** The feed's current snapshot (status, items, counts, page, live state, error…). */
  readonly snapshot: FeedSnapshot;
  /** The feed itself, for `nextPage()`, `setQuery()`, `refresh()`…; stable while the job, base URL and client stay. */
  readonly feed: InputProgressFeed;
}

/** What each feed was last given, so a re-render with equal options changes nothing. */
const applied = new WeakMap<
  InputProgressFeed,
  { query: string; pollInterval: number | undefined }
>();

/** A stable text of a query, whatever the order of its keys. */
const queryKey = (query: Partial<PaginationInit> | undefined) =>
  JSON.stringify(query ?? {}, Object.keys(query ?? {}).sort());

/**
 * A live feed of one batch job's inputs, for components that render their own rows. The
 * feed loads and polls while the component is mounted, is rebuilt when `jobId`, `baseUrl` or
 * `client` change, and is destroyed on unmount (no timer, listener or request is left). Under
 * `<StrictMode>` the double mount keeps one feed. On the server it returns the idle snapshot
 * and sends nothing.
 *
 * @example
 * function Inputs({ jobId }: { jobId: string }) {
 *   const { snapshot, feed } = useInputProgressFeed({ jobId, baseUrl: '/api', query: { limit: 10 } });
 *   return (
 *     <ul>
 *       {snapshot.items.map((item) => (
 *         <li key={item.input.id}>{item.input.data.filename}: {item.percent ?? 0}%</li>
 *       ))}
 *       <button onClick={() => feed.nextPage()}>Next</button>
 *     </ul>
 *   );
 * }
 */
export function useInputProgressFeed(options: UseInputProgressFeedOptions): InputProgressFeedState {
  const { jobId, baseUrl, client, clock, query, pollInterval } = options;
  const key = queryKey(query);

  const feed = useMemo(() => {
    const built = createFeed({
      client: client ?? createClient({ ...(baseUrl === undefined ? {} : { baseUrl }), clock }),
      jobId,
      query,
      pollInterval,
      clock,
      environment: options.environment,
    });
    applied.set(built, { query: key, pollInterval });
    return built;
    // Only these make another feed; query and pollInterval are applied to the running one.
  }, [jobId, baseUrl, client, clock]); // eslint-disable-line react-hooks/exhaustive-deps

  const snapshot = useSyncExternalStore(feed.subscribe, feed.getSnapshot, feed.getSnapshot);

  useEffect(() => {
    const last = applied.get(feed);
    if (last && last.query !== key) feed.setQuery(query ?? {});
    applied.set(feed, { query: key, pollInterval: last?.pollInterval });
  }, [feed, key]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const last = applied.get(feed);
    if (pollInterval !== undefined && last?.pollInterval !== pollInterval) {
      feed.setPollInterval(pollInterval);
    }
    applied.set(feed, { query: last?.query ?? key, pollInterval });
  }, [feed, pollInterval]); // eslint-disable-line react-hooks/exhaustive-deps

  // The feed this component holds right now. StrictMode runs a cleanup and the effect again
  // in the same task: a feed is destroyed only when, a microtask later, no effect took it back.
  const held = useRef<InputProgressFeed | null>(null);
  useEffect(() => {
    held.current = feed;
    return () => {
      held.current = null;
      queueMicrotask(() => {
        if (held.current !== feed) feed.destroy();
      });
    };
  }, [feed]);

  return useMemo(() => ({ snapshot, feed }), [snapshot, feed]);
}
