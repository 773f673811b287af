// An analyzer plugin that makes custom-elements.json name the files the package ships.
// The analyzer reads src/**/*.ts and records module paths and references the way it met them:
// `src/define.ts`, `src/index.js`, `/src/input-progress-row/input-progress-row.js` (leading
// slash) or `./feed-controller.js` (relative to the re-exporting module). Every tool that reads
// the manifest (Storybook, API viewers, type generators, editors) resolves these against the
// package, so each becomes the emitted `dist/….js` path, package-relative, no leading slash.
import { posix } from 'node:path';

/**
 * @param {object} options
 * @param {string} options.sourceDir  where the analyzed TypeScript lives, e.g. `src`
 * @param {string} options.outDir     where tsc emits it, e.g. `dist`
 */
export function shippedModulePaths({ sourceDir, outDir }) {
  /** `path` of a module or reference, seen from the module `from`, as a shipped file. */
  const ship = (path, from) => {
    const joined = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path;
    const normal = posix.normalize(joined).replace(/^\/+/, '');
    if (normal !== sourceDir && !normal.startsWith(`${sourceDir}/`)) return normal;
    return `${outDir}${normal.slice(sourceDir.length)}`.replace(/\.ts$/, '.js');
  };

  /** Rewrites every `module` of a local reference (`package` unset) below `node`. */
  const visit = (node, from) => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, from);
    } else if (node && typeof node === 'object') {
      if (typeof node.module === 'string' && node.package === undefined) {
        node.module = ship(node.module, from);
      }
      for (const value of Object.values(node)) visit(value, from);
    }
  };

  return {
    name: 'shipped-module-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const source = mod.path;
        visit(mod.declarations, source);
        visit(mod.exports, source);
        mod.path = ship(source, source);
      }
    },
  };
}
