import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { simulatorPlugin } from '@input-progress/simulator/vite';

// The simulator serves the batch API at /api (its default) on the dev and preview servers: no key needed.
export default defineConfig({
  plugins: [react(), simulatorPlugin()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022' },
});
