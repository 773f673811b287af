// Which browser engines this machine can test in, and what to install when one is missing.
// Browsers come from Debian (see TOOLCHAIN.md), never from a tool's own download.
import { existsSync, readdirSync } from 'node:fs';

/** WebKitGTK's MiniBrowser lives under the multiarch folder (x86_64-linux-gnu, aarch64-linux-gnu, …). */
function findMiniBrowser() {
  const lib = '/usr/lib';
  const arches = existsSync(lib)
    ? readdirSync(lib).filter((dir) => dir.endsWith('-linux-gnu'))
    : [];
  const found = arches
    .map((arch) => `${lib}/${arch}/webkit2gtk-4.1/MiniBrowser`)
    .find((path) => existsSync(path));
  return found ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
}

/** The MiniBrowser binary WebKitWebDriver launches. */
export const MINIBROWSER = findMiniBrowser();

export const ENGINES = {
  chromium: {
    binaries: ['/usr/bin/chromium'],
    debianPackages: ['chromium'],
  },
  firefox: {
    binaries: ['/usr/bin/firefox-esr'],
    debianPackages: ['firefox-esr'],
  },
  webkit: {
    binaries: ['/usr/bin/WebKitWebDriver', MINIBROWSER, '/usr/bin/Xvfb'],
    debianPackages: ['webkit2gtk-driver', 'xvfb'],
  },
};

/**
 * Chromium flags for tests here: no sandbox (root), and none of the background requests this
 * machine's closed network would refuse noisily. Headless mode is the launcher's choice.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export const isInstalled = (engine) => ENGINES[engine].binaries.every((bin) => existsSync(bin));

/**
 * The engines to run: locally every installed one (Chromium required); with CI=true all three.
 * Throws an Error whose message names the Debian packages to install.
 */
export function enginesToRun(env = process.env) {
  const ci = env.CI === 'true' || env.CI === '1';
  const required = ci ? Object.keys(ENGINES) : ['chromium'];
  const missing = required.filter((engine) => !isInstalled(engine));
  if (missing.length > 0) {
    const packages = missing.flatMap((engine) => ENGINES[engine].debianPackages).join(' ');
    throw new Error(
      `Missing browser engine(s): ${missing.join(', ')}${ci ? ' (CI=true requires all three)' : ''}.\n` +
        `Install them with: apt-get install -y ${packages}   (or run: pnpm browsers)`,
    );
  }
  const only = env.WTR_ENGINES?.split(',').filter(Boolean);
  return Object.keys(ENGINES).filter((e) => isInstalled(e) && (!only || only.includes(e)));
}
