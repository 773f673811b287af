// publint (--strict) and Are The Types Wrong (ESM-only profile) on one tarball.
import { readFileSync } from 'node:fs';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { bin, exec, root } from './common.mjs';

export async function checkPublint({ tarball }) {
  const buffer = readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.length) },
    level: 'suggestion',
    strict: true,
  });
  const count = (type) => messages.filter((m) => m.type === type).length;
  const summary = `${count('error')} errors, ${count('warning')} warnings, ${count('suggestion')} suggestions`;
  // --strict: warnings count as errors; suggestions are shown, and fail too (there are none).
  const problems = messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false })}`);
  return { problems, summary };
}

export function checkAttw({ tarball }) {
  // --no-definitely-typed: no @types look-up on the registry, so it runs offline.
  const args = [tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'json'];
  const { ok, stdout, output } = exec(bin('attw'), args, root);
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return {
      problems: [`attw did not run: ${output.trim().slice(0, 500)}`],
      summary: 'did not run',
    };
  }
  // The esm-only profile ignores the CommonJS and node10 resolutions (the packages are ESM).
  const ignored = new Set(['node10', 'node16-cjs']);
  const problems = Object.values(report.problems ?? {})
    .flat()
    .filter((p) => !ignored.has(p.resolutionKind))
    .map((p) => `${p.kind} (${p.entrypoint ?? ''}, ${p.resolutionKind ?? ''})`);
  if (!ok && !problems.length) problems.push(`attw failed: ${output.trim().slice(0, 500)}`);
  const entrypoints = Object.keys(report.analysis?.entrypoints ?? {}).length;
  return { problems, summary: `${problems.length} problems in ${entrypoints} entry points` };
}
