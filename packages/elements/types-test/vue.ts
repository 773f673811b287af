// The Vue entry registers both tags in GlobalComponents with typed props and listeners.
// vue-tsc checks templates against these types (apps/examples/vue); here the props themselves.
import type {} from '@input-progress/elements/vue';
import type { GlobalComponents } from 'vue';
import type { InputProgressSettleEvent } from '@input-progress/elements';

type PropsOf<C> = C extends new (...args: never[]) => { $props: infer P } ? P : never;
type ListProps = PropsOf<GlobalComponents['input-progress-list']>;
type RowProps = PropsOf<GlobalComponents['input-progress-row']>;

export const ok: ListProps = {
  'job-id': 'job_1',
  order: 'desc',
  limit: 50,
  onInputProgressSettle: (event: InputProgressSettleEvent) => event.detail.inputId,
};
export const row: RowProps = { item: null };

// @ts-expect-error order is 'asc' | 'desc'
export const badOrder: ListProps = { order: 'sideways' };
// @ts-expect-error limit is a number
export const badLimit: ListProps = { limit: 'ten' };
export const badListener: ListProps = {
  // @ts-expect-error the settle listener receives the settle event, whose detail has no `fileName`
  onInputProgressSettle: (event: { detail: { fileName: string } }) => event.detail.fileName,
};
