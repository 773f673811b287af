// Time to the last row on screen, measured by tachometer (the Lit team's benchmark runner):
// it loads the variants' pages in turn in Chrome through chromedriver, a fresh tab per
// sample, and reads `window.tachometerResult`, which the page sets to the ms from navigation
// to the first frame after its last row appeared (src/pages/harness.ts). Its own report goes
// to a log file; the runner takes the samples from its JSON output.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CHROMEDRIVER, CHROMIUM, CHROMIUM_ARGS, STATIC_JOB } from './cdp.js';
import { POLL_INTERVAL_MS } from './bench-job.js';
import type { VariantInfo } from './variants.js';

const tachBin = join(
  dirname(createRequire(import.meta.url).resolve('tachometer/package.json')),
  'bin/tach.js',
);

export interface TachometerBenchmark {
  readonly variant: VariantInfo;
  readonly rows: number;
}

const nameOf = ({ variant, rows }: TachometerBenchmark) => `${variant.id} ${rows} rows`;

/** Runs every benchmark `samples` times; returns each one's samples (ms), keyed as `nameOf`. */
export async function runTachometer(
  origin: string,
  benchmarks: readonly TachometerBenchmark[],
  samples: number,
  outDir: string,
): Promise<Map<string, number[]>> {
  const config = {
    $schema: 'https://raw.githubusercontent.com/Polymer/tachometer/master/config.schema.json',
    sampleSize: samples,
    // No automatic extra sampling: the run time stays bounded.
    timeout: 0,
    benchmarks: benchmarks.map((benchmark) => ({
      name: nameOf(benchmark),
      url: `${origin}${benchmark.variant.page}?job=${STATIC_JOB}&rows=${benchmark.rows}&poll=${POLL_INTERVAL_MS}`,
      measurement: 'global',
      browser: {
        name: 'chrome',
        headless: true,
        binary: CHROMIUM,
        addArguments: CHROMIUM_ARGS,
        windowSize: { width: 1024, height: 768 },
      },
    })),
  };
  const configFile = join(outDir, 'tachometer.config.json');
  const jsonFile = join(outDir, 'tachometer.json');
  const logFile = join(outDir, 'tachometer.log');
  await writeFile(configFile, JSON.stringify(config, null, 2));
  const log = createWriteStream(logFile);
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [tachBin, '--config', configFile, '--json-file', jsonFile],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        // Selenium Manager (inside selenium-webdriver) would otherwise look up driver versions
        // online; offline it takes the chromedriver on PATH: Debian's, next to its Chromium.
        env: {
          ...process.env,
          SE_OFFLINE: 'true',
          PATH: `${dirname(CHROMEDRIVER)}:${process.env.PATH ?? ''}`,
        },
      },
    );
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`tachometer exited with ${code}; see ${logFile}`);
  const output = JSON.parse(await readFile(jsonFile, 'utf8')) as {
    benchmarks: Array<{ name: string; samples: number[] }>;
  };
  return new Map(output.benchmarks.map((benchmark) => [benchmark.name, benchmark.samples]));
}

export { nameOf as tachometerName };
