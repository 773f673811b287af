import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import manifest from '@input-progress/elements/custom-elements.json';
import '@input-progress/elements/define.js';
import { installPageApi } from '../src/playground/page-api.js';
import { LOCALES } from '../src/locales.js';
import './preview.css';

// Before any story renders: the batch API is answered inside the page.
installPageApi();
setCustomElementsManifest(manifest);
setStorybookHelpersConfig({ hideArgRef: true, renderDefaultValues: false });

/** Every story sits in the toolbar's language, direction and colour scheme. */
const withPageSettings: Decorator = (story, { globals }) =>
  html`<div
    class="story-page"
    lang=${globals.locale ?? 'en'}
    dir=${globals.direction ?? 'ltr'}
    data-scheme=${globals.scheme ?? 'light'}
  >
    ${story()}
  </div>`;

/** A global with a menu in the toolbar: `choices` maps each value to its title. */
const toolbarMenu = (
  description: string,
  title: string,
  icon: string,
  choices: Record<string, string>,
) => ({
  description,
  toolbar: {
    title,
    icon,
    items: Object.entries(choices).map(([value, choice]) => ({ value, title: choice })),
    dynamicTitle: true,
  },
});

const preview: Preview = {
  decorators: [withPageSettings],
  globalTypes: {
    locale: toolbarMenu(
      'Language of the elements',
      'Language',
      'globe',
      Object.fromEntries(LOCALES.map(({ lang, label }) => [lang, label])),
    ),
    direction: toolbarMenu('Text direction', 'Direction', 'transfer', {
      ltr: 'Left to right',
      rtl: 'Right to left',
    }),
    scheme: toolbarMenu('Colour scheme', 'Scheme', 'contrast', { light: 'Light', dark: 'Dark' }),
  },
  initialGlobals: { locale: 'en', direction: 'ltr', scheme: 'light' },
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    // Every story is checked by axe in the a11y panel; the story test fails on any serious finding.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Guides',
          'Elements',
          'States',
          'Theming',
          'Languages',
          'Core',
          'Reference',
        ],
      },
    },
  },
};

export default preview;
