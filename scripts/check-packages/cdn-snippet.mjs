// The docs' CDN tag (scripts/cdn-snippet.mjs) against the standalone bundle `npm publish` would
// ship. On a release commit (no pending changesets: `changeset version` has just consumed
// them) every tag must pin this version with this bundle's hash, exactly. Between releases the
// source moves on while the docs still describe the released version, whose file on the CDN
// is what the hash is of; then every tag must pin the current (released) version with a
// well-formed SHA-384, and the next version's tag is what the version step writes
// (checked in the throwaway copy by checkCdnSnippetAtVersion).
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  BUNDLE_PATH,
  cdnTag,
  cdnTagProblems,
  cdnTagsIn,
  docsWithCdnTags,
  integrityOf,
  main as cdnSnippet,
} from '../cdn-snippet.mjs';
import { readJson, root } from './common.mjs';

const SHA384 = /^sha384-[A-Za-z0-9+/]{64}$/;

/** Changesets not yet versioned. */
const pendingChangesets = () =>
  readdirSync(join(root, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');

/** Problems of the docs' CDN tags, for the packed elements (`context` of check-packages.mjs). */
export function checkCdnSnippet(context) {
  const integrity = integrityOf(readFileSync(join(context.sourceDir, BUNDLE_PATH)));
  const { version } = context.manifest;
  const files = docsWithCdnTags();
  if (files.length === 0) return ['no document holds the CDN tag of @input-progress/elements'];
  if (pendingChangesets().length === 0) return cdnTagProblems(files, version, integrity);
  return files.flatMap((file) =>
    cdnTagsIn(file)
      .filter(
        (found) =>
          !SHA384.test(found.integrity ?? '') || found.tag !== cdnTag(version, found.integrity),
      )
      .map(
        (found) =>
          `${file}: the CDN tag pins ${found.version} with ${found.integrity}; expected ${version} with a sha384- hash`,
      ),
  );
}

/**
 * The version step in the throwaway copy after `changeset version` (`copy`): the docs and the
 * bundle are copied in, `scripts/cdn-snippet.mjs --root copy` rewrites the tags, and every tag
 * must then pin the new version with the hash of the bundle that would be published.
 */
export function checkCdnSnippetAtVersion(copy) {
  const files = docsWithCdnTags();
  for (const file of [...files, `packages/elements/${BUNDLE_PATH}`]) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  const { version } = readJson(join(copy, 'packages/elements/package.json'));
  const integrity = integrityOf(readFileSync(join(root, 'packages/elements', BUNDLE_PATH)));
  const log = console.log;
  console.log = () => {}; // the script's own summary line; the problems below say it all
  let status;
  try {
    status = cdnSnippet(['--root', copy]);
  } finally {
    console.log = log;
  }
  if (status !== 0) return [`scripts/cdn-snippet.mjs exited ${status} in the versioned copy`];
  return cdnTagProblems(files, version, integrity, copy);
}
