import { html } from 'lit';
import {
  listTemplate,
  liveList,
  liveMeta,
  onLiveJob,
  type ElementStory,
} from '../playground/element-stories.js';
import { LOCALES } from '../locales.js';

/**
 * Texts come from a strings table, numbers and times from `Intl` in the nearest `lang`.
 * Every story follows the toolbar's language and direction; these show them side by side.
 */
export default {
  title: 'Languages',
  tags: ['expect-rows'],
  ...liveMeta('input-progress-list', { limit: 5 }),
};

/** One list per locale the docs know (`src/locales.ts`: adding a locale is one line there). */
export const EveryLocale: ElementStory = {
  name: 'Every locale',
  render: (args, context) => {
    const bound = onLiveJob(args, context);
    return html`${LOCALES.map(
      (locale) =>
        html`<section
          lang=${locale.lang}
          dir=${locale.dir}
          aria-label=${locale.label}
          class="locale-sample"
        >
          <h2>${locale.label}</h2>
          ${listTemplate(args, { ...bound, strings: locale.strings })}
        </section>`,
    )}`;
  },
};

/** Right to left: the layout mirrors (logical properties throughout). */
export const RightToLeft: ElementStory = {
  name: 'Right to left',
  globals: { direction: 'rtl' },
  render: liveList(),
};
