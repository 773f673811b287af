#!/usr/bin/env node
// Runs @web/test-runner for the package in the current directory, in every engine that
// scripts/browsers.mjs selects. WebKit needs an X server and WebKitWebDriver running first:
// this script starts both on free ports/displays, and stops them by pid when the run ends,
// whether the tests passed, failed or the run was interrupted.
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { enginesToRun } from './browsers.mjs';

const children = [];
function stopChildren() {
  for (const child of children.reverse()) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
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
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    children.push(xvfb);
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
    const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
      env: { ...env, DISPLAY: display },
      stdio: 'ignore',
    });
    children.push(driver);
    await waitForPort(port, 15_000);
    Object.assign(env, { WTR_WEBKIT_PORT: String(port), DISPLAY: display });
  }
  const wtrBin = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
  const wtr = spawn(process.execPath, [wtrBin, ...process.argv.slice(2)], { env, stdio: 'inherit' });
  children.push(wtr);
  const code = await new Promise((resolve) => wtr.once('exit', (c, signal) => resolve(signal ? 1 : (c ?? 1))));
  return code;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}

main()
  .then((code) => {
    stopChildren();
    process.exit(code);
  })
  .catch((error) => {
    stopChildren();
    console.error(error.message);
    process.exit(1);
  });
