import type { Connect, Plugin } from 'vite';

/** A Vite plugin that mounts one Connect middleware on both the dev and the preview server. */
export function middlewarePlugin(name: string, middleware: Connect.NextHandleFunction): Plugin {
  return {
    name,
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}
