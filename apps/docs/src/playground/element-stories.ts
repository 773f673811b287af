/**
 * What the element stories share: controls from the manifest (attributes and custom
 * properties, via @wc-toolkit/storybook-helpers) beside the playground's, and templates that
 * bind them to a live job of the in-page simulator.
 */
import type { ArgTypes, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { InputProgressClient } from '@input-progress/core';
import type { InputProgressStrings, RenderItem } from '@input-progress/elements';
import type { JobConfig } from '@input-progress/simulator/browser';
import { localeOf } from '../locales.js';
import { BASE_URL } from './page-api.js';
import { liveJob } from './live-job.js';
import {
  defaultPlaygroundArgs,
  playgroundArgTypes,
  type PlaygroundArgs,
} from './playground-args.js';

/** A story's args: the playground's plus the element's attributes and custom properties by name. */
export type ElementArgs = PlaygroundArgs & Record<string, unknown>;

/** A story of an element on a live job. */
export type ElementStory = StoryObj<ElementArgs>;

/** A story file's controls: args, their types, and the custom properties' style. */
export interface ElementControls {
  readonly args: ElementArgs;
  readonly argTypes: ArgTypes<ElementArgs>;
  /** A `<style>` with the custom properties whose controls moved off their defaults. */
  styleTemplate(storyArgs: ElementArgs): unknown;
}

/** Controls and defaults of `tag`: its attributes and custom properties from the manifest. */
export function elementControls(tag: string, defaults: Record<string, unknown>): ElementControls {
  const { args, argTypes, styleTemplate } = getStorybookHelpers(tag, {
    excludeCategories: ['methods', 'properties', 'cssParts', 'cssStates', 'events', 'slots'],
  });
  return {
    args: { ...args, ...defaultPlaygroundArgs, ...defaults } as ElementArgs,
    argTypes: { ...argTypes, ...playgroundArgTypes } as ArgTypes<ElementArgs>,
    styleTemplate: (storyArgs: ElementArgs) => styleTemplate(storyArgs),
  };
}

/** The properties a story hands an element besides its attributes. */
export interface BoundProperties {
  readonly jobId: string;
  readonly strings?: Partial<InputProgressStrings> | null;
  readonly renderItem?: RenderItem | null;
  readonly client?: InputProgressClient | null;
  readonly baseUrl?: string;
  /** Called once, when the first page has loaded (stories that break the API afterwards). */
  readonly onFirstLoad?: () => void;
}

/** A listener that calls `action` on its first event only. */
function once(action: (() => void) | undefined): ((event: Event) => void) | typeof nothing {
  if (!action) return nothing;
  let done = false;
  return () => {
    if (!done) action();
    done = true;
  };
}

const text = (value: unknown): string | undefined =>
  value === undefined || value === null || value === '' ? undefined : String(value);

/** `<input-progress-list>` with the story's attributes. */
export function listTemplate(args: ElementArgs, bound: BoundProperties): TemplateResult {
  return html`<input-progress-list
    job-id=${bound.jobId}
    base-url=${bound.baseUrl ?? BASE_URL}
    port-name=${ifDefined(text(args['port-name']))}
    status=${ifDefined(text(args.status))}
    order=${ifDefined(text(args.order))}
    limit=${ifDefined(text(args.limit))}
    poll-interval=${ifDefined(text(args['poll-interval']))}
    density=${ifDefined(text(args.density))}
    .strings=${bound.strings ?? null}
    .renderItem=${bound.renderItem ?? null}
    .client=${bound.client ?? null}
    @input-progress-update=${once(bound.onFirstLoad)}
  ></input-progress-list>`;
}

/** `<input-progress-job>` with the story's attributes. */
export function jobTemplate(args: ElementArgs, bound: BoundProperties): TemplateResult {
  return html`<input-progress-job
    job-id=${bound.jobId}
    base-url=${bound.baseUrl ?? BASE_URL}
    poll-interval=${ifDefined(text(args['poll-interval']))}
    .strings=${bound.strings ?? null}
    .client=${bound.client ?? null}
  ></input-progress-job>`;
}

/** Nothing, or a caption above a story's element. */
export const caption = (words: string | null): TemplateResult | typeof nothing =>
  words ? html`<p class="story-caption">${words}</p>` : nothing;

/**
 * The properties of a story's element on a live job of the story's own, in the toolbar's
 * language: `bound` adds to them, `job` shapes the job beyond the controls.
 */
export function onLiveJob(
  args: ElementArgs,
  { id, globals }: Pick<StoryContext<ElementArgs>, 'id' | 'globals'>,
  bound: Partial<BoundProperties> = {},
  job?: JobConfig,
): BoundProperties {
  return { jobId: liveJob(id, args, job).id, strings: localeOf(globals.locale).strings, ...bound };
}

/** A story's render: `<input-progress-list>` on its own live job (see `onLiveJob`). */
export const liveList =
  (bound?: Partial<BoundProperties>, job?: JobConfig) =>
  (args: ElementArgs, context: StoryContext<ElementArgs>): TemplateResult =>
    listTemplate(args, onLiveJob(args, context, bound, job));

/** A story's render: `<input-progress-job>` on its own live job (see `onLiveJob`). */
export const liveJobElement =
  (bound?: Partial<BoundProperties>, job?: JobConfig) =>
  (args: ElementArgs, context: StoryContext<ElementArgs>): TemplateResult =>
    jobTemplate(args, onLiveJob(args, context, bound, job));

const TEMPLATES = { 'input-progress-list': listTemplate, 'input-progress-job': jobTemplate };

/**
 * The part of a story file's meta that its controls make: `tag`'s controls with `defaults`
 * (a second poll interval, and for the list the first page) and a render of the element on
 * the story's own live job with the custom properties the controls moved. `title` and `tags`
 * stay in the file, where Storybook's indexer reads them.
 */
export function liveMeta(
  tag: keyof typeof TEMPLATES,
  defaults: Record<string, unknown> = {},
): Pick<Meta<ElementArgs>, 'component' | 'args' | 'argTypes' | 'render'> {
  const listPage = tag === 'input-progress-list' ? { limit: 10, offset: 0 } : {};
  const controls = elementControls(tag, { ...listPage, 'poll-interval': 1000, ...defaults });
  return {
    component: tag,
    args: controls.args,
    argTypes: controls.argTypes,
    render: (args, context) =>
      html`${controls.styleTemplate(args)}${TEMPLATES[tag](args, onLiveJob(args, context))}`,
  };
}
