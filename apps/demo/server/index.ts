export { createApiForwarder, JOB_ID_FORM, JOB_ID_PATTERN } from './create-api-forwarder.js';
export type { ApiForwarderOptions, RequestHandler } from './create-api-forwarder.js';
export { toNodeMiddleware } from './to-node-middleware.js';
export type { NodeMiddleware, NodeMiddlewareOptions } from './to-node-middleware.js';
export { apiForwarderPlugin } from './api-forwarder-plugin.js';
