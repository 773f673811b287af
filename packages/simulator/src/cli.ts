#!/usr/bin/env node
/// <reference types="node" />
import { parseArgs } from 'node:util';
import { startSimulatorServer } from './node-server.js';

const USAGE = `Usage: input-progress-simulator [--port 8787] [--host 127.0.0.1] [--base-path /api] [--speed N] [--seed N] [--api-key KEY]...

Serves the simulated Archetype AI batch API (with the job_demo_* presets) over HTTP.
  --port      port to listen on (default 8787; 0 picks a free one)
  --host      interface to listen on (default 127.0.0.1)
  --base-path path the API is served under (default /api; /v0.5 mirrors the real API's paths)
  --speed     real-time clock factor of the preset jobs (default 1)
  --seed      seed of everything random (default 1)
  --api-key   require "Authorization: Bearer KEY" on the API and the control API (repeatable)
  --no-control  disable the /__simulator control API`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function numberOption(
  value: string | undefined,
  name: string,
  check: (parsed: number) => boolean,
): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || !check(parsed))
    fail(`Invalid --${name}: ${value}`);
  return parsed;
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      'base-path': { type: 'string' },
      speed: { type: 'string' },
      seed: { type: 'string' },
      'api-key': { type: 'string', multiple: true },
      'no-control': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }).values;
} catch (error) {
  fail((error as Error).message);
}
if (parsed.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const server = await startSimulatorServer({
  port: numberOption(parsed.port, 'port', (n) => Number.isInteger(n) && n >= 0 && n <= 65535),
  host: parsed.host,
  basePath: parsed['base-path'],
  speed: numberOption(parsed.speed, 'speed', (n) => n > 0),
  seed: numberOption(parsed.seed, 'seed', Number.isSafeInteger),
  apiKeys: parsed['api-key'],
  control: !parsed['no-control'],
}).catch((error: unknown) => fail(`Could not start: ${(error as Error).message}`));

// The API key is never printed; only where to find the API.
process.stdout.write(`input-progress simulator listening on ${server.url}\n`);

let closing = false;
const shutdown = (signal: string): void => {
  if (closing) return;
  closing = true;
  process.stdout.write(`${signal} received, shutting down\n`);
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
