// Builds the benchmark pages' scripts into dist/: each variant's page (minified production
// builds, as a site would ship them) and the counters injected in the mount/unmount scenario.
// The <input-progress-list> page loads the elements' own standalone bundle instead.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: [
    'src/pages/elements-page.ts',
    'src/pages/react-page.tsx',
    'src/pages/react-core-page.tsx',
    'src/pages/plain-page.ts',
  ],
  outdir: 'dist',
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['browser', 'production'],
  legalComments: 'none',
  logLevel: 'warning',
});
await build({
  absWorkingDir: root,
  entryPoints: ['src/pages/counters.ts'],
  outdir: 'dist',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  logLevel: 'warning',
});
