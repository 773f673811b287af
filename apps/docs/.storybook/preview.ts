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

const preview: Preview = {
  decorators: [withPageSettings],
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LOCALES.map(({ lang, label }) => ({ value: lang, title: label })),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
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
