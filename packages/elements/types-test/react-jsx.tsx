// The React 19 JSX entry types the tags for real: right values pass, wrong ones fail
// (each `@ts-expect-error` fails this typecheck when its line stops being an error).
import type {} from '@input-progress/elements/react-jsx';
import type {
  InputProgressList,
  InputProgressSettleEvent,
  InputProgressUpdateEvent,
} from '@input-progress/elements';
import { createFeed, createClient, type FeedItem } from '@input-progress/core';

declare const item: FeedItem;
let list: InputProgressList | null = null;
export const current = () => list;
const feed = createFeed({ client: createClient(), jobId: 'job_1' });

export const ok = (
  <>
    <input-progress-list
      job-id="job_1"
      base-url="/api/v0.5"
      order="desc"
      limit={50}
      poll-interval={2000}
      className="jobs"
      style={{ maxWidth: 600 }}
      oninput-progress-settle={(event) => {
        const settled: InputProgressSettleEvent = event;
        return settled.detail.filename;
      }}
      oninput-progress-update={(event: InputProgressUpdateEvent) => event.detail.snapshot.items}
      ref={(el: InputProgressList | null) => {
        list = el;
      }}
    >
      <p slot="empty">Nothing yet</p>
    </input-progress-list>
    <input-progress-list feed={feed} />
    <input-progress-row item={item} />
  </>
);

// @ts-expect-error order is 'asc' | 'desc'
export const badOrder = <input-progress-list job-id="job_1" order="sideways" />;
// @ts-expect-error limit is a number
export const badLimit = <input-progress-list job-id="job_1" limit="ten" />;
// @ts-expect-error the feed property takes a core feed
export const badFeed = <input-progress-list feed={{ items: [] }} />;
// @ts-expect-error the settle event carries a detail with `filename`, not `fileName`
export const badDetail = <input-progress-list oninput-progress-settle={(e) => e.detail.fileName} />;
// @ts-expect-error poll-interval is a number (a known attribute with a dash is checked too)
export const badPoll = <input-progress-list poll-interval="often" />;
// @ts-expect-error no such property (TypeScript never checks unknown names with a dash, like data-*)
export const unknown = <input-progress-list jobid="job_1" />;
// @ts-expect-error a row's item is a feed item
export const badItem = <input-progress-row item="inp_1" />;
