import { defineConfig, type Plugin } from 'vite';
import { simulatorPlugin } from '@input-progress/simulator/vite';
import { forwarderPlugin } from '@input-progress/forwarder/vite';
import { JOB_ID_PATTERN } from '@input-progress/forwarder/job-id';
import { jobRestartPlugin } from './server/job-restart-plugin.js';
import { modeBanner, modeBannerPlugin } from './server/mode-banner-plugin.js';
import { standaloneBundlePlugin } from './server/standalone-bundle-plugin.js';

/** The real API, used when `DEMO_API=real`; `ATAI_API_URL` overrides it (e.g. another region). */
const DEFAULT_UPSTREAM = 'https://api.u1.archetypeai.app/v0.5';

/**
 * Two modes, chosen by environment variables when the server starts:
 * - default: the simulator plugin serves the batch API at `/api` on this same server
 *   (`DEMO_SIMULATOR_SPEED` speeds its clock up, `DEMO_SIMULATOR_SEED` fixes its randomness);
 * - `DEMO_API=real` with `ATAI_API_KEY`: the key-adding forwarder serves `/api/…` and the page
 *   uses `base-url="/api"`; the key stays in this process (`DEMO_JOB_ID` picks the first job).
 */
export default defineConfig(() => {
  const api = process.env.DEMO_API === 'real' ? 'real' : 'simulator';
  const upstream = process.env.ATAI_API_URL ?? DEFAULT_UPSTREAM;
  const jobId = process.env.DEMO_JOB_ID ?? '';
  // The page and plain.html find the API at /api on this same server in both modes;
  // plain.html shows DEMO_JOB_ID in real-API mode.
  const plugins: Plugin[] = [
    standaloneBundlePlugin(api === 'real' && JOB_ID_PATTERN.test(jobId) ? { jobId } : {}),
    modeBannerPlugin(modeBanner(api, upstream)),
  ];
  if (api === 'real') {
    const apiKey = process.env.ATAI_API_KEY?.trim();
    if (!apiKey) {
      throw new Error(
        'DEMO_API=real needs ATAI_API_KEY in the environment (the key stays on the server).',
      );
    }
    plugins.push(
      forwarderPlugin({
        upstream,
        apiKey,
        prefix: '/api',
        // A dev server on 127.0.0.1 for the developer who holds the key: every viewer is them.
        authorize: 'allow-all',
      }),
    );
  } else {
    const speed = numberFromEnv('DEMO_SIMULATOR_SPEED', Number.MIN_VALUE);
    const seed = numberFromEnv('DEMO_SIMULATOR_SEED', 0);
    // Unset options stay absent, so the simulator's own defaults apply.
    const simulator = simulatorPlugin({
      ...(speed === undefined ? {} : { speed }),
      ...(seed === undefined ? {} : { seed }),
    });
    plugins.push(simulator, jobRestartPlugin(simulator.simulator));
  }
  return {
    plugins,
    define: {
      'import.meta.env.VITE_DEMO_API': JSON.stringify(api),
      'import.meta.env.VITE_DEMO_JOB_ID': JSON.stringify(jobId),
    },
    // 5173 unless DEMO_PORT says otherwise; a taken port moves on to the next free one.
    server: { host: '127.0.0.1', port: numberFromEnv('DEMO_PORT', 1) ?? 5173, strictPort: false },
    preview: { host: '127.0.0.1' },
    build: {
      target: 'es2022',
      // plain.html is copied as it is by standaloneBundlePlugin, not processed.
      rolldownOptions: { input: { main: 'index.html' } },
    },
  };
});

function numberFromEnv(name: string, min: number): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min)
    throw new Error(`${name} must be a number ≥ ${min}, got "${raw}"`);
  return value;
}
