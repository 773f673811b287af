import type { StorybookConfig } from '@storybook/web-components-vite';
import { eventDetailsPlugin } from './event-details-plugin.js';

const config: StorybookConfig = {
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The site is static files: every API request is answered in the page (src/playground).
  viteFinal: (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), eventDetailsPlugin()] }),
};

export default config;
