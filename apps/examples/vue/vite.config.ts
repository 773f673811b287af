import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { simulatorPlugin } from '@input-progress/simulator/vite';

export default defineConfig({
  plugins: [
    // The input-progress-* tags are custom elements, not Vue components.
    vue({
      template: {
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('input-progress-') },
      },
    }),
    // The simulator serves the batch API at /api (its default) on the dev and preview servers: no key needed.
    simulatorPlugin(),
  ],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022' },
});
