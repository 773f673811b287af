#!/usr/bin/env node
// `pnpm demo`: the Vite dev server with the demo's config, started through Vite's API rather
// than its command line. Vite's command line refuses a second dev server of one project with
// a stack trace; here a second `pnpm demo` moves on to the next free port, as a taken port
// does, and anything that stops the start-up (real-API mode without a key, a bad variable) is
// said in one line with a non-zero exit.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

try {
  const server = await createServer({ root, configFile: `${root}vite.config.ts` });
  await server.listen();
  server.printUrls();
  server.bindCLIShortcuts({ print: true });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`pnpm demo: ${message.split('\n', 1)[0]}`);
  process.exit(1);
}
