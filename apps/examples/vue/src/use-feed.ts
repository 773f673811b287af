import { onScopeDispose, shallowRef, type ShallowRef } from 'vue';
import {
  createClient,
  createFeed,
  type FeedSnapshot,
  type InputProgressFeed,
} from '@input-progress/core';

/**
 * A core feed as a Vue ref: subscribed while the component lives, destroyed with it. The
 * snapshot is immutable and replaced on change, so a shallow ref is all Vue needs.
 */
export function useFeed(options: {
  jobId: string;
  baseUrl: string;
  limit: number;
  pollInterval: number;
}): { snapshot: ShallowRef<FeedSnapshot>; feed: InputProgressFeed } {
  const feed = createFeed({
    client: createClient({ baseUrl: options.baseUrl }),
    jobId: options.jobId,
    query: { limit: options.limit },
    pollInterval: options.pollInterval,
  });
  const snapshot = shallowRef(feed.getSnapshot());
  const unsubscribe = feed.subscribe((next) => (snapshot.value = next));
  onScopeDispose(() => {
    unsubscribe();
    feed.destroy();
  });
  return { snapshot, feed };
}
