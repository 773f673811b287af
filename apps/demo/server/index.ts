export { jobRestartPlugin } from './job-restart-plugin.js';
export { middlewarePlugin } from './middleware-plugin.js';
export { standaloneBundlePlugin, STANDALONE_URL } from './standalone-bundle-plugin.js';
