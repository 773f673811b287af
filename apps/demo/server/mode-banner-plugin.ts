import type { Plugin } from 'vite';

/**
 * The upstream as it may be printed: origin and path only. A URL's user name, password,
 * query and fragment can hold credentials, and the key itself is never part of it.
 */
export function printableUpstream(upstream: string): string {
  try {
    const url = new URL(upstream);
    return `${url.origin}${url.pathname}`.replace(/\/$/, '');
  } catch {
    return '(an invalid ATAI_API_URL)';
  }
}

/** The line that says which API the demo serves: the simulator, or the real one and where. */
export function modeBanner(mode: 'simulator' | 'real', upstream: string): string {
  return mode === 'real'
    ? `input-progress demo: real API mode, /api forwards to ${printableUpstream(upstream)} (the key stays in this process)`
    : 'input-progress demo: simulator mode, the built-in simulator serves the API at /api';
}

/** Prints `banner` once the dev or preview server listens, beside Vite's own URLs. */
export function modeBannerPlugin(banner: string): Plugin {
  const announce = (server: {
    httpServer: { once(event: 'listening', listener: () => void): unknown } | null;
    config: { logger: { info(message: string): void } };
  }): void => {
    server.httpServer?.once('listening', () => server.config.logger.info(banner));
  };
  return {
    name: 'input-progress-demo:mode-banner',
    configureServer: announce,
    configurePreviewServer: announce,
  };
}
