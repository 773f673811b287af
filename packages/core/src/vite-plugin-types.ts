/**
 * The shape the Vite plugins of this repository share (the simulator's and the forwarder's):
 * the option that says where the page is served from, and the part of Vite's dev and preview
 * servers they use. Types only, structurally Vite's, so no package depends on Vite.
 */

/** Options every input-progress Vite plugin takes. */
export interface VitePluginOptions {
  /**
   * The origin the page is served from as the page sees it, e.g. `https://dev.example.com`
   * behind a proxy: what request URLs are built on. Default: Vite's configured `server.host`
   * / `preview.host` (`localhost` when unset or every interface) with the port the request
   * arrived on. The request's `Host` header is never used: it is the client's to choose.
   */
  readonly origin?: string;
}

/** The host settings of Vite's `server` / `preview` config the plugins read. */
export interface ViteHostConfig {
  readonly host?: string | boolean;
  readonly https?: unknown;
}

/** The part of Vite's dev and preview servers a plugin mounts its `Middleware` on. */
export interface ViteServerLike<Middleware> {
  readonly middlewares: { use(fn: Middleware): unknown };
  readonly config?: { readonly server?: ViteHostConfig; readonly preview?: ViteHostConfig };
}

/** A Vite plugin object (structurally a Vite `Plugin`) that serves on `vite` and `vite preview`. */
export interface ViteServePlugin<Name extends string, Middleware> {
  readonly name: Name;
  configureServer(server: ViteServerLike<Middleware>): void;
  configurePreviewServer(server: ViteServerLike<Middleware>): void;
}
