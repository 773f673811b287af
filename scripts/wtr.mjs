#!/usr/bin/env node
// Runs @web/test-runner for the package in the current directory, in every engine that
// scripts/browsers.mjs selects. WebKit needs an X server and WebKitWebDriver running first:
// this script starts both on free ports/displays, and stops them by pid when the run ends,
// whether the tests passed, failed or the run was interrupted. Each child runs in its own
// process group, so the browsers they start (MiniBrowser under WebKitWebDriver, the browsers
// under web-test-runner) are stopped with them.
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { enginesToRun } from './browsers.mjs';

const children = [];
/** The web-test-runner process, once started. */
let wtr;
const spawnGroup = (command, args, options) => {
  const child = spawn(command, args, { ...options, detached: true });
  children.push(child);
  return child;
};
const signalGroups = (signal) => {
  for (const child of children) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is already gone
    }
  }
};
const groupAlive = (child) => {
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
};
const waitFor = async (done, ms) => {
  for (let waited = 0; waited < ms && !done(); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
/**
 * web-test-runner first, with SIGINT, so it closes the browsers it launched (puppeteer starts
 * Firefox in a process group of its own); then SIGTERM to every group, and SIGKILL to what
 * is still there two seconds later.
 */
async function stopChildren() {
  if (wtr && groupAlive(wtr)) {
    wtr.kill('SIGINT');
    await waitFor(() => !groupAlive(wtr), 10_000);
  }
  signalGroups('SIGTERM');
  await waitFor(() => !children.some(groupAlive), 2000);
  signalGroups('SIGKILL');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`WebKitWebDriver did not listen on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd) and resolves to ":N". */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawnGroup(
      'Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
      },
    );
    setTimeout(
      () => reject(new Error('Xvfb did not report a display within 10 s')),
      10_000,
    ).unref();
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited early (${code})`)));
  });
}

async function main() {
  const env = { ...process.env };
  const engines = enginesToRun(env);
  console.log(`web-test-runner: engines ${engines.join(', ')}`);
  if (engines.includes('webkit')) {
    const display = await startXvfb();
    const port = await freePort();
    spawnGroup('WebKitWebDriver', [`--port=${port}`], {
      env: { ...env, DISPLAY: display },
      stdio: 'ignore',
    });
    await waitForPort(port, 15_000);
    Object.assign(env, { WTR_WEBKIT_PORT: String(port), DISPLAY: display });
  }
  const wtrBin = fileURLToPath(
    new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url),
  );
  // web-test-runner's own choice (the first free port from 8000) races when two runs start
  // at once (turbo runs two packages' tests side by side): a port the system picks does not.
  const args = process.argv.slice(2);
  if (!args.includes('--port')) args.push('--port', String(await freePort()));
  wtr = spawnGroup(process.execPath, [wtrBin, ...args], {
    env,
    // No stdin: a child in its own process group must not read the terminal.
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise((resolve) =>
    wtr.once('exit', (c, signal) => resolve(signal ? 1 : (c ?? 1))),
  );
  return code;
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => stopChildren().then(() => process.exit(code)));
}

main()
  .catch((error) => {
    console.error(error.message);
    return 1;
  })
  .then(async (code) => {
    await stopChildren();
    process.exit(code);
  });
